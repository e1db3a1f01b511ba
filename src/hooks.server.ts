import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { loadBuiltDataset } from '$lib/server/dataset';
import { fillHomeList } from '$lib/server/static-list';

/** Placeholder in `app.html` for the atlas's language (`atlas.json` `language`). */
const LANGUAGE = '%atlas.language%';

/**
 * Every page declares the atlas's language, so screen readers pronounce it and the browser
 * formats and hyphenates it as that language. The home page also gets the chronological list
 * put into its HTML as it is prerendered, so it reads completely without JavaScript while its
 * hydration data stays free of the events (the page fetches them as a file). See `fillHomeList`.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const { language } = loadBuiltDataset(base).index.meta;
	const home = event.route.id === '/' && !event.isDataRequest;
	let filled = false;
	const response = await resolve(event, {
		transformPageChunk({ html }) {
			const page = html.replace(LANGUAGE, language);
			if (!home || filled) return page;
			const result = fillHomeList(page, loadBuiltDataset(base).index);
			if (result === null) return page;
			filled = true;
			return result;
		}
	});
	// A home page that reads as empty without JavaScript must not ship unnoticed.
	if (building && home && response.ok && !filled) {
		throw new Error('The home page has no placeholder for its list (see EventList.svelte).');
	}
	return response;
};
