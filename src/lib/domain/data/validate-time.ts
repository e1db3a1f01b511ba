import type { TimePrecision } from './vocabulary';
import { calendarDateProblem, nextDay } from './calendar';
import { checkZoneName, type ZoneNameCheck } from './zone-names';
import { endOfPrecision, formatOffset, parseInstant, zoneOffsetAt } from '../time/instant';
import { pad, startOfUnit, wallClockAt } from '../time/zoned';

/** Reports one problem with one field of one item. */
export type Report = (item: string, field: string, expected: string, received?: unknown) => void;

/**
 * The time-zone questions of one validation run, each answered once per distinct question.
 * They are pure but slow (each builds or runs an `Intl` formatter), and a large file asks the
 * same ones again and again: a few zones, and many events starting at the same local midnight.
 */
export class ZoneRules {
	private readonly names = new Map<string, ZoneNameCheck>();
	private readonly offsets = new Map<string, number>();
	private readonly ends = new Map<string, number>();
	private readonly starts = new Map<string, number>();

	/** `checkZoneName(zone)`, remembered. */
	check(zone: string): ZoneNameCheck {
		let verdict = this.names.get(zone);
		if (verdict === undefined) {
			verdict = checkZoneName(zone);
			this.names.set(zone, verdict);
		}
		return verdict;
	}

	/** Whether `zone` is a zone name the validator accepts (see `checkZoneName`). */
	isKnown(zone: string): boolean {
		return this.check(zone).ok;
	}

	/** `zoneOffsetAt(ms, zone)`, remembered; `zone` must be known. */
	offsetAt(ms: number, zone: string): number {
		return remember(this.offsets, `${zone} ${ms}`, () => zoneOffsetAt(ms, zone));
	}

	/** `endOfPrecision(ms, zone, precision)`, remembered; `zone` must be known. */
	endOf(ms: number, zone: string, precision: TimePrecision): number {
		return remember(this.ends, `${zone} ${precision} ${ms}`, () =>
			endOfPrecision(ms, zone, precision)
		);
	}

	/** The start of the local `precision` unit holding `ms`, remembered; `zone` must be known. */
	startOf(ms: number, zone: string, precision: TimePrecision): number {
		return remember(this.starts, `${zone} ${precision} ${ms}`, () =>
			startOfUnit(ms, zone, precision)
		);
	}
}

function remember(cache: Map<string, number>, key: string, compute: () => number): number {
	let value = cache.get(key);
	if (value === undefined) {
		value = compute();
		cache.set(key, value);
	}
	return value;
}

/** A time read from the data: its instant, and whether its offset is its zone's at that time. */
export interface ReadTime {
	ms: number;
	offsetMatches: boolean;
}

const HOUR_24 = /^(\d{4}-\d{2}-\d{2})T24:/;

/**
 * `T24:00` is ISO 8601's end of a day. Read as the next midnight it would silently move an
 * event to another date; refused instead, with the spelling that means the same instant.
 */
function hour24Problem(value: string): string | undefined {
	const day = HOUR_24.exec(value)?.[1];
	if (day === undefined) return undefined;
	const base = 'a time of day from 00:00 to 23:59';
	if (calendarDateProblem(day) !== undefined) return base;
	return `${base} (24:00 is 00:00 of the next day: ${nextDay(day)}T00${value.slice(13)})`;
}

/**
 * Reads one time field, checking its offset against the place's zone at that instant.
 * Returns the instant, or undefined (after reporting why) when it is unreadable; an empty
 * string is unreadable, since an event without an end leaves the key out.
 */
export function readTime(
	value: string,
	zone: string,
	field: string,
	item: string,
	report: Report,
	zones: ZoneRules
): ReadTime | undefined {
	if (value.trim() === '') {
		const leaveOut = field.endsWith('end') ? ', or no end key at all' : '';
		report(
			item,
			field,
			`an ISO 8601 date-time such as 2015-11-13T21:40:00+01:00${leaveOut}`,
			value
		);
		return undefined;
	}
	const hour24 = hour24Problem(value);
	if (hour24 !== undefined) {
		report(item, field, hour24, value);
		return undefined;
	}
	const parsed = parseInstant(value);
	if (!parsed.ok) {
		report(item, field, parsed.expected, value);
		return undefined;
	}
	let offsetMatches = false;
	if (zones.isKnown(zone)) {
		const expectedOffset = zones.offsetAt(parsed.ms, zone);
		offsetMatches = expectedOffset === parsed.offsetMinutes;
		if (!offsetMatches) {
			report(
				item,
				field,
				`the offset ${formatOffset(expectedOffset)} that ${zone} had then`,
				value
			);
		}
	}
	return { ms: parsed.ms, offsetMatches };
}

/** The local wall-clock fields of an ISO date-time: month, day, hour, minute, second, fraction. */
const WALL_FIELDS = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?/;

/**
 * Whether the wall clock written in `value` is the start of a `precision` unit: for `day`,
 * 00:00:00; for `month`, also the 1st. Exact when the offset matched the zone, because the
 * written clock is then the zone's own. Says nothing about days whose midnight never happened.
 */
function writtenAligned(value: string, precision: TimePrecision): boolean {
	const fields = WALL_FIELDS.exec(value);
	if (!fields) return false;
	const [, month, day, hour, minute, second = '00', fraction = '0'] = fields;
	const zeroes: Record<TimePrecision, boolean[]> = {
		minute: [],
		hour: [minute === '00'],
		day: [minute === '00', hour === '00'],
		month: [minute === '00', hour === '00', day === '01'],
		year: [minute === '00', hour === '00', day === '01', month === '01']
	};
	return second === '00' && /^0+$/.test(fraction) && zeroes[precision].every(Boolean);
}

/** `ms` as the zone's wall clock with its offset: 2015-11-13T00:00:00+01:00. */
function isoInZone(ms: number, zone: string): string {
	const t = wallClockAt(ms, zone);
	const date = `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}`;
	const time = `${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}`;
	return `${date}T${time}${formatOffset(zoneOffsetAt(ms, zone))}`;
}

/**
 * Checks that a start (or an end) is the beginning of its precision's unit in its zone
 * ("March 2016" at 1 March, 00:00 local time), as the time rules require, naming the time it
 * should have. Only for a time whose offset matched its known zone: otherwise another error
 * stands.
 */
export function checkAlignment(
	value: string,
	time: ReadTime,
	zone: string,
	precision: TimePrecision,
	where: { item: string; field: string; report: Report; zones: ZoneRules }
) {
	if (!time.offsetMatches || writtenAligned(value, precision)) return;
	const aligned = where.zones.startOf(time.ms, zone, precision);
	if (aligned === time.ms) return; // a day whose midnight the clocks skipped
	where.report(
		where.item,
		where.field,
		`the start of ${precision === 'hour' ? 'an' : 'a'} ${precision} in ${zone}, as timePrecision "${precision}" says (${isoInZone(aligned, zone)})`,
		value
	);
}
