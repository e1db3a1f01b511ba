import { formatWallClock, parseWallClock } from './wall-clock';

/**
 * Times typed into the From and To fields: the date as year-month-day and a 24-hour clock,
 * `2015-11-13 21:40`, the way the atlas writes every time. Plain text rather than the browser's
 * date-time input, whose clock follows the reader's browser (12-hour AM/PM in a US browser)
 * rather than the atlas.
 */
const TYPED_TIME = /^(\d{4}-\d{2}-\d{2})\s*[T\s]\s*(\d{1,2}):(\d{2})$/i;

/** An instant as the fields show it, on the clock of `zone`: `2015-11-13 21:40`. */
export function formatTypedTime(ms: number, zone: string): string {
	return formatWallClock(ms, zone).replace('T', ' ');
}

/**
 * Reads a typed time on the clock of `zone`, or null. Takes a space or a `T` between date and
 * time and a one-digit hour (`9:05`); refuses anything else, AM/PM included, rather than guess.
 */
export function parseTypedTime(text: string, zone: string): number | null {
	const match = TYPED_TIME.exec(text.trim());
	if (!match) return null;
	const [, date, hour, minute] = match;
	return parseWallClock(`${date}T${hour!.padStart(2, '0')}:${minute}`, zone);
}
