import { isValid, parseISO } from 'date-fns';
import { INVALID_TIME, instantOf, pad, wallClockAt } from './zoned';

/** Accepts `2015-11-13T21:40`, and the seconds a `datetime-local` input may add (dropped). */
const WALL_CLOCK = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/**
 * Reads a wall-clock time (`2015-11-13T21:40`) on the clock of `zone`: the one parser for links,
 * typed inputs and host messages. Returns null when the text is not a date and time that exists
 * in the calendar (`2015-02-30T10:00`, `T24:00`).
 *
 * Times the zone's clock never showed or showed twice follow one rule, the default of the
 * TC39 Temporal proposal (`disambiguation: 'compatible'`):
 * - a time in the spring gap, when clocks jump forward (`2015-03-29T02:30` in Paris), is moved
 *   forward by the length of the gap (03:30 CEST), as a clock that was not changed would read;
 * - a time in the autumn overlap, when an hour repeats (`2015-10-25T02:30` in Paris), is the
 *   earlier of the two instants (02:30 CEST, before the clocks went back).
 */
export function parseWallClock(text: string, zone: string): number | null {
	const match = WALL_CLOCK.exec(text.trim());
	if (!match) return null;
	const wall = `${match[1]}T${match[2]}`;
	// Read as UTC first, only to check the calendar: date-fns refuses 30 February and minute 60,
	// and reads T24:00 as the next midnight, which the round trip then refuses.
	const calendar = parseISO(`${wall}Z`);
	if (!isValid(calendar) || calendar.toISOString().slice(0, 16) !== wall) return null;
	// `instantOf` moves gap times forward, and without a preferred offset takes the earlier
	// instant in an overlap.
	return instantOf(
		{
			year: calendar.getUTCFullYear(),
			month: calendar.getUTCMonth() + 1,
			day: calendar.getUTCDate(),
			hour: calendar.getUTCHours(),
			minute: calendar.getUTCMinutes(),
			second: 0,
			millisecond: 0
		},
		zone
	);
}

/** An instant as the wall clock of `zone` shows it, to the minute: `2015-11-13T21:40`. */
export function formatWallClock(ms: number, zone: string): string {
	const t = wallClockAt(ms, zone);
	if (Number.isNaN(t.year)) return INVALID_TIME;
	return `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}T${pad(t.hour, 2)}:${pad(t.minute, 2)}`;
}
