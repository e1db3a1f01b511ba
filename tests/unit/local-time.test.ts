import { describe, expect, it } from 'vitest';
import { ms, restoreViewerZoneAfterEach } from './time-helpers';
import {
	formatDatetimeAttribute,
	formatEventTime,
	formatLocalClock
} from '../../src/lib/domain/time/local-time';
import { endOfPrecision } from '../../src/lib/domain/time/instant';

restoreViewerZoneAfterEach();

const bataclan = {
	startMs: ms('2015-11-13T21:40:00+01:00'),
	endMs: ms('2015-11-14T00:18:00+01:00'),
	end: '2015-11-14T00:18:00+01:00',
	timeZone: 'Europe/Paris',
	timePrecision: 'minute' as const
};

describe('formatEventTime shows the place’s local time, whatever the viewer’s zone', () => {
	it.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati'])('viewer in %s', (tz) => {
		process.env.TZ = tz;
		expect(formatEventTime(bataclan)).toBe(
			'Friday 13 November 2015, 21:40 to Saturday 14 November 2015, 00:18 (Paris time)'
		);
	});

	it('keeps a same-day range short', () => {
		const event = {
			...bataclan,
			end: '2015-11-13T23:00:00+01:00',
			endMs: ms('2015-11-13T23:00:00+01:00')
		};
		expect(formatEventTime(event)).toBe('Friday 13 November 2015, 21:40–23:00 (Paris time)');
	});

	it('never shows a clock time for a day, month or year', () => {
		const day = { ...bataclan, end: undefined, timePrecision: 'day' as const };
		expect(formatEventTime(day)).toBe('Friday 13 November 2015');
		const month = {
			...day,
			startMs: ms('2016-03-01T00:00:00+01:00'),
			timePrecision: 'month' as const
		};
		expect(formatEventTime(month)).toBe('March 2016');
		expect(formatEventTime({ ...month, timePrecision: 'year' as const })).toBe('2016');
	});

	it('says "about" for an hour-precision time', () => {
		const event = {
			...bataclan,
			end: undefined,
			startMs: ms('2016-03-15T15:00:00+01:00'),
			timeZone: 'Europe/Brussels',
			timePrecision: 'hour' as const
		};
		expect(formatEventTime(event)).toBe('Tuesday 15 March 2016, about 15:00 (Brussels time)');
	});
});

describe('DST edges in Europe/Paris', () => {
	it('tells apart the two 02:30s of the night summer time ended (25 October 2015)', () => {
		expect(formatLocalClock(Date.UTC(2015, 9, 25, 0, 30), 'Europe/Paris', 'minute')).toBe('02:30');
		expect(formatLocalClock(Date.UTC(2015, 9, 25, 1, 30), 'Europe/Paris', 'minute')).toBe('02:30');
		expect(formatDatetimeAttribute(Date.UTC(2015, 9, 25, 0, 30), 'Europe/Paris', 'minute')).toBe(
			'2015-10-25T02:30+02:00'
		);
		expect(formatDatetimeAttribute(Date.UTC(2015, 9, 25, 1, 30), 'Europe/Paris', 'minute')).toBe(
			'2015-10-25T02:30+01:00'
		);
	});

	it('jumps from 01:59 to 03:00 the night summer time began (29 March 2015)', () => {
		expect(formatLocalClock(Date.UTC(2015, 2, 29, 0, 59), 'Europe/Paris', 'minute')).toBe('01:59');
		expect(formatLocalClock(Date.UTC(2015, 2, 29, 1, 0), 'Europe/Paris', 'minute')).toBe('03:00');
	});

	it('gives those days 23 and 25 hours', () => {
		const hour = 3_600_000;
		const spring = ms('2015-03-29T00:00:00+01:00');
		const autumn = ms('2015-10-25T00:00:00+02:00');
		expect(endOfPrecision(spring, 'Europe/Paris', 'day') - spring).toBe(23 * hour);
		expect(endOfPrecision(autumn, 'Europe/Paris', 'day') - autumn).toBe(25 * hour);
	});

	it.each(['UTC', 'America/New_York', 'Asia/Tokyo'])(
		'ends a day that ends in the repeated hour on its first pass, for a viewer in %s',
		(tz) => {
			process.env.TZ = tz;
			const start = ms('2015-10-24T02:30:00+02:00');
			expect(endOfPrecision(start, 'Europe/Paris', 'day')).toBe(ms('2015-10-25T02:30:00+02:00'));
		}
	);

	it('makes a month-precision event last the whole local month', () => {
		const march = ms('2016-03-01T00:00:00+01:00');
		expect(endOfPrecision(march, 'Europe/Brussels', 'month')).toBe(ms('2016-04-01T00:00:00+02:00'));
	});
});

describe('clocks that changed by other than an hour, or long ago', () => {
	it('ends a day on the next day’s first minute when the clocks skipped its midnight', () => {
		// Nepal moved from +05:30 to +05:45 at midnight on 1 January 1986: 00:00–00:14 never happened.
		const eve = ms('1985-12-31T00:00:00+05:30');
		expect(endOfPrecision(eve, 'Asia/Kathmandu', 'day')).toBe(ms('1986-01-01T00:15:00+05:45'));
	});

	it.each(['UTC', 'America/New_York', 'Asia/Tokyo', 'Australia/Lord_Howe'])(
		'keeps Dublin’s mean time (-00:25:21, before 1916) west of Greenwich for a viewer in %s',
		(tz) => {
			process.env.TZ = tz;
			const midnight = Date.UTC(1910, 5, 1, 0, 25, 21);
			expect(formatLocalClock(midnight, 'Europe/Dublin', 'minute')).toBe('00:00');
			expect(endOfPrecision(midnight, 'Europe/Dublin', 'day')).toBe(
				Date.UTC(1910, 5, 2, 0, 25, 21)
			);
			expect(formatDatetimeAttribute(midnight, 'Europe/Dublin', 'minute')).toBe(
				'1910-06-01T00:00-00:25'
			);
		}
	);
});
