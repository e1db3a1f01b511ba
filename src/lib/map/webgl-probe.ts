/**
 * What LazyMapView needs before the map's code loads: whether WebGL2 can start at all, and the
 * sentence for a map whose code failed. The other map messages (webgl.ts) load with the map.
 */

/** Shown when the map failed for any other reason while starting. */
export const MAP_FAILED =
	'The map could not be started, so it is not shown. The list of events, the time slider and the panels still work.';

/** The probe's answer, once asked: it cannot change while the page is open. */
let webgl2: boolean | undefined;

/**
 * Whether a WebGL2 context can be created, checked on a throwaway canvas before the (large)
 * MapLibre bundle is even downloaded. The probe context is released at once, since browsers
 * cap how many live contexts a page may hold, and the answer is kept: LazyMapView and startMap
 * both ask.
 */
export function canCreateWebGL2(): boolean {
	webgl2 ??= probeWebGL2();
	return webgl2;
}

function probeWebGL2(): boolean {
	try {
		const gl = document.createElement('canvas').getContext('webgl2');
		if (!gl) return false;
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		return true;
	} catch {
		return false;
	}
}
