// The minimal classes, from their own modules: the packages' index modules patch the full
// classes' prototypes when loaded, so a bundler could not leave them out.
import type { UTCDate } from '@date-fns/utc';
import { UTCDateMini } from '@date-fns/utc/date/mini';
import {
	addDays,
	addMonths,
	addWeeks,
	addYears,
	startOfDay,
	startOfHour,
	startOfMinute,
	startOfMonth,
	startOfWeek,
	startOfYear,
	isValid
} from 'date-fns';
import { LOCALE } from '../locale';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './units';

/**
 * The one place where instants meet a zone's clock. Wall-clock fields and offsets come from the
 * platform's `Intl.DateTimeFormat`; calendar arithmetic on those fields from date-fns (on a
 * `UTCDate`, so the viewer's zone never enters); a wall clock back to an instant from the offsets
 * `Intl` gives around it (see `instantOf`).
 */

/** What a zone's clock shows at an instant: month 1–12, hour 0–23, weekday in `LOCALE`. */
export interface WallClock {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
	second: number;
	millisecond: number;
}

/** A wall clock with its weekday's name, e.g. `Friday`. */
export interface NamedWallClock extends WallClock {
	weekday: string;
}

/** Calendar units of a zone's clock: months are months and DST days 23 or 25 hours long. */
export type CalendarUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

/** What luxon, used before, wrote for an instant or zone it could not read; kept for the UI. */
export const INVALID_TIME = 'Invalid DateTime';

const formats = new Map<string, Intl.DateTimeFormat | null>();

/**
 * An `Intl.DateTimeFormat` for `zone`, built once per (locale, zone, options): building one
 * costs far more than formatting, and the slider formats every animation frame during playback.
 * `key` must name `options` uniquely. Null when the runtime does not know the zone.
 */
function cachedFormat(
	key: string,
	locale: string,
	zone: string,
	options: Intl.DateTimeFormatOptions
): Intl.DateTimeFormat | null {
	const cacheKey = `${key} ${zone}`;
	let format = formats.get(cacheKey);
	if (format === undefined) {
		try {
			format = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
		} catch {
			format = null;
		}
		formats.set(cacheKey, format);
	}
	return format;
}

const WALL_OPTIONS: Intl.DateTimeFormatOptions = {
	era: 'short',
	weekday: 'long',
	year: 'numeric',
	month: 'numeric',
	day: 'numeric',
	hour: 'numeric',
	minute: 'numeric',
	second: 'numeric',
	hourCycle: 'h23'
};

/**
 * The clock of `zone` at instant `ms`, as `Intl` reads the zone's rules; every field NaN when
 * `ms` is not a time (NaN, or beyond ±8.64e15) or the zone is unknown. The fields are the
 * instant moved by the zone's offset, read as UTC: what `Intl` shows, since both count the
 * proleptic Gregorian calendar, at a fraction of the cost of formatting (this runs for every
 * event when a dataset is indexed).
 */
export function wallClockAt(ms: number, zone: string): NamedWallClock {
	const local = new Date(ms + offsetMs(offsetAt(ms, zone)));
	if (Number.isNaN(local.getTime())) return formatWallClock(ms, zone);
	return { ...fieldsOf(local), weekday: weekdayName(local.getUTCDay()) };
}

/** The weekday's name in `LOCALE`, 0 for Sunday as `getUTCDay` counts. */
function weekdayName(day: number): string {
	const format = cachedFormat('weekday', LOCALE, 'UTC', { weekday: 'long' });
	// 7 January 2024 was a Sunday.
	return format?.format(Date.UTC(2024, 0, 7 + day)) ?? '';
}

/** `wallClockAt` by formatting, for what the offset cannot reach: the very edges of time. */
function formatWallClock(ms: number, zone: string): NamedWallClock {
	const format = cachedFormat('wall', LOCALE, zone, WALL_OPTIONS);
	const valid = format !== null && isValid(ms);
	const wall: NamedWallClock = {
		year: NaN,
		month: NaN,
		day: NaN,
		hour: NaN,
		minute: NaN,
		second: NaN,
		millisecond: valid ? ((ms % 1000) + 1000) % 1000 : NaN,
		weekday: ''
	};
	if (!valid) return wall;
	let beforeChrist = false;
	for (const { type, value } of format.formatToParts(ms)) {
		if (type === 'weekday') wall.weekday = value;
		else if (type === 'era') beforeChrist = value === 'BC';
		else if (type in wall) wall[type as keyof WallClock] = Number(value);
	}
	// Intl counts years before 1 AD as 1 BC, 2 BC…; ISO 8601 as 0, -1…
	if (beforeChrist) wall.year = 1 - wall.year;
	return wall;
}

/** Offsets already read, by zone, then by UTC day: null for a day on which the offset changes. */
const dayOffsets = new Map<string, Map<number, number | null>>();
/** Days remembered per zone before the memo starts afresh: a bound on its memory. */
const REMEMBERED_DAYS = 100_000;

/**
 * The UTC offset of `zone` at `ms`, in minutes east of UTC; seconds become a fraction, as in
 * local mean time (`-00:25:21` in Dublin before 1916 is -25.35). Read from `Intl` rather than
 * `tzOffset` of @date-fns/tz, which gives such offsets between -01:00 and 00:00 the wrong sign.
 *
 * `Intl` is read once per zone and UTC day, at the day's first and last millisecond: when both
 * agree, the offset holds all day (no zone has changed its offset and back within one day), and
 * the events of a dataset, which crowd onto far fewer days than they are, cost a lookup each.
 * On a day the offset changes, every instant is read from `Intl`.
 */
export function offsetAt(ms: number, zone: string): number {
	if (!isValid(ms)) return NaN;
	let days = dayOffsets.get(zone);
	if (!days || days.size >= REMEMBERED_DAYS) dayOffsets.set(zone, (days = new Map()));
	const day = Math.floor(ms / DAY_MS);
	let offset = days.get(day);
	if (offset === undefined) {
		const first = readOffset(day * DAY_MS, zone);
		offset = first === readOffset((day + 1) * DAY_MS - 1, zone) ? first : null;
		days.set(day, offset);
	}
	return offset ?? readOffset(ms, zone);
}

/** The offset as `Intl` formats it; NaN where it cannot. */
function readOffset(ms: number, zone: string): number {
	const format = cachedFormat('offset', 'en-US', zone, { timeZoneName: 'longOffset' });
	if (format === null || !isValid(ms)) return NaN;
	const text = format.format(ms);
	const match = /GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?/.exec(text);
	if (!match) return 0; // `GMT` alone: UTC itself
	const [, sign, hours, minutes, seconds = '0'] = match;
	const total = Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
	return sign === '-' ? -total / 60 : total / 60;
}

/**
 * A wall clock's fields read as if they were UTC: the calendar without any zone, for date-fns
 * to count days and months on. `UTCDate`, not `TZDate` in UTC: `TZDate` goes through the
 * viewer's own zone and misreads midnights where that zone's clock jumped by 30 minutes
 * (a viewer on Lord Howe Island, or in Apia before 1950).
 */
function asUtc(wall: WallClock): UTCDate {
	const date = new UTCDateMini(0);
	date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
	date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
	return date;
}

/** The fields of a UTC date, as a wall clock. */
function fieldsOf(date: Date): WallClock {
	return {
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate(),
		hour: date.getUTCHours(),
		minute: date.getUTCMinutes(),
		second: date.getUTCSeconds(),
		millisecond: date.getUTCMilliseconds()
	};
}

/** An offset in minutes (with any seconds as a fraction) as whole milliseconds. */
function offsetMs(minutes: number): number {
	return Math.round(minutes * 60) * 1000;
}

/** Whether the clock of `zone` shows at `ms` the wall clock whose fields read as UTC are `local`. */
function shows(ms: number, zone: string, local: number): boolean {
	return ms + offsetMs(offsetAt(ms, zone)) === local;
}

/**
 * The instant at which the clock of `zone` shows `wall`.
 *
 * A time the clock never showed (the spring gap) is moved forward by the length of the gap. A
 * time it showed twice (the autumn overlap) is the instant whose offset is `preferOffset` when
 * there is one (so that stepping a day or truncating to the hour keeps the side of the change it
 * started on), else the one whose offset the zone had `preferOffset` minutes before the wall
 * time read as UTC, else the earlier one.
 *
 * Every candidate is checked against `Intl`: the wall time less an offset the zone had near it
 * is an answer only if the zone's clock shows the wall time there. (`TZDate` of @date-fns/tz,
 * used before, picked either instant of a repeated time depending on the viewer's own zone and
 * missed a few gaps and offsets: 15 or 40 minutes in Kathmandu in 1986, between -01:00 and 00:00
 * in Dublin before 1916.)
 */
export function instantOf(wall: WallClock, zone: string, preferOffset?: number): number {
	const local = +asUtc(wall);
	// A first guess, the wall time less the offset there, then less the offset at that guess;
	// checked against `Intl` below like any other candidate.
	const guess = local - offsetMs(offsetAt(local, zone));
	const found = shows(guess, zone, local) ? guess : local - offsetMs(offsetAt(guess, zone));
	let candidates: number[];
	if (shows(found, zone, local)) {
		// The other pass through a repeated time, if any, is as far away as the clocks went back.
		candidates = [found];
		const here = offsetAt(found, zone);
		const before = offsetAt(found - DAY_MS, zone);
		const after = offsetAt(found + DAY_MS, zone);
		const earlier = local - offsetMs(before);
		const later = local - offsetMs(after);
		if (before > here && shows(earlier, zone, local)) candidates.unshift(earlier);
		if (here > after && shows(later, zone, local)) candidates.push(later);
	} else {
		// The instant lies within a day of the wall time read as UTC, and so do the offsets in
		// force on either side of any change of offset near it.
		const offsets = [local - DAY_MS, local, local + DAY_MS].map((t) => offsetAt(t, zone));
		candidates = [...new Set(offsets.map((offset) => local - offsetMs(offset)))]
			.filter((t) => shows(t, zone, local))
			.sort((a, b) => a - b);
		// None: the time falls in a gap. Read with the offset in force before the gap, it lands
		// as far past the gap as it was into it, where a clock left unchanged would show it.
		if (candidates.length === 0) return local - offsetMs(Math.min(...offsets));
	}
	if (candidates.length === 1 || preferOffset === undefined) return candidates[0] as number;
	const withOffset = (offset: number) => candidates.find((t) => offsetAt(t, zone) === offset);
	const guessed = offsetAt(local - offsetMs(preferOffset), zone);
	return withOffset(preferOffset) ?? withOffset(guessed) ?? (candidates[0] as number);
}

const STARTS: Record<CalendarUnit, (date: UTCDate) => UTCDate> = {
	year: startOfYear,
	month: startOfMonth,
	week: (date) => startOfWeek(date, { weekStartsOn: 1 }),
	day: startOfDay,
	hour: startOfHour,
	minute: startOfMinute
};

/** Calendar steps; hours and minutes are elapsed time instead (see `addUnits`). */
const ADDS: Record<
	Exclude<CalendarUnit, 'hour' | 'minute'>,
	(date: UTCDate, amount: number) => UTCDate
> = {
	year: addYears,
	month: addMonths,
	week: addWeeks,
	day: addDays
};

/** The instant at which the clock of `zone` last began a `unit` (weeks begin on Monday). */
export function startOfUnit(ms: number, zone: string, unit: CalendarUnit): number {
	const offset = offsetAt(ms, zone);
	if (Number.isNaN(offset)) return NaN;
	const start = STARTS[unit](new UTCDateMini(ms + offsetMs(offset)));
	return instantOf(fieldsOf(start), zone, offset);
}

/**
 * `amount` calendar units after `ms` on the clock of `zone`: the same time of day `amount` days,
 * weeks, months (the 31st becoming the month's last day) or years later; hours and minutes are
 * elapsed time, so an hour after 01:30 on the night clocks go forward is 03:30.
 */
export function addUnits(ms: number, zone: string, unit: CalendarUnit, amount: number): number {
	const offset = offsetAt(ms, zone);
	if (Number.isNaN(offset)) return NaN;
	if (unit === 'hour') return ms + amount * HOUR_MS;
	if (unit === 'minute') return ms + amount * MINUTE_MS;
	const moved = ADDS[unit](new UTCDateMini(ms + offsetMs(offset)), amount);
	return instantOf(fieldsOf(moved), zone, offset);
}

/** Pads a number with zeros: `pad(7, 2)` is `07`. */
export function pad(value: number, width: number): string {
	const digits = String(Math.abs(value)).padStart(width, '0');
	return value < 0 ? `-${digits}` : digits;
}

const monthNames = new Map<string, string[]>();

/** Month names in `LOCALE`, January first: `November`, or `Nov` (`Sept` in en-GB) when short. */
export function monthName(month: number, width: 'long' | 'short'): string {
	let names = monthNames.get(width);
	if (!names) {
		const format = new Intl.DateTimeFormat(LOCALE, { month: width, timeZone: 'UTC' });
		names = Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2009, i, 1)));
		monthNames.set(width, names);
	}
	return names[month - 1] as string;
}
