/** Shown when the browser has no WebGL2 (e.g. Chromium with --disable-3d-apis, old devices). */
export const WEBGL_UNAVAILABLE =
	'Your browser could not start WebGL, so the map cannot be drawn. The list of events, the time slider and the panels still work.';

/** Shown when the map failed for any other reason while starting. */
export const MAP_FAILED =
	'The map could not be started, so it is not shown. The list of events, the time slider and the panels still work.';

/** Shown, with the map still working, when a configured detailed basemap could not be loaded. */
export const BASEMAP_FALLBACK =
	'The detailed basemap could not be loaded, so the built-in basemap is shown instead.';

/**
 * Whether a WebGL2 context can be created, checked on a throwaway canvas before the (large)
 * MapLibre bundle is even downloaded. The probe context is released at once, since browsers
 * cap how many live contexts a page may hold.
 */
export function canCreateWebGL2(): boolean {
	try {
		const gl = document.createElement('canvas').getContext('webgl2');
		if (!gl) return false;
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		return true;
	} catch {
		return false;
	}
}

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
