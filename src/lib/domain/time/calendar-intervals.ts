import type { TimeRange } from './range';
import { addUnits, startOfUnit, wallClockAt, type CalendarUnit } from './zoned';
import { DAY_MS as DAY, HOUR_MS as HOUR, MINUTE_MS as MINUTE } from './units';

/*
 * The zone's calendar periods along a time axis, for the axis's ticks (time-axis.ts) and the
 * histogram's bars (histogram.ts). Apart from the binning, so that the slider's axis does not
 * bring the histogram's counting into the page's first scripts.
 */

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
