import { buildHandoutMapSvg } from '$lib/server/poster-png';

export const prerender = true;

/**
 * The handout's overview map (see poster-png.ts), written into the build as `/print/map.svg`:
 * drawn at build time, so printing needs no WebGL, and vector, so it prints sharp (a large
 * atlas's is one picture inside the SVG: see `buildHandoutMapSvg`).
 */
export function GET() {
	return new Response(buildHandoutMapSvg(), {
		headers: { 'content-type': 'image/svg+xml' }
	});
}
