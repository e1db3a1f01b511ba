import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { loadBuiltDataset } from '$lib/server/dataset';
import { fillHomeList, fillPeriodList } from '$lib/server/static-list';

/** Placeholder in `app.html` for the atlas's language (`atlas.json` `language`). */
const LANGUAGE = '%atlas.language%';

/**
 * Every page declares the atlas's language, so screen readers pronounce it and the browser
 * formats and hyphenates it as that language. The home page also gets the chronological list
 * put into its HTML as it is prerendered, so it reads completely without JavaScript while its
 * hydration data stays free of the events (the page fetches them as a file). See `fillHomeList`.
 * Each period page gets its list the same way, so its load data stays small (`fillPeriodList`).
 */
export const handle: Handle = async ({ event, resolve }) => {
	const { language } = loadBuiltDataset(base).index.meta;
	const home = event.route.id === '/' && !event.isDataRequest;
	const period =
		event.route.id === '/events/[period]' && !event.isDataRequest ? event.params.period : undefined;
	let filled = false;
	const response = await resolve(event, {
		transformPageChunk({ html }) {
			const page = html.replace(LANGUAGE, language);
			if ((!home && period === undefined) || filled) return page;
			const { index } = loadBuiltDataset(base);
			const result =
				period === undefined ? fillHomeList(page, index) : fillPeriodList(page, index, period);
			if (result === null) return page;
			filled = true;
			return result;
		}
	});
	// A page that reads as empty without JavaScript must not ship unnoticed.
	if (building && (home || period !== undefined) && response.ok && !filled) {
		throw new Error(
			home
				? 'The home page has no placeholder for its list (see EventList.svelte).'
				: `The page of ${period} has no placeholder for its list (see events/[period]).`
		);
	}
	return response;
};
