import { describe, expect, it } from 'vitest';
import { ms, restoreViewerZoneAfterEach } from './time-helpers';
import { formatTypedTime, parseTypedTime } from '../../src/lib/domain/time/typed-time';

const ZONE = 'Europe/Paris';
restoreViewerZoneAfterEach();

describe('typed times', () => {
	it('show the place’s 24-hour clock, not the viewer’s', () => {
		process.env.TZ = 'America/New_York';
		expect(formatTypedTime(ms('2015-11-13T21:40:00+01:00'), ZONE)).toBe('2015-11-13 21:40');
	});

	it('read back what they show, and the T of a link', () => {
		const bataclan = ms('2015-11-13T21:40:00+01:00');
		expect(parseTypedTime('2015-11-13 21:40', ZONE)).toBe(bataclan);
		expect(parseTypedTime('  2015-11-13T21:40 ', ZONE)).toBe(bataclan);
		expect(parseTypedTime('2015-11-13 9:05', ZONE)).toBe(ms('2015-11-13T09:05:00+01:00'));
	});

	it('refuse 12-hour clocks, impossible times and other orders instead of guessing', () => {
		for (const text of [
			'2015-11-13 9:40 PM',
			'11/13/2015 21:40',
			'13/11/2015 21:40',
			'2015-11-13 24:00',
			'2015-02-30 10:00',
			'2015-11-13',
			''
		]) {
			expect(parseTypedTime(text, ZONE), text).toBeNull();
		}
	});
});
