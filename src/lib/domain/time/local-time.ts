import { DateTime } from 'luxon';
import type { TimePrecision } from '../data/vocabulary';

import { LOCALE } from '../locale';

interface Timed {
	startMs: number;
	endMs: number;
	end?: string;
	timeZone: string;
	timePrecision: TimePrecision;
}

function inZone(ms: number, zone: string): DateTime {
	return DateTime.fromMillis(ms, { zone }).setLocale(LOCALE);
}

/** "Paris time" from "Europe/Paris": names the clock the reader is being shown. */
export function describeZone(zone: string): string {
	const city = zone.split('/').pop() ?? zone;
	return `${city.replace(/_/g, ' ')} time`;
}

/** The local calendar date of an instant in the place's zone, at the given precision. */
export function formatLocalDate(ms: number, zone: string, precision: TimePrecision): string {
	const t = inZone(ms, zone);
	if (precision === 'year') return t.toFormat('yyyy');
	if (precision === 'month') return t.toFormat('LLLL yyyy');
	return t.toFormat('cccc d LLLL yyyy');
}

/** The local clock time, or null when the precision says the hour is not known. */
export function formatLocalClock(
	ms: number,
	zone: string,
	precision: TimePrecision
): string | null {
	const t = inZone(ms, zone);
	if (precision === 'minute') return t.toFormat('HH:mm');
	if (precision === 'hour') return `about ${t.toFormat('HH:00')}`;
	return null;
}

/**
 * The full human wording of when an event happened, in the place's own time zone and never
 * more precise than the data: "Friday 13 November 2015, 21:40–00:18 (Paris time)".
 */
export function formatEventTime(event: Timed): string {
	const { startMs, timeZone: zone, timePrecision: precision } = event;
	const date = formatLocalDate(startMs, zone, precision);
	const clock = formatLocalClock(startMs, zone, precision);
	let text = clock ? `${date}, ${clock}` : date;
	if (event.end !== undefined) {
		const sameDay = inZone(startMs, zone).hasSame(inZone(event.endMs, zone), 'day');
		const endClock = formatLocalClock(event.endMs, zone, precision);
		if (sameDay && endClock) text += `–${endClock.replace('about ', '')}`;
		else if (endClock) text += ` to ${formatLocalDate(event.endMs, zone, precision)}, ${endClock}`;
		else text += ` to ${formatLocalDate(event.endMs, zone, precision)}`;
	}
	return clock ? `${text} (${describeZone(zone)})` : text;
}

/** Machine-readable value for a `<time datetime>` attribute, honest about precision. */
export function formatDatetimeAttribute(
	ms: number,
	zone: string,
	precision: TimePrecision
): string {
	const t = DateTime.fromMillis(ms, { zone });
	if (precision === 'year') return t.toFormat('yyyy');
	if (precision === 'month') return t.toFormat('yyyy-LL');
	if (precision === 'day') return t.toFormat('yyyy-LL-dd');
	return t.toISO({ suppressMilliseconds: true, suppressSeconds: true }) ?? '';
}
