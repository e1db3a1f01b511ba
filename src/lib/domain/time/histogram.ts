import { lowerBound, upperBound, type ShownEvents } from '../atlas-index';
import type { TimeRange } from './range';
import { addUnits, startOfUnit, wallClockAt, type CalendarUnit } from './zoned';

import { DAY_MS as DAY, HOUR_MS as HOUR, MINUTE_MS as MINUTE } from './units';

/** A calendar period in a zone: months are months and DST days 23 or 25 hours long. */
export interface CalendarInterval {
	unit: CalendarUnit;
	count: number;
}

const APPROX: Record<CalendarUnit, number> = {
	year: 365.25 * DAY,
	month: 30.44 * DAY,
	week: 7 * DAY,
	day: DAY,
	hour: HOUR,
	minute: MINUTE
};
const INTERVALS: CalendarInterval[] = [
	...[1, 5, 10, 15, 30].map((count) => ({ unit: 'minute' as const, count })),
	...[1, 3, 6, 12].map((count) => ({ unit: 'hour' as const, count })),
	{ unit: 'day', count: 1 },
	{ unit: 'week', count: 1 },
	...[1, 3, 6].map((count) => ({ unit: 'month' as const, count })),
	...[1, 2, 5, 10].map((count) => ({ unit: 'year' as const, count }))
];

/** The finest calendar interval that cuts `domain` into at most `maxParts` parts. */
export function chooseInterval(domain: TimeRange, maxParts: number): CalendarInterval {
	const length = domain.to - domain.from;
	const fits = (i: CalendarInterval) =>
		length / (APPROX[i.unit] * i.count) <= Math.max(1, maxParts);
	return INTERVALS.find(fits) ?? (INTERVALS[INTERVALS.length - 1] as CalendarInterval);
}

function isAligned(ms: number, zone: string, { unit, count }: CalendarInterval): boolean {
	if (unit === 'week' || unit === 'day') return true;
	const t = wallClockAt(ms, zone);
	if (unit === 'year') return t.year % count === 0;
	if (unit === 'month') return (t.month - 1) % count === 0;
	if (unit === 'hour') return t.hour % count === 0;
	if (unit === 'minute') return t.minute % count === 0;
	return true;
}

/** Instants (epoch ms) where the zone's clock starts a new interval, within [from, to]. */
export function calendarBoundaries(
	domain: TimeRange,
	interval: CalendarInterval,
	zone: string
): number[] {
	const result: number[] = [];
	let t = startOfUnit(domain.from, zone, interval.unit);
	while (t <= domain.to) {
		if (t >= domain.from && isAligned(t, zone, interval)) result.push(t);
		t = addUnits(t, zone, interval.unit, 1);
	}
	return result;
}

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
 * How many events begin in each bar (bar `i` is `[edges[i], edges[i + 1])`; the last bar also
 * holds its end). Each event counts once, in the bar where it starts: a month-long investigation
 * would otherwise tower over the night it began. Events starting outside the edges are not
 * counted. Two binary searches per bar: computed once per axis, never per frame.
 */
export function countStartsPerBin(starts: Float64Array, edges: readonly number[]): Int32Array {
	const counts = new Int32Array(Math.max(0, edges.length - 1));
	for (let i = 0; i < counts.length; i++) {
		counts[i] = startsBefore(starts, edges, i + 1) - lowerBound(starts, edges[i] as number);
	}
	return counts;
}

/**
 * Of those, how many the current range shows. A prefix (cumulative mode) costs two binary
 * searches per bar; listed positions are walked once alongside the bars.
 */
export function countShownPerBin(
	starts: Float64Array,
	edges: readonly number[],
	shown: ShownEvents
): Int32Array {
	const counts = new Int32Array(Math.max(0, edges.length - 1));
	if (shown.positions === null) {
		for (let i = 0; i < counts.length; i++) {
			const first = lowerBound(starts, edges[i] as number);
			counts[i] = Math.max(0, Math.min(startsBefore(starts, edges, i + 1), shown.count) - first);
		}
		return counts;
	}
	let bin = 0;
	const last = edges[edges.length - 1] as number;
	for (const position of shown.positions) {
		const start = starts[position] as number;
		if (start < (edges[0] as number) || start > last) continue;
		while (bin < counts.length - 1 && start >= (edges[bin + 1] as number)) bin++;
		counts[bin] = (counts[bin] as number) + 1;
	}
	return counts;
}

/** Events starting before edge `i` (or at it, for the domain's closing edge). */
function startsBefore(starts: Float64Array, edges: readonly number[], i: number): number {
	const edge = edges[i] as number;
	return i === edges.length - 1 ? upperBound(starts, edge) : lowerBound(starts, edge);
}
