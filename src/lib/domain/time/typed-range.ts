import { describeZone } from './local-time';
import type { TimeRange } from './range';
import { formatSliderTime } from './time-axis';
import { formatTypedTime, parseTypedTime } from './typed-time';

/*
 * The typed start and end under "More time controls" (TimeRangeInputs). Apart from the
 * slider's axis (time-axis.ts), so that the page's first scripts do not carry it.
 */

/** A typed start and end read as a time window, or why it was refused and which field is at fault. */
export type TypedRange =
	| { ok: true; at: number; span: number }
	| { ok: false; field: 'from' | 'to' | 'range'; message: string };

/**
 * Turns the two typed wall-clock times into a window ending at the end (kept inside the data,
 * so the start stays where it was typed). Refuses unreadable times, an end not after the start,
 * and ranges with no data at all, naming the zone so the reader knows which clock is meant.
 */
export function readTypedRange(
	fromText: string,
	toText: string,
	zone: string,
	extent: TimeRange
): TypedRange {
	const clock = describeZone(zone);
	const example = formatTypedTime(extent.from, zone);
	const unreadable = (what: string) =>
		`${what} must be a date and a 24-hour time such as ${example} (${clock}).`;
	const from = parseTypedTime(fromText, zone);
	const to = parseTypedTime(toText, zone);
	if (from === null) return { ok: false, field: 'from', message: unreadable('The start') };
	if (to === null) return { ok: false, field: 'to', message: unreadable('The end') };
	if (to <= from) return { ok: false, field: 'to', message: 'The end must be after the start.' };
	if (to < extent.from || from > extent.to) {
		const first = formatSliderTime(extent.from, zone);
		const last = formatSliderTime(extent.to, zone);
		const message = `No events then: the events run from ${first} to ${last}.`;
		return { ok: false, field: 'range', message };
	}
	const at = Math.min(to, extent.to);
	return { ok: true, at, span: at - from };
}
