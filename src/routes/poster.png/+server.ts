import { buildPosterPng } from '$lib/server/poster-png';

export const prerender = true;

/** The atlas's poster image (see poster-png.ts), written into the build as `/poster.png`. */
export function GET() {
	return new Response(buildPosterPng() as Uint8Array<ArrayBuffer>, {
		headers: { 'content-type': 'image/png' }
	});
}
