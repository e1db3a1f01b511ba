import type { AtlasEvent } from '../data/schema';
import type { TimePrecision } from '../data/vocabulary';
import { addUnits, startOfUnit, wallClockAt, type CalendarUnit } from './zoned';

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
 * The events' spreads, by position. A period's bounds are worked out once per zone and period,
 * however many events name it: a dataset's events crowd onto far fewer days than they are.
 * The index computes this once per dataset, in the dataset worker: see `AtlasIndex`.
 */
export function listTimeSpreads(
	events: readonly Pick<AtlasEvent, 'startMs' | 'timeZone' | 'timePrecision'>[]
): TimeSpreads {
	const from = new Float64Array(events.length);
	const to = new Float64Array(events.length);
	const periods = new Map<string, readonly [number, number]>();
	let longest = 0;
	events.forEach((event, i) => {
		const unit = SPREAD_UNITS[event.timePrecision];
		const [begin, end] = unit ? periodOf(event.startMs, event.timeZone, unit, periods) : [NaN, NaN];
		const spread = Number.isFinite(end) && end > begin;
		from[i] = spread ? begin : event.startMs;
		to[i] = spread ? end : event.startMs;
		longest = Math.max(longest, (to[i] as number) - (from[i] as number));
	});
	return { from, to, longest };
}

/** The start and end of the day (month, year) that holds `ms` on the clock of `zone`. */
function periodOf(
	ms: number,
	zone: string,
	unit: CalendarUnit,
	known: Map<string, readonly [number, number]>
): readonly [number, number] {
	const { year, month, day } = wallClockAt(ms, zone);
	const key = `${zone} ${unit} ${year} ${unit === 'year' ? '' : month} ${unit === 'day' ? day : ''}`;
	let period = known.get(key);
	if (!period) {
		const begin = startOfUnit(ms, zone, unit);
		period = [begin, Number.isFinite(begin) ? addUnits(begin, zone, unit, 1) : NaN];
		known.set(key, period);
	}
	return period;
}
