import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { loadBuiltDataset } from '$lib/server/dataset';
import { listPeriods, periodPage } from '$lib/server/static-list';

/**
 * One page per month with events (and per year, for the events known only to the year): the
 * way to read a large atlas without JavaScript, and a light page to link to. Plain HTML: no
 * JavaScript at all, so nothing of it is hydrated.
 */
export const csr = false;
/** A folder with an `index.html` per page, which any static host serves at `/events/<key>/`. */
export const trailingSlash = 'always';

export function entries() {
	return listPeriods(loadBuiltDataset(base).index).map(({ key }) => ({ period: key }));
}

export function load({ params }) {
	const { index } = loadBuiltDataset(base);
	const page = periodPage(index, params.period);
	if (!page) error(404, 'No events in this period');
	return { meta: index.meta, ...page };
}
