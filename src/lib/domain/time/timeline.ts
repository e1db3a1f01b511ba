import { formatLocalDate } from './local-time';
import { INVALID_TIME, pad, wallClockAt } from './zoned';
import type { AtlasEvent } from '../data/schema';
import type { TimePrecision } from '../data/vocabulary';

const PRECISION_RANK: Record<TimePrecision, number> = {
	year: 0,
	month: 1,
	day: 2,
	hour: 3,
	minute: 4
};

/**
 * A run of consecutive events (in reading order) sharing one local calendar period, as the
 * chronological list shows them under one heading: positions `[first, end)` in that order.
 */
export interface DaySpan {
	/** `2015-11-13`, or `2016-03` / `2016` for events known only to the month or year. */
	key: string;
	label: string;
	first: number;
	end: number;
}

/**
 * Chronological order: by start instant, then coarser precision first (an event "in March"
 * is introduced before the events of 1 March), then by title so the order is stable.
 */
export function compareEvents(a: AtlasEvent, b: AtlasEvent): number {
	return (
		a.startMs - b.startMs ||
		PRECISION_RANK[a.timePrecision] - PRECISION_RANK[b.timePrecision] ||
		a.title.localeCompare(b.title, 'en')
	);
}

/** The local period key of an event: its date in its own zone, at no finer than day. */
export function localPeriodKey(event: AtlasEvent): string {
	const t = wallClockAt(event.startMs, event.timeZone);
	if (Number.isNaN(t.year)) return INVALID_TIME;
	if (event.timePrecision === 'year') return pad(t.year, 4);
	if (event.timePrecision === 'month') return `${pad(t.year, 4)}-${pad(t.month, 2)}`;
	return `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}`;
}

/**
 * Cuts events already in reading order (`compareEvents`) into runs of one local day (or month,
 * year), in one pass. A period that comes back after another (possible only across zones) starts
 * a new run whose key gets a suffix, so keys stay unique.
 */
export function listDaySpans(events: readonly AtlasEvent[]): DaySpan[] {
	const spans: DaySpan[] = [];
	const seen = new Map<string, number>();
	let current: DaySpan | undefined;
	events.forEach((event, position) => {
		const key = localPeriodKey(event);
		if (current && current.key.split('~')[0] === key) {
			current.end = position + 1;
			return;
		}
		const repeats = seen.get(key) ?? 0;
		seen.set(key, repeats + 1);
		const precision =
			event.timePrecision === 'minute' || event.timePrecision === 'hour'
				? 'day'
				: event.timePrecision;
		current = {
			key: repeats === 0 ? key : `${key}~${repeats}`,
			label: formatLocalDate(event.startMs, event.timeZone, precision),
			first: position,
			end: position + 1
		};
		spans.push(current);
	});
	return spans;
}
