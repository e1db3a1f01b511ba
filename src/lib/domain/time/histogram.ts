import { lowerBound, upperBound, type ShownEvents } from '../atlas-index';
import type { TimeRange } from './range';
import type { TimeSpreads } from './spreads';
import { calendarBoundaries, chooseInterval } from './calendar-intervals';

export { calendarBoundaries, chooseInterval, type CalendarInterval } from './calendar-intervals';
export type { TimeSpreads } from './spreads';

/**
 * Where the bars begin and end: the zone's calendar periods (months, days, hours or minutes,
 * whichever gives at most `maxBins` bars), clipped to the domain. Kept apart from the counting
 * so playback, which changes only the range, does not recompute the calendar every frame.
 */
export function binEdges(domain: TimeRange, zone: string, maxBins: number): number[] {
	const edges = calendarBoundaries(domain, chooseInterval(domain, maxBins), zone);
	if (edges[0] !== domain.from) edges.unshift(domain.from);
	if (edges[edges.length - 1] !== domain.to || edges.length === 1) edges.push(domain.to);
	return edges;
}

/**
 * Each bar's events and their weights, for one time axis: a point weighs 1 in the bar where it
 * falls (bar `i` is `[edges[i], edges[i + 1])`, the last bar also holding its end); a spread
 * weighs in each bar the share of its length the bar covers. What falls outside the edges is
 * left out. Laid out bar by bar (`offsets`), positions ascending with their running weight, so
 * that how much of a bar the first `n` events make is one binary search.
 */
export interface BinnedEvents {
	edges: readonly number[];
	/** The total weight per bar: events in it, a day-long event in 24 hourly bars 1/24 each. */
	counts: Float64Array;
	offsets: Int32Array;
	positions: Int32Array;
	running: Float64Array;
}

/** The bars `[first, last]` that a point or spread touches, or null when it misses the axis. */
function barsOf(from: number, to: number, edges: readonly number[]): [number, number] | null {
	const bars = edges.length - 1;
	const start = edges[0] as number;
	const end = edges[bars] as number;
	if (bars < 1) return null;
	if (from === to) {
		if (from < start || from > end) return null;
		const bar = Math.min(bars - 1, upperBound(edges, from) - 1);
		return [bar, bar];
	}
	if (to <= start || from >= end) return null;
	const first = Math.max(0, upperBound(edges, from) - 1);
	const last = Math.min(bars - 1, lowerBound(edges, to) - 1);
	return [first, last];
}

/** A spread's weight in bar `i`: the share of its length inside it (a point weighs 1). */
function weightIn(from: number, to: number, edges: readonly number[], i: number): number {
	if (from === to) return 1;
	const overlap = Math.min(to, edges[i + 1] as number) - Math.max(from, edges[i] as number);
	return Math.max(0, overlap) / (to - from);
}

/**
 * Bins the events for one axis: once per axis (zoom level or page), never per frame, and
 * linear in the events that can reach the axis (found by binary search over the sorted starts).
 */
export function binEvents(
	starts: Float64Array,
	spreads: TimeSpreads,
	edges: readonly number[]
): BinnedEvents {
	const bars = Math.max(0, edges.length - 1);
	const offsets = new Int32Array(bars + 1);
	const counts = new Float64Array(bars);
	if (bars === 0 || starts.length === 0) {
		return { edges, counts, offsets, positions: new Int32Array(0), running: new Float64Array(0) };
	}
	// A spread begins no later than its event's start, and no more than `longest` before it.
	const first = lowerBound(starts, (edges[0] as number) - spreads.longest);
	const end = upperBound(starts, (edges[bars] as number) + spreads.longest);
	for (let p = first; p < end; p++) {
		const touched = barsOf(spreads.from[p] as number, spreads.to[p] as number, edges);
		if (touched) for (let i = touched[0]; i <= touched[1]; i++) offsets[i + 1]!++;
	}
	for (let i = 0; i < bars; i++) offsets[i + 1]! += offsets[i] as number;
	const positions = new Int32Array(offsets[bars] as number);
	const running = new Float64Array(positions.length);
	const next = offsets.slice(0, bars);
	for (let p = first; p < end; p++) {
		const from = spreads.from[p] as number;
		const to = spreads.to[p] as number;
		const touched = barsOf(from, to, edges);
		if (!touched) continue;
		for (let i = touched[0]; i <= touched[1]; i++) {
			const k = next[i]!++;
			counts[i]! += weightIn(from, to, edges, i);
			positions[k] = p;
			running[k] = counts[i] as number;
		}
	}
	return { edges, counts, offsets, positions, running };
}

/**
 * Of each bar's weight, how much the current range shows. A prefix (cumulative mode) costs one
 * binary search per bar; listed positions are walked once, each spread over its own bars.
 */
export function countShownPerBin(
	binned: BinnedEvents,
	spreads: TimeSpreads,
	shown: ShownEvents
): Float64Array {
	const { edges, offsets, positions, running } = binned;
	const shownWeights = new Float64Array(binned.counts.length);
	if (shown.positions === null) {
		for (let i = 0; i < shownWeights.length; i++) {
			const lo = offsets[i] as number;
			const k = lowerBoundIn(positions, lo, offsets[i + 1] as number, shown.count);
			shownWeights[i] = k > lo ? (running[k - 1] as number) : 0;
		}
		return shownWeights;
	}
	for (const p of shown.positions) {
		const from = spreads.from[p] as number;
		const to = spreads.to[p] as number;
		const touched = barsOf(from, to, edges);
		if (!touched) continue;
		for (let i = touched[0]; i <= touched[1]; i++) {
			shownWeights[i]! += weightIn(from, to, edges, i);
		}
	}
	return shownWeights;
}

/** `lowerBound` within `sorted[lo, hi)`. */
function lowerBoundIn(sorted: Int32Array, lo: number, hi: number, value: number): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if ((sorted[mid] as number) < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
