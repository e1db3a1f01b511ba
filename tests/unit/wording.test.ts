import { describe, expect, it } from 'vitest';
import { ms } from './time-helpers';
import { readClocks } from '../../src/lib/domain/time/clocks';
import { speedForZoom } from '../../src/lib/domain/time/playback-speed';
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from '../../src/lib/domain/time/units';
import { describeSpeed, FADE_PAST_KEY, TIME_WORDS } from '../../src/lib/domain/time-wording';
import { describeClocks } from '../../src/lib/domain/wording';

const extent = { from: ms('2014-05-24T15:50:00+02:00'), to: ms('2016-03-23T08:00:00+01:00') };

describe('speed in words', () => {
	it('names each speed in the largest unit that divides it', () => {
		expect(describeSpeed(MINUTE_MS)).toBe('1 minute per second');
		expect(describeSpeed(10 * MINUTE_MS)).toBe('10 minutes per second');
		expect(describeSpeed(HOUR_MS)).toBe('1 hour per second');
		expect(describeSpeed(DAY_MS)).toBe('1 day per second');
		expect(describeSpeed(WEEK_MS)).toBe('1 week per second');
		expect(describeSpeed(30 * DAY_MS)).toBe('30 days per second');
		expect(describeSpeed(90 * MINUTE_MS)).toBe('90 minutes per second');
	});
});

describe('speed that follows the zoom', () => {
	it('crosses each zoomed axis in about a minute', () => {
		expect(speedForZoom('hour', extent, DAY_MS)).toBe(MINUTE_MS);
		expect(speedForZoom('day', extent, DAY_MS)).toBe(10 * MINUTE_MS);
		expect(speedForZoom('week', extent, DAY_MS)).toBe(HOUR_MS);
		expect(speedForZoom('month', extent, DAY_MS)).toBe(DAY_MS);
		expect(speedForZoom('year', extent, DAY_MS)).toBe(WEEK_MS);
	});

	it('gives the whole period back the speed the atlas opens with', () => {
		expect(speedForZoom('all', extent, 3 * DAY_MS)).toBe(3 * DAY_MS);
	});
});

describe('which clock', () => {
	const paris = { startMs: ms('2015-11-13T21:40:00+01:00'), timeZone: 'Europe/Paris' };
	const brussels = { startMs: ms('2016-03-22T07:58:00+01:00'), timeZone: 'Europe/Brussels' };

	it('says once that the slider keeps the atlas’s clock and each event its place’s', () => {
		expect(
			describeClocks('Europe/Brussels', readClocks('Europe/Brussels', [paris, brussels]))
		).toBe(
			'Slider in Brussels time, the atlas’s clock; each event in its place’s time (Brussels time or Paris time: the same clock here).'
		);
	});

	it('does not claim the clocks agree when they do not', () => {
		const london = { startMs: paris.startMs, timeZone: 'Europe/London' };
		const text = describeClocks('Europe/Brussels', readClocks('Europe/Brussels', [paris, london]));
		expect(text).toContain('London time or Paris time');
		expect(text).not.toContain('same clock');
	});

	it('names one zone plainly when every event is on the atlas’s clock', () => {
		expect(describeClocks('Europe/Brussels', readClocks('Europe/Brussels', [brussels]))).toBe(
			'Times are Brussels time.'
		);
	});
});

describe('one word for fading', () => {
	it('the map key quotes the control’s label', () => {
		expect(FADE_PAST_KEY).toContain(`“${TIME_WORDS.fadePast}”`);
	});
});
