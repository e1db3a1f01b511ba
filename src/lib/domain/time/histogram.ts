import { DateTime } from 'luxon';
import { isEventShown, type TimeRange } from './range';
import type { AtlasEvent } from '../data/schema';

import { DAY_MS as DAY, HOUR_MS as HOUR, MINUTE_MS as MINUTE } from './units';

type CalendarUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';
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

function isAligned(t: DateTime, { unit, count }: CalendarInterval): boolean {
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
	let t = DateTime.fromMillis(domain.from, { zone }).startOf(interval.unit);
	while (t.toMillis() <= domain.to) {
		if (t.toMillis() >= domain.from && isAligned(t, interval)) result.push(t.toMillis());
		t = t.plus({ [interval.unit]: 1 });
	}
	return result;
}

/** One bar: a calendar period clipped to the domain, with how many events began in it. */
export interface HistogramBin {
	/** Start of the bar, epoch ms (inclusive). */
	from: number;
	/** End of the bar, epoch ms (exclusive, except the last bar which includes the domain end). */
	to: number;
	/** Events whose start falls in the bar. */
	count: number;
	/** Of those, the ones the current range shows (`isEventShown`, as the list and map use). */
	shown: number;
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
 * Counts events between consecutive edges. Each event counts once, in the bar where it starts:
 * a month-long investigation would otherwise tower over the night it began, and the bars would
 * no longer sum to the number of events. Events starting outside the edges are not counted.
 */
export function binEvents(
	events: readonly Pick<AtlasEvent, 'startMs' | 'endMs'>[],
	edges: readonly number[],
	range: TimeRange
): HistogramBin[] {
	const bins: HistogramBin[] = edges
		.slice(0, -1)
		.map((from, i) => ({ from, to: edges[i + 1] as number, count: 0, shown: 0 }));
	const first = edges[0] ?? 0;
	const last = edges[edges.length - 1] ?? 0;
	for (const event of events) {
		const { startMs } = event;
		if (bins.length === 0 || startMs < first || startMs > last) continue;
		let lo = 0;
		let hi = bins.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if ((bins[mid] as HistogramBin).from <= startMs) lo = mid;
			else hi = mid - 1;
		}
		const bin = bins[lo] as HistogramBin;
		bin.count += 1;
		if (isEventShown(event, range)) bin.shown += 1;
	}
	return bins;
}
