import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { loadBuiltDataset } from '$lib/server/dataset';
import { fillHomeList } from '$lib/server/static-list';

/**
 * Puts the chronological list into the home page's HTML as it is prerendered, so the page reads
 * completely without JavaScript while its hydration data stays free of the events (the page
 * fetches them as a file). See `fillHomeList`.
 */
export const handle: Handle = async ({ event, resolve }) => {
	if (event.route.id !== '/' || event.isDataRequest) return resolve(event);
	let filled = false;
	const response = await resolve(event, {
		transformPageChunk({ html }) {
			const result = filled ? null : fillHomeList(html, loadBuiltDataset(base).index);
			if (result === null) return html;
			filled = true;
			return result;
		}
	});
	// A home page that reads as empty without JavaScript must not ship unnoticed.
	if (building && response.ok && !filled) {
		throw new Error('The home page has no placeholder for its list (see EventList.svelte).');
	}
	return response;
};
