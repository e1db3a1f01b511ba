import { DateTime, IANAZone } from 'luxon';
import type { TimePrecision } from '../data/vocabulary';

const OFFSET_SUFFIX = /(?:Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

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
	if (!ISO_DATE_TIME.test(iso)) {
		return { ok: false, expected: 'an ISO 8601 date-time such as 2015-11-13T21:40:00+01:00' };
	}
	const parsed = DateTime.fromISO(iso, { setZone: true });
	if (!parsed.isValid) {
		return { ok: false, expected: 'a date and time that exist in the calendar' };
	}
	return { ok: true, ms: parsed.toMillis(), offsetMinutes: parsed.offset };
}

/** Whether `zone` is an IANA time zone name the runtime knows, such as Europe/Paris. */
export function isKnownTimeZone(zone: string): boolean {
	return IANAZone.isValidZone(zone);
}

/** The UTC offset of `zone` at instant `ms`, in minutes east of UTC. */
export function zoneOffsetAt(ms: number, zone: string): number {
	return DateTime.fromMillis(ms, { zone }).offset;
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
	const start = DateTime.fromMillis(startMs, { zone });
	return start.plus({ [`${precision}s`]: 1 }).toMillis();
}
