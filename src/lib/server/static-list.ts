import { monthName } from '$lib/domain/time/zoned';
import { render } from 'svelte/server';
import type { AtlasIndex } from '$lib/domain/atlas-index';
import type { AtlasEvent, Source } from '$lib/domain/data/schema';
import type { DaySpan } from '$lib/domain/time/timeline';
import { formatWallClock } from '$lib/domain/time/wall-clock';
import { MINUTE_MS } from '$lib/domain/time/units';
import PeriodLinks from '$lib/components/PeriodLinks.svelte';
import StaticEventList from '$lib/components/StaticEventList.svelte';

/**
 * The most events the home page lists in its HTML, for reading without JavaScript. Up to this
 * many, the prerendered home page holds every event, so it reads completely without
 * JavaScript; beyond it, the home page would grow too heavy to load (each event is a few
 * kilobytes of HTML, mostly quotes), so its static list holds none and links to the pages of
 * each month (`/events/<yyyy-LL>/`) instead, which always list their events whatever the size
 * of the atlas. With JavaScript the interactive list shows every event either way.
 */
export const HOME_LIST_LIMIT = 400;

/**
 * A page of events without JavaScript: the events of one local month (`2015-11`), or of one
 * year (`2014`) for the events known only to the year. Every event is on exactly one such page.
 */
export interface Period {
	key: string;
	/** `November 2015`, or `2014`. */
	label: string;
	count: number;
}

/** The period of a day heading's key (`2015-11-13`, `2016-03`, `2014`, or those with `~1`). */
function periodOfDay(day: DaySpan): string {
	return (day.key.split('~')[0] as string).slice(0, 7);
}

/** `November 2015` for `2015-11`; a year stays as it is. */
export function periodLabel(key: string): string {
	if (key.length === 4) return key;
	return `${monthName(Number(key.slice(5, 7)), 'long')} ${key.slice(0, 4)}`;
}

const daysByPeriod = new WeakMap<AtlasIndex, Map<string, DaySpan[]>>();

/** The index's day headings grouped by period, periods in chronological order. */
function groupDays(index: AtlasIndex): Map<string, DaySpan[]> {
	let groups = daysByPeriod.get(index);
	if (groups) return groups;
	const unsorted = new Map<string, DaySpan[]>();
	for (const day of index.days) {
		const key = periodOfDay(day);
		const days = unsorted.get(key);
		if (days) days.push(day);
		else unsorted.set(key, [day]);
	}
	// `2014` sorts before `2014-01`: a year's page comes before its months' pages.
	groups = new Map([...unsorted].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
	daysByPeriod.set(index, groups);
	return groups;
}

/** Every period that has events, in chronological order, with its number of events. */
export function listPeriods(index: AtlasIndex): Period[] {
	return [...groupDays(index)].map(([key, days]) => ({
		key,
		label: periodLabel(key),
		count: days.reduce((sum, day) => sum + day.end - day.first, 0)
	}));
}

/**
 * What a period's page carries as its load data: small, whatever the size of the period. Its
 * list of events is not in it but put into the page's HTML as it is prerendered
 * (`fillPeriodList`), because SvelteKit writes a page's load data into a `__data.json` next to
 * the page even when the page has no JavaScript to read it: a list of a thousand events would be
 * written twice, and serialised at a cost of seconds per page.
 */
export interface PeriodPage {
	period: Period;
	previous: Period | undefined;
	next: Period | undefined;
	/** The sources the period's events cite, for the page's own list of sources. */
	sources: Source[];
	/** The interactive atlas at the last start of the period, as the `t` link value. */
	wallClock: string;
}

/** The period's events, in reading order. */
function eventsOf(index: AtlasIndex, days: readonly DaySpan[]): AtlasEvent[] {
	return days.flatMap((day) => index.events.slice(day.first, day.end));
}

/** The page of one period, or undefined if no event falls in it. */
export function periodPage(index: AtlasIndex, key: string): PeriodPage | undefined {
	const periods = listPeriods(index);
	const at = periods.findIndex((p) => p.key === key);
	const days = groupDays(index).get(key);
	if (at < 0 || !days) return undefined;
	const own = eventsOf(index, days);
	const cited = new Set(own.flatMap((e) => [...e.quotes, ...e.figures].map((x) => x.source)));
	// In reading order, so the last one starts last.
	const lastStart = (own[own.length - 1] as AtlasEvent).startMs;
	return {
		period: periods[at] as Period,
		previous: periods[at - 1],
		next: periods[at + 1],
		sources: index.sources.filter((s) => cited.has(s.id)),
		wallClock: formatWallClock(Math.ceil(lastStart / MINUTE_MS) * MINUTE_MS, index.meta.timeZone)
	};
}

/**
 * Svelte's hydration markers (`<!--[-->`, `<!--[-1-->`, `<!--]-->`, `<!---->`…): HTML that is
 * never hydrated does not need them. The data cannot make such a comment: text is escaped.
 */
const HYDRATION_MARKER = /<!--(?:\[[^\]>]*?|\]|)-->/g;

function renderStatic(html: string): string {
	return html.replace(HYDRATION_MARKER, '');
}

/**
 * The home page's list for reading without JavaScript: every event up to `HOME_LIST_LIMIT`,
 * else a note and the links to the period pages.
 */
export function renderHomeList(index: AtlasIndex): string {
	const count = index.events.length;
	if (count <= HOME_LIST_LIMIT) {
		return renderStatic(render(StaticEventList, { props: { index, days: index.days } }).body);
	}
	const note = `This atlas holds ${count} events, too many for one page: browse them by month.`;
	return renderStatic(
		render(PeriodLinks, {
			props: {
				periods: listPeriods(index),
				note,
				heading: 'Events by month',
				headingId: 'static-periods-heading',
				level: 3
			}
		}).body
	);
}

/**
 * The empty element that `EventList.svelte` renders until the events have loaded (its class
 * may carry Svelte's scoping hash, as in development).
 */
const PLACEHOLDER = /(<div\b[^>]*\bdata-static-list="home"[^>]*>)(<\/div>)/;

/**
 * Fills the home page's placeholder list with the prerendered one, as the `handle` hook
 * transforms the page's HTML. The list is in the HTML only, never in the hydration data, and
 * Svelte does not look into the element, which it rendered empty, when the page hydrates.
 * Returns null when the placeholder is not in this piece of HTML.
 */
export function fillHomeList(html: string, index: AtlasIndex): string | null {
	if (!PLACEHOLDER.test(html)) return null;
	const list = renderHomeList(index);
	return html.replace(PLACEHOLDER, (_, open: string, close: string) => open + list + close);
}

/** The empty element the period page renders for its list (see `fillPeriodList`). */
const PERIOD_PLACEHOLDER = /(<div\b[^>]*\bdata-static-list="period"[^>]*>)(<\/div>)/;

/**
 * Fills a period page's placeholder list with the period's events, as the `handle` hook
 * transforms the page's HTML: the list is in the HTML only, never in the page's load data. Returns
 * null when the placeholder is not in this piece of HTML or the period has no events.
 */
export function fillPeriodList(html: string, index: AtlasIndex, key: string): string | null {
	if (!PERIOD_PLACEHOLDER.test(html)) return null;
	const days = groupDays(index).get(key);
	if (!days) return null;
	// The whole index: the cards find the events they link to (on this page or another) in it.
	const list = renderStatic(render(StaticEventList, { props: { index, days, period: key } }).body);
	return html.replace(PERIOD_PLACEHOLDER, (_, open: string, close: string) => open + list + close);
}
