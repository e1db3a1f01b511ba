import { DateTime } from 'luxon';
import { DAY_MS, MINUTE_MS } from './units';

/** The format of a wall-clock time in links and typed inputs: `2015-11-13T21:40`. */
const WALL_CLOCK_FORMAT = "yyyy-LL-dd'T'HH:mm";
/** Also accepts the seconds a `datetime-local` input may add; they are dropped. */
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
	// luxon itself moves gap times forward, and picks the later instant in an overlap.
	const parsed = DateTime.fromISO(wall, { zone });
	if (!parsed.isValid || !sameCalendarDay(parsed, wall)) return null;
	const ms = parsed.toMillis();
	const shift = DateTime.fromMillis(ms - DAY_MS, { zone }).offset - parsed.offset;
	if (shift > 0) {
		const earlier = ms - shift * MINUTE_MS;
		if (formatWallClock(earlier, zone) === wall) return earlier;
	}
	return ms;
}

/** luxon rolls impossible dates over (30 February → 2 March); the calendar day must survive. */
function sameCalendarDay(parsed: DateTime, wall: string): boolean {
	return parsed.toFormat('yyyy-LL-dd') === wall.slice(0, 10);
}

/** An instant as the wall clock of `zone` shows it, to the minute: `2015-11-13T21:40`. */
export function formatWallClock(ms: number, zone: string): string {
	return DateTime.fromMillis(ms, { zone }).toFormat(WALL_CLOCK_FORMAT);
}
