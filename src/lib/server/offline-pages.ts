import type { AtlasIndex } from '$lib/domain/atlas-index';
import { HOME_LIST_LIMIT, listPeriods } from './static-list';

/**
 * The period pages the service worker stores at its first visit, with the rest of the site. Up to
 * `HOME_LIST_LIMIT` events, all of them: together they hold each event once, no more than the
 * home page's own list. Beyond it they run to megabytes each (hundreds of megabytes at 100,000
 * events), too much to download unasked, so none: each is stored when it is first opened online,
 * like any page. Paths as the pages are served, with the base path and the trailing slash. The
 * build writes the list as `/offline-pages.json`, which the worker reads when it installs.
 */
export function offlinePages(index: AtlasIndex, base: string, limit = HOME_LIST_LIMIT): string[] {
	if (index.events.length > limit) return [];
	return listPeriods(index).map(({ key }) => `${base}/events/${key}/`);
}
