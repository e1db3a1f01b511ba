import { isValid, parseISO } from 'date-fns';
import type { TimePrecision } from '../data/vocabulary';
import { addUnits, offsetAt } from './zoned';

import { MINUTE_MS } from './units';

const OFFSET_SUFFIX = /(?:Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** The parts of a string `ISO_DATE_TIME` accepts: wall clock to the second, fraction, offset. */
const ISO_PARTS = /^(.*?)(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/** Why an ISO string could not be read as an instant, or the instant in epoch ms. */
export type ParsedInstant =
	{ ok: true; ms: number; offsetMinutes: number } | { ok: false; expected: string };

/**
 * Reads an ISO 8601 date-time that must carry its own offset: without one the instant would
 * depend on the viewer's zone, which is exactly the bug this project exists to avoid.
 */
export function parseInstant(iso: string): ParsedInstant {
	if (!OFFSET_SUFFIX.test(iso)) {
		return { ok: false, expected: 'an ISO 8601 date-time with an offset such as +01:00' };
	}
	const parts = ISO_DATE_TIME.test(iso) ? ISO_PARTS.exec(iso) : null;
	if (!parts) {
		return { ok: false, expected: 'an ISO 8601 date-time such as 2015-11-13T21:40:00+01:00' };
	}
	const [, clock = '', fraction, sign, hours = '0', minutes = '0'] = parts;
	// Whole milliseconds, the rest of the fraction dropped; `T24:00` is the next midnight.
	const millisecond = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * 1000);
	// The wall clock read as UTC: date-fns refuses 30 February, hour 25, minute 60, second 60.
	const wall = parseISO(`${clock}Z`);
	if (!isValid(wall) || (clock.slice(11, 13) === '24' && millisecond !== 0)) {
		return { ok: false, expected: 'a date and time that exist in the calendar' };
	}
	const size = Number(hours) * 60 + Number(minutes);
	const offsetMinutes = sign === '-' ? -size || 0 : size;
	return { ok: true, ms: +wall + millisecond - offsetMinutes * MINUTE_MS, offsetMinutes };
}

/** The UTC offset of `zone` at instant `ms`, in minutes east of UTC. */
export function zoneOffsetAt(ms: number, zone: string): number {
	return offsetAt(ms, zone);
}

/** Formats an offset in minutes as ±HH:MM. */
export function formatOffset(minutes: number): string {
	const sign = minutes < 0 ? '-' : '+';
	const abs = Math.abs(minutes);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * End of the interval an event occupies when it has no explicit end: a day-precision event
 * fills its local day, a month-precision one its month. Computed in the place's zone so DST
 * days last 23 or 25 hours as they really did.
 */
export function endOfPrecision(startMs: number, zone: string, precision: TimePrecision): number {
	return addUnits(startMs, zone, precision, 1);
}
