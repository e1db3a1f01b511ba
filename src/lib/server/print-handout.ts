import type { AtlasIndex } from '$lib/domain/atlas-index';
import { formatCount } from '$lib/domain/data/limits';
import { buildHandout, type Handout } from '$lib/domain/handout';
import { HOME_LIST_LIMIT, listPeriods, type Period } from './static-list';

/**
 * What the whole atlas's handout (`/print`) holds. Up to `limit` events (the home page's list
 * limit, `HOME_LIST_LIMIT`: the most events one page lists), every event with its quotes;
 * beyond it, a handout of every event would run to thousands of printed pages and a page of
 * tens of megabytes, so it holds none and links to the month pages instead, which a reader
 * prints one by one. The story handouts (`/print/<story>`) are bounded by their steps.
 */
export type HandoutPlan =
	{ kind: 'whole'; handout: Handout } | { kind: 'by-period'; note: string; periods: Period[] };

export function planHandout(index: AtlasIndex, limit = HOME_LIST_LIMIT): HandoutPlan {
	const count = index.events.length;
	if (count <= limit) return { kind: 'whole', handout: buildHandout(index) };
	return {
		kind: 'by-period',
		note: `This atlas holds ${formatCount(count)} events, too many for one handout (at most ${formatCount(limit)}): print the page of a month instead.`,
		periods: listPeriods(index)
	};
}
