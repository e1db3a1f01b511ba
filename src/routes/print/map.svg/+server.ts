import { buildPosterSvgDocument, HANDOUT_MAP_SIZE } from '$lib/server/poster-png';

export const prerender = true;

/**
 * The handout's overview map (see poster-png.ts), written into the build as `/print/map.svg`:
 * drawn at build time, so printing needs no WebGL, and vector, so it prints sharp.
 */
export function GET() {
	return new Response(buildPosterSvgDocument(HANDOUT_MAP_SIZE), {
		headers: { 'content-type': 'image/svg+xml' }
	});
}
