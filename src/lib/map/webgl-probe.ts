/**
 * What LazyMapView needs before the map's code loads: whether the browser has WebGL2, and the
 * sentence for a map whose code failed. The other map messages (webgl.ts) load with the map.
 */

/** Shown when the map failed for any other reason while starting. */
export const MAP_FAILED =
	'The map could not be started, so it is not shown. The list of events, the time slider and the panels still work.';

/**
 * Whether the browser has WebGL2 at all: a cheap check, not a probe. Creating a throwaway
 * context to find out costs a third of a second on software-rendered machines, and MapLibre
 * reports a context it cannot create anyway (see `describeStartFailure` in webgl.ts); this only
 * spares browsers without WebGL2 the download of MapLibre.
 */
export function hasWebGL2(): boolean {
	return typeof WebGL2RenderingContext !== 'undefined';
}
