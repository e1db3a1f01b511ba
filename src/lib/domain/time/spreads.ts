import type { AtlasEvent } from '../data/schema';
import type { TimePrecision } from '../data/vocabulary';
import { addUnits, startOfUnit, type CalendarUnit } from './zoned';

/**
 * Where each event's weight lies on the time axis, by position in the index: at its start, or,
 * for an event whose time is known only to the day (month, year), spread over the whole day
 * (month, year) it names, on its own zone's calendar. "14 November" is a day, not a spike at
 * midnight. `from === to` for a point.
 */
export interface TimeSpreads {
	from: Float64Array;
	to: Float64Array;
	/** The longest spread, ms: no event that began more than this before an instant reaches it. */
	longest: number;
}

const SPREAD_UNITS: Partial<Record<TimePrecision, CalendarUnit>> = {
	day: 'day',
	month: 'month',
	year: 'year'
};

/**
 * The events' spreads, by position. Reading a zone's calendar is costly (two `Intl` calls per
 * event), so the index computes this once per dataset, in the dataset worker: see `AtlasIndex`.
 */
export function listTimeSpreads(
	events: readonly Pick<AtlasEvent, 'startMs' | 'timeZone' | 'timePrecision'>[]
): TimeSpreads {
	const from = new Float64Array(events.length);
	const to = new Float64Array(events.length);
	let longest = 0;
	events.forEach((event, i) => {
		const unit = SPREAD_UNITS[event.timePrecision];
		const begin = unit ? startOfUnit(event.startMs, event.timeZone, unit) : NaN;
		const end = unit && Number.isFinite(begin) ? addUnits(begin, event.timeZone, unit, 1) : NaN;
		const spread = Number.isFinite(end) && end > begin;
		from[i] = spread ? begin : event.startMs;
		to[i] = spread ? end : event.startMs;
		longest = Math.max(longest, (to[i] as number) - (from[i] as number));
	});
	return { from, to, longest };
}
