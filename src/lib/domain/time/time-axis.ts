import { describeZone } from './local-time';
import { calendarBoundaries, chooseInterval } from './calendar-intervals';
import type { TimeRange } from './range';
import {
	INVALID_TIME,
	addUnits,
	monthName,
	offsetAt,
	pad,
	startOfUnit,
	wallClockAt
} from './zoned';

import { DAY_MS as DAY, HOUR_MS as HOUR, MINUTE_MS as MINUTE } from './units';

/** How much of the extent the slider shows, widest first; every level but `all` is centred. */
export const ZOOM_LEVELS = ['all', 'year', 'month', 'week', 'day', 'hour'] as const;
export type ZoomLevel = (typeof ZOOM_LEVELS)[number];

/** What each level is called in the Zoom control, and how much time it spans in ms. */
export const ZOOMS: Record<ZoomLevel, { label: string; width: number }> = {
	all: { label: 'Whole period', width: Infinity },
	year: { label: '1 year', width: 365 * DAY },
	month: { label: '1 month', width: 30 * DAY },
	week: { label: '1 week', width: 7 * DAY },
	day: { label: '1 day', width: DAY },
	hour: { label: '1 hour', width: HOUR }
};

/** Slider steps, finest first; `stepFor` picks the coarsest that still gives enough positions. */
const STEPS = [MINUTE, 5 * MINUTE, 15 * MINUTE, HOUR, 6 * HOUR, DAY, 7 * DAY, 30 * DAY];
const MIN_POSITIONS = 200;

/** Levels worth offering: `all` plus those narrower than the extent (others would equal it). */
export function listZoomLevels(extent: TimeRange): ZoomLevel[] {
	return ZOOM_LEVELS.filter((l) => l === 'all' || ZOOMS[l].width < extent.to - extent.from);
}

/**
 * The stretch of time a zoom level shows around `at`: centred on it, then shifted (never
 * shrunk) to stay inside the extent, so zooming near either end still fills the axis.
 */
export function zoomDomain(level: ZoomLevel, at: number, extent: TimeRange): TimeRange {
	const { width } = ZOOMS[level];
	if (width >= extent.to - extent.from) return { ...extent };
	const from = Math.min(Math.max(at - width / 2, extent.from), extent.to - width);
	return { from, to: from + width };
}

/**
 * Slider step in ms for a domain: the coarsest step leaving at least 200 positions, never
 * finer than one minute. Two years step by a day, a month by an hour, an hour by a minute.
 */
export function stepFor(domain: TimeRange): number {
	const length = domain.to - domain.from;
	return [...STEPS].reverse().find((s) => length / s >= MIN_POSITIONS) ?? MINUTE;
}

/** Rounds to a whole step on the zone's clock (days to local midnight, so DST days still fit). */
export function snapToStep(
	ms: number,
	step: number,
	zone: string,
	mode: 'round' | 'floor' = 'round'
): number {
	if (step >= DAY) {
		const start = startOfUnit(ms, zone, 'day');
		const next = addUnits(start, zone, 'day', 1);
		return mode === 'round' && ms - start >= next - ms ? next : start;
	}
	const off = offsetAt(ms, zone) * MINUTE;
	return Math[mode]((ms + off) / step) * step - off;
}

/**
 * The native slider's min and max: the domain widened to whole steps on the zone's clock, so
 * the browser's positions fall on local midnights or hours and End reaches the domain's end.
 */
export function sliderBounds(domain: TimeRange, step: number, zone: string): TimeRange {
	const from = snapToStep(domain.from, step, zone, 'floor');
	return { from, to: from + Math.ceil((domain.to - from) / step) * step };
}

/** An axis label at an instant. */
export interface AxisTick {
	ms: number;
	label: string;
}

/** Tick labels for an axis, in the zone's own calendar: years, months, days or clock times. */
export function axisTicks(domain: TimeRange, zone: string, maxTicks: number): AxisTick[] {
	const interval = chooseInterval(domain, maxTicks);
	return calendarBoundaries(domain, interval, zone).map((ms) => {
		const t = wallClockAt(ms, zone);
		const year = pad(t.year, 4);
		const dayMonth = `${t.day} ${monthName(t.month, 'short')}`;
		let label = `${pad(t.hour, 2)}:${pad(t.minute, 2)}`;
		if (interval.unit === 'year') label = year;
		else if (interval.unit === 'month') label = t.month === 1 ? year : monthName(t.month, 'short');
		else if (interval.unit === 'day' || interval.unit === 'week') label = dayMonth;
		else if (t.hour === 0 && t.minute === 0) label = dayMonth;
		return { ms, label };
	});
}

/**
 * "Friday 13 November 2015, 21:40 Brussels time": the slider's value in words. Without the zone
 * where the page already says which clock it is, once, beside it.
 */
export function formatSliderTime(
	ms: number,
	zone: string,
	{ withZone = true }: { withZone?: boolean } = {}
): string {
	const t = wallClockAt(ms, zone);
	const suffix = withZone ? ` ${describeZone(zone)}` : '';
	if (Number.isNaN(t.year)) return `${INVALID_TIME}${suffix}`;
	const date = `${t.weekday} ${t.day} ${monthName(t.month, 'long')} ${pad(t.year, 4)}`;
	return `${date}, ${pad(t.hour, 2)}:${pad(t.minute, 2)}${suffix}`;
}
