import { DateTime } from 'luxon';
import { formatLocalDate } from './local-time';
import type { AtlasEvent, TimePrecision } from '../data/schema';

const PRECISION_RANK: Record<TimePrecision, number> = {
	year: 0,
	month: 1,
	day: 2,
	hour: 3,
	minute: 4
};

/** Events sharing one local calendar period, as the chronological list shows them. */
export interface DayGroup {
	/** `2015-11-13`, or `2016-03` / `2016` for events known only to the month or year. */
	key: string;
	label: string;
	events: AtlasEvent[];
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
	const t = DateTime.fromMillis(event.startMs, { zone: event.timeZone });
	if (event.timePrecision === 'year') return t.toFormat('yyyy');
	if (event.timePrecision === 'month') return t.toFormat('yyyy-LL');
	return t.toFormat('yyyy-LL-dd');
}

/** Sorts events and groups them by the local day (or month, year) they happened on. */
export function groupByLocalDay(events: readonly AtlasEvent[]): DayGroup[] {
	const groups = new Map<string, DayGroup>();
	for (const event of [...events].sort(compareEvents)) {
		const key = localPeriodKey(event);
		let group = groups.get(key);
		if (!group) {
			const precision =
				event.timePrecision === 'minute' || event.timePrecision === 'hour'
					? 'day'
					: event.timePrecision;
			group = { key, label: formatLocalDate(event.startMs, event.timeZone, precision), events: [] };
			groups.set(key, group);
		}
		group.events.push(event);
	}
	return [...groups.values()];
}
