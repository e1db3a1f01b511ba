import type { TimePrecision } from './vocabulary';
import {
	endOfPrecision,
	formatOffset,
	isKnownTimeZone,
	parseInstant,
	zoneOffsetAt
} from '../time/instant';

/** Reports one problem with one field of one item. */
export type Report = (item: string, field: string, expected: string, received?: unknown) => void;

/**
 * The time-zone questions of one validation run, each answered once per distinct question.
 * They are pure but slow (each builds or runs an `Intl` formatter), and a large file asks the
 * same ones again and again: a few zones, and many events starting at the same local midnight.
 */
export class ZoneRules {
	private readonly known = new Map<string, boolean>();
	private readonly offsets = new Map<string, number>();
	private readonly ends = new Map<string, number>();

	/** `isKnownTimeZone(zone)`, remembered. */
	isKnown(zone: string): boolean {
		let ok = this.known.get(zone);
		if (ok === undefined) {
			ok = isKnownTimeZone(zone);
			this.known.set(zone, ok);
		}
		return ok;
	}

	/** `zoneOffsetAt(ms, zone)`, remembered; `zone` must be known. */
	offsetAt(ms: number, zone: string): number {
		const key = `${zone} ${ms}`;
		let offset = this.offsets.get(key);
		if (offset === undefined) {
			offset = zoneOffsetAt(ms, zone);
			this.offsets.set(key, offset);
		}
		return offset;
	}

	/** `endOfPrecision(ms, zone, precision)`, remembered. */
	endOf(ms: number, zone: string, precision: TimePrecision): number {
		const key = `${zone} ${precision} ${ms}`;
		let end = this.ends.get(key);
		if (end === undefined) {
			end = endOfPrecision(ms, zone, precision);
			this.ends.set(key, end);
		}
		return end;
	}
}

/**
 * Reads one time field, checking its offset against the place's zone at that instant.
 * Returns the instant in epoch ms, or undefined (after reporting why) when it is unreadable.
 */
export function readTime(
	value: string,
	zone: string,
	field: string,
	item: string,
	report: Report,
	zones: ZoneRules
): number | undefined {
	const parsed = parseInstant(value);
	if (!parsed.ok) {
		report(item, field, parsed.expected, value);
		return undefined;
	}
	if (zones.isKnown(zone)) {
		const expectedOffset = zones.offsetAt(parsed.ms, zone);
		if (expectedOffset !== parsed.offsetMinutes) {
			report(
				item,
				field,
				`the offset ${formatOffset(expectedOffset)} that ${zone} had then`,
				value
			);
		}
	}
	return parsed.ms;
}
