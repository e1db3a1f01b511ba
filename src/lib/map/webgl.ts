import { MAP_FAILED } from './webgl-probe';

// The WebGL2 check and the message LazyMapView needs live in webgl-probe.ts, so the page's first
// scripts carry only those; the map's own code (create-map, MapView) imports them from here.
export { hasWebGL2, MAP_FAILED } from './webgl-probe';

/** Shown when the browser has no WebGL2 (e.g. Chromium with --disable-3d-apis, old devices). */
export const WEBGL_UNAVAILABLE =
	'Your browser could not start WebGL, so the map cannot be drawn. The list of events, the time slider and the panels still work.';

/** Shown, with the map still working, when a configured detailed basemap could not be loaded. */
export const BASEMAP_FALLBACK =
	'The detailed basemap could not be loaded, so the built-in basemap is shown instead.';

/** Shown, with the map still working, when the built-in basemap file could not be loaded. */
export const BASEMAP_MISSING =
	'The basemap could not be loaded, so the events are drawn without land, borders or place names. Reloading the page may help.';

/** Shown while the map has not loaded for longer than it should (a blocked or failed worker). */
export const MAP_SLOW =
	'The map has not finished loading. The list of events, the time slider and the panels work without it; reloading the page may help.';

/** Shown while the browser has taken the map's graphics context away (it may give it back). */
export const MAP_CONTEXT_LOST =
	'The browser stopped the map’s graphics, so the map is hidden. The list of events, the time slider and the panels still work; reloading the page brings the map back.';

/**
 * The reader-facing sentence for an error thrown while starting the map. MapLibre throws a
 * `GPUInitializationError` when it cannot get a WebGL2 context; matched by name so this module
 * need not load MapLibre.
 */
export function describeStartFailure(error: unknown): string {
	return error instanceof Error && error.name === 'GPUInitializationError'
		? WEBGL_UNAVAILABLE
		: MAP_FAILED;
}
