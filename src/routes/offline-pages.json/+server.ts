import { base } from '$app/paths';
import { loadBuiltDataset } from '$lib/server/dataset';
import { offlinePages } from '$lib/server/offline-pages';

export const prerender = true;

/**
 * The period pages the service worker stores ahead of time (`offlinePages`), a static file. Not
 * under `/data/`, whose files are named by their content and cached for a year: the worker reads
 * this one under a fixed name.
 */
export function GET() {
	return new Response(JSON.stringify(offlinePages(loadBuiltDataset(base).index, base)), {
		headers: { 'content-type': 'application/json' }
	});
}
