import type { TimePrecision } from '../data/vocabulary';
import { INVALID_TIME, monthName, offsetAt, pad, wallClockAt, type NamedWallClock } from './zoned';

interface Timed {
	startMs: number;
	endMs: number;
	end?: string;
	timeZone: string;
	timePrecision: TimePrecision;
}

/** "Paris time" from "Europe/Paris": names the clock the reader is being shown. */
export function describeZone(zone: string): string {
	const city = zone.split('/').pop() ?? zone;
	return `${city.replace(/_/g, ' ')} time`;
}

/** `Friday 13 November 2015`, `November 2015` or `2015` from a wall clock. */
function dateInWords(t: NamedWallClock, precision: TimePrecision): string {
	if (Number.isNaN(t.year)) return INVALID_TIME;
	const year = pad(t.year, 4);
	if (precision === 'year') return year;
	if (precision === 'month') return `${monthName(t.month, 'long')} ${year}`;
	return `${t.weekday} ${t.day} ${monthName(t.month, 'long')} ${year}`;
}

/** `21:40`, `about 21:00` (hour precision), or null when the hour is not known. */
function clockInWords(t: NamedWallClock, precision: TimePrecision): string | null {
	const valid = !Number.isNaN(t.hour);
	if (precision === 'minute') return valid ? `${pad(t.hour, 2)}:${pad(t.minute, 2)}` : INVALID_TIME;
	if (precision === 'hour') return `about ${valid ? `${pad(t.hour, 2)}:00` : INVALID_TIME}`;
	return null;
}

/** The local calendar date of an instant in the place's zone, at the given precision. */
export function formatLocalDate(ms: number, zone: string, precision: TimePrecision): string {
	return dateInWords(wallClockAt(ms, zone), precision);
}

/** The local clock time, or null when the precision says the hour is not known. */
export function formatLocalClock(
	ms: number,
	zone: string,
	precision: TimePrecision
): string | null {
	return clockInWords(wallClockAt(ms, zone), precision);
}

/**
 * The full human wording of when an event happened, in the place's own time zone and never
 * more precise than the data: "Friday 13 November 2015, 21:40–00:18 (Paris time)".
 */
export function formatEventTime(event: Timed): string {
	const { timeZone: zone, timePrecision: precision } = event;
	const start = wallClockAt(event.startMs, zone);
	const date = dateInWords(start, precision);
	const clock = clockInWords(start, precision);
	let text = clock ? `${date}, ${clock}` : date;
	if (event.end !== undefined) {
		const end = wallClockAt(event.endMs, zone);
		const sameDay = start.year === end.year && start.month === end.month && start.day === end.day;
		const endClock = clockInWords(end, precision);
		if (sameDay && endClock) text += `–${endClock.replace('about ', '')}`;
		else if (endClock) text += ` to ${dateInWords(end, precision)}, ${endClock}`;
		else text += ` to ${dateInWords(end, precision)}`;
	}
	return clock ? `${text} (${describeZone(zone)})` : text;
}

/** `+01:00` for an offset in minutes, seconds dropped; `Z` for the UTC zone itself. */
function isoOffset(minutes: number, zone: string): string {
	if (/^(?:utc|gmt)$/i.test(zone)) return 'Z';
	const abs = Math.abs(minutes);
	const sign = minutes >= 0 ? '+' : '-';
	return `${sign}${pad(Math.trunc(abs / 60), 2)}:${pad(Math.trunc(abs % 60), 2)}`;
}

/** Machine-readable value for a `<time datetime>` attribute, honest about precision. */
export function formatDatetimeAttribute(
	ms: number,
	zone: string,
	precision: TimePrecision
): string {
	const t = wallClockAt(ms, zone);
	if (Number.isNaN(t.year)) {
		// No ISO string at all for an instant that is not one, as luxon had it.
		return precision === 'minute' || precision === 'hour' ? '' : INVALID_TIME;
	}
	const year = pad(t.year, 4);
	if (precision === 'year') return year;
	if (precision === 'month') return `${year}-${pad(t.month, 2)}`;
	const date = `${year}-${pad(t.month, 2)}-${pad(t.day, 2)}`;
	if (precision === 'day') return date;
	let time = `${pad(t.hour, 2)}:${pad(t.minute, 2)}`;
	if (t.second !== 0 || t.millisecond !== 0) time += `:${pad(t.second, 2)}`;
	if (t.millisecond !== 0) time += `.${pad(t.millisecond, 3)}`;
	return `${date}T${time}${isoOffset(offsetAt(ms, zone), zone)}`;
}
