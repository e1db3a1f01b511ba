import { EventConnections } from './data/links';
import { listLinks, summarizeLinks, type LinkSummary } from './link-list';
import type { AtlasEvent, AtlasMeta, Source } from './data/schema';
import { CATEGORIES, type Category } from './data/vocabulary';
import type { AtlasData } from './data/validate';
import { buildClusterViews, type ClusterView } from './geo/clusters';
import { groupPlaces, type AtlasPlace } from './geo/places';
import { readClocks, type ClockFacts } from './time/clocks';
import type { TimeRange } from './time/range';
import { listTimeSpreads, type TimeSpreads } from './time/spreads';
import { compareEvents, listDaySpans, type DaySpan } from './time/timeline';

/**
 * One dataset, indexed once when it loads and never mutated: the only place where events are
 * looked up, ordered and counted. Everything per frame (counts, previous/next, the list's rows,
 * the histogram) answers from here by binary search over sorted typed arrays instead of
 * scanning the events. A new dataset replaces the index whole.
 *
 * A plain object of arrays, maps and typed arrays, so a Web Worker can work it out and post it
 * to the page: its facts in one message, the events in batches (`AtlasIndexFacts`).
 */
export interface AtlasIndex {
	meta: AtlasMeta;
	sources: readonly Source[];
	sourcesById: ReadonlyMap<string, Source>;
	/** Source texts by source id, for "read in context". */
	texts: ReadonlyMap<string, string>;
	/** Events in reading order (`compareEvents`): a position means a place in this array. */
	events: readonly AtlasEvent[];
	byId: ReadonlyMap<string, AtlasEvent>;
	positionOf: ReadonlyMap<string, number>;
	/** `events[i].startMs`: ascending, since reading order sorts by start first. */
	starts: Float64Array;
	/** `events[i].endMs`, by position (not sorted). */
	ends: Float64Array;
	/** Every end, ascending, for counting the events over by an instant. */
	sortedEnds: Float64Array;
	/** The longest event's length in ms: no event that started earlier than this can still run. */
	longestMs: number;
	/** First start and last end: the slider's full extent. */
	extent: TimeRange;
	/** The list's day headings, as runs of positions. */
	days: readonly DaySpan[];
	/** Each event's links, both ways (`get` works them out for one event). */
	connections: EventConnections;
	children: ReadonlyMap<string, readonly AtlasEvent[]>;
	/** The localities the events name, most events first; each lists its events in reading order. */
	places: readonly AtlasPlace[];
	placeByName: ReadonlyMap<string, AtlasPlace>;
	/*
	 * Worked out once per dataset here, in the dataset worker, rather than by the components
	 * that show them as the events arrive: each costs a pass over every event, some with a
	 * zone's calendar, and the page's thread then has the map to draw.
	 */
	/** Where each event weighs on the histogram, by position. */
	spreads: TimeSpreads;
	/** The events' clocks against the atlas's, for the note on clocks. */
	clocks: ClockFacts;
	/** The categories the events use, in the vocabulary's order: the map key lists these. */
	categories: readonly Category[];
	/** The one-click views: all events, then each group of nearby places. */
	clusterViews: readonly ClusterView[];
	/** How many links the link list holds, and of which kinds (`linkEntriesOf` lists them). */
	linkSummary: LinkSummary;
}

/** The lookups that hold the events themselves; the page builds them as the events arrive. */
type EventLookupFields = 'events' | 'byId' | 'positionOf' | 'connections' | 'children';

/**
 * Everything in the index but the lookups that hold events: what the dataset worker works out
 * and posts in one message. Events cross to the page in batches of their own (a single message
 * of 100,000 events took the page's thread a second or more to read), and a structured clone
 * shares objects only within one message, so the lookups that point at events are built again
 * on the page, batch by batch (`EventLookups`).
 */
export type AtlasIndexFacts = Omit<AtlasIndex, EventLookupFields>;

/**
 * What the build reads off the events for the page to show before they arrive, so nothing the
 * reader sees at first changes size or content when they do: the slider's extent, the note on
 * clocks (a note that wrapped once the events arrived shrank the map), the map key's categories.
 */
export type EarlyFacts = Pick<AtlasIndexFacts, 'extent' | 'clocks' | 'categories'>;

/** The categories `events` use, in the vocabulary's order. */
export function listCategories(events: readonly Pick<AtlasEvent, 'category'>[]): Category[] {
	const used = new Set(events.map((event) => event.category));
	return CATEGORIES.filter((category) => used.has(category));
}

/** The events in reading order: the order of the index's positions. */
export function sortEvents(events: readonly AtlasEvent[]): AtlasEvent[] {
	return [...events].sort(compareEvents);
}

/** The index's facts, from a validated dataset and its events in reading order (`sortEvents`). */
export function indexFacts(data: AtlasData, events: readonly AtlasEvent[]): AtlasIndexFacts {
	const count = events.length;
	const starts = new Float64Array(count);
	const ends = new Float64Array(count);
	let longestMs = 0;
	events.forEach((event, i) => {
		starts[i] = event.startMs;
		ends[i] = event.endMs;
		longestMs = Math.max(longestMs, event.endMs - event.startMs);
	});
	const sortedEnds = Float64Array.from(ends).sort();
	const places = groupPlaces(events);
	return {
		meta: data.meta,
		sources: data.sources,
		sourcesById: new Map(data.sources.map((s) => [s.id, s])),
		texts: new Map(Object.entries(data.texts)),
		starts,
		ends,
		sortedEnds,
		longestMs,
		extent:
			count === 0 ? { from: 0, to: 0 } : { from: starts[0] ?? 0, to: sortedEnds[count - 1] ?? 0 },
		days: listDaySpans(events),
		places,
		placeByName: new Map(places.map((p) => [p.name, p])),
		spreads: listTimeSpreads(events),
		clocks: readClocks(data.meta.timeZone, events),
		categories: listCategories(events),
		clusterViews: buildClusterViews(events),
		linkSummary: summarizeLinks(listLinks(events))
	};
}

/**
 * The lookups that hold events, built batch by batch as the events arrive in reading order:
 * each batch costs the page a pass over that batch alone. A link may point at an event still to
 * come: connections are worked out when asked for, by then from every event.
 */
export class EventLookups {
	readonly events: AtlasEvent[] = [];
	readonly byId = new Map<string, AtlasEvent>();
	readonly positionOf = new Map<string, number>();
	readonly children = new Map<string, AtlasEvent[]>();
	readonly connections = new EventConnections(this.byId);

	/** Appends the next events in reading order. */
	add(batch: readonly AtlasEvent[]): void {
		for (const event of batch) {
			this.positionOf.set(event.id, this.events.length);
			this.events.push(event);
			this.byId.set(event.id, event);
			this.connections.add(event);
			if (event.parent === undefined) continue;
			const siblings = this.children.get(event.parent);
			if (siblings) siblings.push(event);
			else this.children.set(event.parent, [event]);
		}
	}

	/** The whole index, once every event has been added. */
	complete(facts: AtlasIndexFacts): AtlasIndex {
		const { events, byId, positionOf, children, connections } = this;
		return { ...facts, events, byId, positionOf, children, connections };
	}
}

/** Builds the index of a validated dataset: one sort, then linear passes. */
export function buildAtlasIndex(data: AtlasData): AtlasIndex {
	const events = sortEvents(data.events);
	const lookups = new EventLookups();
	lookups.add(events);
	return lookups.complete(indexFacts(data, events));
}

/** Index of the first value greater than or equal to `value` in an ascending array. */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((sorted[mid] as number) < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Index of the first value strictly greater than `value` in an ascending array. */
export function upperBound(sorted: ArrayLike<number>, value: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((sorted[mid] as number) <= value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * How many events a range shows (`isEventShown`: begun by `to`, not over by `from`), by two
 * binary searches: those begun, less those over. Every event over by `from` has also begun by
 * `to` (its start is before its end, and `from` is not after `to`), so the difference is exact.
 */
export function countShown(index: AtlasIndex, range: TimeRange): number {
	return upperBound(index.starts, range.to) - upperBound(index.sortedEnds, range.from);
}

/**
 * The positions a range shows, in reading order. In cumulative mode (`from` is -Infinity) they
 * are a prefix of the events, told by its length alone (`positions` null); in a window only
 * the events begun in the last `longestMs` before `from` can still run, so only they are tested.
 */
export interface ShownEvents {
	count: number;
	/** Shown positions, ascending; null when they are exactly `0 … count - 1`. */
	positions: Int32Array | null;
}

export function listShown(index: AtlasIndex, range: TimeRange): ShownEvents {
	const begun = upperBound(index.starts, range.to);
	if (range.from === -Infinity) return { count: begun, positions: null };
	const first = lowerBound(index.starts, range.from - index.longestMs);
	const positions = new Int32Array(Math.max(0, begun - first));
	let count = 0;
	for (let i = first; i < begun; i++) {
		if ((index.ends[i] as number) > range.from) positions[count++] = i;
	}
	return { count, positions: positions.subarray(0, count) };
}

/** Whether the event at `position` is among the shown ones. */
export function isShownPosition(shown: ShownEvents, position: number): boolean {
	return countShownBetween(shown, position, position + 1) === 1;
}

/**
 * The next instant after `at` at which an event begins (or the latest before it), so stepping
 * skips empty stretches. Undefined at either end.
 */
export function adjacentStart(
	index: AtlasIndex,
	at: number,
	direction: 1 | -1
): number | undefined {
	if (direction === 1) return index.starts[upperBound(index.starts, at)];
	return index.starts[lowerBound(index.starts, at) - 1];
}

/** The event before or after one in reading order, for previous/next buttons. */
export function neighbourOf(
	index: AtlasIndex,
	id: string,
	direction: 1 | -1
): AtlasEvent | undefined {
	const position = index.positionOf.get(id);
	return position === undefined ? undefined : index.events[position + direction];
}

/** How many of the positions `[first, end)` are shown: two binary searches at most. */
export function countShownBetween(shown: ShownEvents, first: number, end: number): number {
	if (shown.positions === null) return Math.max(0, Math.min(end, shown.count) - first);
	return lowerBound(shown.positions, end) - lowerBound(shown.positions, first);
}
