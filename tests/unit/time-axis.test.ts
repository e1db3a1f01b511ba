import { describe, expect, it } from 'vitest';
import { ms, restoreViewerZoneAfterEach } from './time-helpers';
import {
	axisTicks,
	formatSliderTime,
	listZoomLevels,
	sliderBounds,
	snapToStep,
	stepFor,
	zoomDomain
} from '../../src/lib/domain/time/time-axis';
import { readTypedRange } from '../../src/lib/domain/time/typed-range';

const ZONE = 'Europe/Brussels';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
restoreViewerZoneAfterEach();

const extent = { from: ms('2014-05-24T15:50:00+02:00'), to: ms('2016-03-23T08:00:00+01:00') };
const attack = ms('2015-11-13T21:40:00+01:00');

describe('zoom', () => {
	it('shows the whole extent at the widest level', () => {
		expect(zoomDomain('all', attack, extent)).toEqual(extent);
	});

	it('centres a level on the current time', () => {
		expect(zoomDomain('hour', attack, extent)).toEqual({
			from: attack - 30 * MINUTE,
			to: attack + 30 * MINUTE
		});
	});

	it('shifts the domain to stay inside the extent near either end', () => {
		expect(zoomDomain('month', extent.from + HOUR, extent)).toEqual({
			from: extent.from,
			to: extent.from + 30 * DAY
		});
		expect(zoomDomain('week', extent.to, extent)).toEqual({
			from: extent.to - 7 * DAY,
			to: extent.to
		});
	});

	it('offers only levels narrower than the extent', () => {
		expect(listZoomLevels(extent)).toEqual(['all', 'year', 'month', 'week', 'day', 'hour']);
		const night = { from: attack, to: attack + 3 * HOUR };
		expect(listZoomLevels(night)).toEqual(['all', 'hour']);
	});
});

describe('slider step', () => {
	it('moves by one minute at the hour level, so the night can be explored minute by minute', () => {
		expect(stepFor(zoomDomain('hour', attack, extent))).toBe(MINUTE);
	});

	it('moves by a day across two years and by an hour across a month', () => {
		expect(stepFor(extent)).toBe(DAY);
		expect(stepFor(zoomDomain('month', attack, extent))).toBe(HOUR);
	});

	it('widens the slider to whole local days so End reaches the last event', () => {
		const bounds = sliderBounds(extent, DAY, ZONE);
		expect(bounds.from).toBe(ms('2014-05-24T00:00:00+02:00'));
		expect(bounds.to).toBeGreaterThanOrEqual(extent.to);
		expect((bounds.to - bounds.from) % DAY).toBe(0);
	});

	it('snaps a day step to local midnight across the night clocks went forward', () => {
		const midnight = ms('2015-03-29T00:00:00+01:00');
		expect(snapToStep(midnight + DAY, DAY, ZONE)).toBe(ms('2015-03-30T00:00:00+02:00'));
	});

	it('snaps to midnight on the zone’s calendar even where the viewer’s clock jumped 30 minutes', () => {
		// Lord Howe Island's clocks moved by half an hour on 1 March 1981 (and every DST change).
		process.env.TZ = 'Australia/Lord_Howe';
		const evening = ms('1981-03-01T18:00:00+00:00');
		expect(snapToStep(evening, DAY, 'Europe/London', 'floor')).toBe(
			ms('1981-03-01T00:00:00+00:00')
		);
	});
});

describe('axis ticks', () => {
	it('labels two years with years and months', () => {
		const labels = axisTicks(extent, ZONE, 12).map((t) => t.label);
		expect(labels).toEqual(['Jul', 'Oct', '2015', 'Apr', 'Jul', 'Oct', '2016']);
	});

	it('labels a day with hours on the reference zone’s clock, whatever the viewer’s zone', () => {
		process.env.TZ = 'America/New_York';
		const day = { from: ms('2015-11-13T00:00:00+01:00'), to: ms('2015-11-14T00:00:00+01:00') };
		const ticks = axisTicks(day, ZONE, 10);
		expect(ticks.map((t) => t.label)).toEqual([
			'13 Nov',
			'03:00',
			'06:00',
			'09:00',
			'12:00',
			'15:00',
			'18:00',
			'21:00',
			'14 Nov'
		]);
		expect(ticks[7]?.ms).toBe(ms('2015-11-13T21:00:00+01:00'));
	});
});

describe('slider readout', () => {
	it('describes the slider position in words', () => {
		expect(formatSliderTime(attack, ZONE)).toBe('Friday 13 November 2015, 21:40 Brussels time');
	});

	it('leaves the zone out where the page names it once beside the readout', () => {
		expect(formatSliderTime(attack, ZONE, { withZone: false })).toBe(
			'Friday 13 November 2015, 21:40'
		);
	});
});

describe('typed range', () => {
	it('becomes a window ending at the typed end', () => {
		const result = readTypedRange('2015-11-13T21:00', '2015-11-14T01:00', ZONE, extent);
		expect(result).toEqual({ ok: true, at: ms('2015-11-14T01:00:00+01:00'), span: 4 * HOUR });
	});

	it('refuses an end before the start', () => {
		const result = readTypedRange('2015-11-14T01:00', '2015-11-13T21:00', ZONE, extent);
		expect(result).toEqual({ ok: false, field: 'to', message: 'The end must be after the start.' });
	});

	it('names the zone, the 24-hour format and the field when a time cannot be read', () => {
		const result = readTypedRange('', '2015-11-13 21:00', ZONE, extent);
		expect(result).toEqual({
			ok: false,
			field: 'from',
			message:
				'The start must be a date and a 24-hour time such as 2014-05-24 15:50 (Brussels time).'
		});
	});

	it('reads the 24-hour times the fields show, with a space or a T', () => {
		const spaced = readTypedRange('2015-11-13 21:00', '2015-11-14 1:00', ZONE, extent);
		expect(spaced).toEqual({ ok: true, at: ms('2015-11-14T01:00:00+01:00'), span: 4 * HOUR });
	});

	it('refuses a 12-hour time rather than guess which half of the day is meant', () => {
		const result = readTypedRange('2015-11-13 9:00 PM', '2015-11-14 01:00', ZONE, extent);
		expect(result.ok === false && result.field).toBe('from');
	});

	it('puts a range with no events on the range, naming when the events run', () => {
		const result = readTypedRange('2010-01-01 00:00', '2010-01-02 00:00', ZONE, extent);
		expect(result.ok === false && result.field).toBe('range');
		expect(result.ok === false && result.message).toContain('Saturday 24 May 2014, 15:50');
	});

	it('keeps the typed start when the end lies past the data', () => {
		const result = readTypedRange('2016-03-01T00:00', '2017-01-01T00:00', ZONE, extent);
		expect(result).toEqual({
			ok: true,
			at: extent.to,
			span: extent.to - ms('2016-03-01T00:00:00+01:00')
		});
	});

	it('reads typed times with the same rule as links: a skipped minute moves forward', () => {
		const result = readTypedRange('2015-03-29T02:30', '2015-03-29T04:00', ZONE, extent);
		expect(result).toEqual({ ok: true, at: ms('2015-03-29T04:00:00+02:00'), span: 30 * MINUTE });
	});

	it('refuses a range with no data in it', () => {
		expect(readTypedRange('2013-01-01T00:00', '2013-02-01T00:00', ZONE, extent).ok).toBe(false);
	});
});
