import { describe, expect, it } from 'vitest';
import { offsetAt, wallClockAt } from '../../src/lib/domain/time/zoned';

/**
 * `wallClockAt` and `offsetAt` answer from the zone's offset, read from `Intl` once per day.
 * Checked here against `Intl` itself, read independently at every instant, in zones and days
 * where the offset changes: a day on which the clocks change must not lend one side's offset to
 * the other.
 */
const reference = new Map<string, Intl.DateTimeFormat>();
function intlClock(ms: number, zone: string) {
	let format = reference.get(zone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-GB', {
			timeZone: zone,
			era: 'short',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
			weekday: 'long',
			hourCycle: 'h23'
		});
		reference.set(zone, format);
	}
	const parts = Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
	const year = Number(parts.year);
	return {
		year: parts.era === 'BC' ? 1 - year : year,
		month: Number(parts.month),
		day: Number(parts.day),
		hour: Number(parts.hour),
		minute: Number(parts.minute),
		second: Number(parts.second),
		weekday: parts.weekday
	};
}

function clockOf(ms: number, zone: string) {
	const { year, month, day, hour, minute, second, weekday } = wallClockAt(ms, zone);
	return { year, month, day, hour, minute, second, weekday };
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Days on which a zone's offset changed: summer time, a skipped day, a 15-minute step, LMT. */
const changes: [string, string][] = [
	['Europe/Paris', '2015-03-29T01:00:00Z'],
	['Europe/Brussels', '2015-10-25T01:00:00Z'],
	['Pacific/Apia', '2011-12-30T10:00:00Z'],
	['Asia/Kathmandu', '1985-12-31T18:30:00Z'],
	['Europe/Dublin', '1916-10-01T02:25:21Z'],
	['Australia/Lord_Howe', '2015-10-03T15:30:00Z'],
	['America/St_Johns', '2015-11-01T04:30:00Z'],
	['Antarctica/Troll', '2015-03-29T01:00:00Z']
];

describe('the clock of a zone, read from its offset', () => {
	it.each(changes)('agrees with Intl minute by minute around a change in %s', (zone, at) => {
		const change = Date.parse(at);
		// Read in an order that visits the day before the change is crossed, as a dataset would.
		for (let t = change - DAY; t <= change + DAY; t += 7 * MINUTE + 13_000) {
			expect(clockOf(t, zone), `${zone} at ${new Date(t).toISOString()}`).toEqual(
				intlClock(t, zone)
			);
		}
		for (const t of [change - 1, change, change + 1]) {
			expect(clockOf(t, zone), `${zone} at ${t}`).toEqual(intlClock(t, zone));
		}
	});

	it('agrees with Intl at instants spread over five centuries and across zones', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		const zones = [...new Set(changes.map(([zone]) => zone)), 'UTC', 'America/New_York'];
		const from = Date.parse('1700-01-01T00:00:00Z');
		const to = Date.parse('2200-01-01T00:00:00Z');
		for (let i = 0; i < 3000; i++) {
			const t = Math.floor(from + random() * (to - from));
			const zone = zones[i % zones.length]!;
			expect(clockOf(t, zone), `${zone} at ${new Date(t).toISOString()}`).toEqual(
				intlClock(t, zone)
			);
		}
	});

	it('is not a time where Intl has none: an unknown zone, NaN, the edge of time', () => {
		expect(Number.isNaN(wallClockAt(0, 'Mars/Olympus_Mons').year)).toBe(true);
		expect(Number.isNaN(offsetAt(Number.NaN, 'Europe/Paris'))).toBe(true);
		expect(wallClockAt(8.64e15, 'Pacific/Kiritimati').year).toBe(
			intlClock(8.64e15, 'Pacific/Kiritimati').year
		);
	});
});
