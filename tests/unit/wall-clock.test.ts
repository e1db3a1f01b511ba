import { describe, expect, it } from 'vitest';
import { formatWallClock, parseWallClock } from '../../src/lib/domain/time/wall-clock';
import { ms, restoreViewerZoneAfterEach } from './time-helpers';

const ZONE = 'Europe/Paris';
const attack = ms('2015-11-13T21:40:00+01:00');
restoreViewerZoneAfterEach();

describe('wall-clock times in the atlas’s zone', () => {
	it.each(['UTC', 'America/New_York', 'Asia/Tokyo'])('read the same for a viewer in %s', (tz) => {
		process.env.TZ = tz;
		expect(parseWallClock('2015-11-13T21:40', ZONE)).toBe(attack);
		expect(formatWallClock(attack, ZONE)).toBe('2015-11-13T21:40');
	});

	it('accept the seconds a datetime-local input adds, and drop them', () => {
		expect(parseWallClock('2015-11-13T21:40:59', ZONE)).toBe(attack);
	});

	it.each([
		['empty text', ''],
		['another date format', '13/11/2015 21:40'],
		['30 February', '2015-02-30T12:00'],
		['hour 24', '2015-11-13T24:00'],
		['month 13', '2015-13-01T10:00']
	])('refuse %s', (_, text) => {
		expect(parseWallClock(text, ZONE)).toBeNull();
	});

	it('move a minute the clocks skipped in spring forward by the gap (Temporal’s compatible rule)', () => {
		expect(parseWallClock('2015-03-29T02:30', ZONE)).toBe(ms('2015-03-29T03:30:00+02:00'));
	});

	it('read the hour repeated in autumn as its first pass, before the clocks went back', () => {
		expect(parseWallClock('2015-10-25T02:30', ZONE)).toBe(ms('2015-10-25T02:30:00+02:00'));
	});

	it.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Australia/Lord_Howe'])(
		'follow the same rule for a viewer in %s',
		(tz) => {
			process.env.TZ = tz;
			expect(parseWallClock('2015-03-29T02:30', ZONE)).toBe(ms('2015-03-29T03:30:00+02:00'));
			expect(parseWallClock('2015-10-25T02:30', ZONE)).toBe(ms('2015-10-25T02:30:00+02:00'));
		}
	);

	it('move a minute skipped by a 15-minute jump forward by those 15 minutes', () => {
		// Nepal moved from +05:30 to +05:45 at midnight on 1 January 1986.
		expect(parseWallClock('1986-01-01T00:05', 'Asia/Kathmandu')).toBe(
			ms('1986-01-01T00:20:00+05:45')
		);
	});

	it('read the hour after the repeated one normally', () => {
		expect(parseWallClock('2015-10-25T03:00', ZONE)).toBe(ms('2015-10-25T03:00:00+01:00'));
	});
});
