import { describe, expect, it } from 'vitest';
import { ms, restoreViewerZoneAfterEach } from './time-helpers';
import { listShown } from '../../src/lib/domain/atlas-index';
import {
	binEdges,
	binEvents as binIndexed,
	countShownPerBin
} from '../../src/lib/domain/time/histogram';
import { isEventShown, rangeOf, type TimeRange } from '../../src/lib/domain/time/range';
import { makeEvent, makeIndex } from './index-helpers';

const ZONE = 'Europe/Brussels';
const HOUR = 3_600_000;
restoreViewerZoneAfterEach();

let made = 0;
function event(start: string, hours = 1) {
	return makeEvent(`e${made++}`, start, { hours });
}
/** An event known only to the day (month, year), lasting that day, as the data gives it. */
function vague(start: string, precision: 'day' | 'month' | 'year', zone = 'Europe/Paris') {
	return makeEvent(`v${made++}`, start, { precision, zone });
}

/** The bars as the time slider draws them: edges, events per bar, shown per bar. */
function binEvents(events: ReturnType<typeof event>[], edges: number[], range: TimeRange) {
	const index = makeIndex(events);
	const spreads = index.spreads;
	const binned = binIndexed(index.starts, spreads, edges);
	const counts = binned.counts;
	const shown = countShownPerBin(binned, spreads, listShown(index, range));
	return [...counts].map((count, i) => ({
		from: edges[i] as number,
		to: edges[i + 1] as number,
		count,
		shown: shown[i] as number
	}));
}

const everything = { from: -Infinity, to: Infinity };
const events = [
	event('2014-05-24T15:50:00+02:00'),
	event('2015-01-07T11:30:00+01:00'),
	event('2015-11-13T21:16:00+01:00'),
	event('2015-11-13T21:40:00+01:00', 3),
	event('2015-11-18T04:20:00+01:00'),
	event('2016-03-22T07:58:00+01:00', 24 * 60)
];
const extent = { from: ms('2014-05-24T15:50:00+02:00'), to: ms('2016-03-23T08:00:00+01:00') };

describe('histogram bars', () => {
	it('counts every event once, so the bars sum to the number of events', () => {
		for (const maxBins of [5, 24, 110, 800]) {
			const bins = binEvents(events, binEdges(extent, ZONE, maxBins), everything);
			expect(bins.length).toBeLessThanOrEqual(maxBins + 1);
			expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(events.length);
		}
	});

	it('cuts two years into calendar months of the reference zone', () => {
		const bins = binEvents(events, binEdges(extent, ZONE, 30), everything);
		expect(bins[1]?.from).toBe(ms('2014-06-01T00:00:00+02:00'));
		const november = bins.find((b) => b.from === ms('2015-11-01T00:00:00+01:00'));
		expect(november?.count).toBe(3);
	});

	it('counts a month-long event only in the bar where it starts', () => {
		const spring = { from: ms('2016-03-01T00:00:00+01:00'), to: ms('2016-07-01T00:00:00+02:00') };
		const investigation = event('2016-03-22T07:58:00+01:00', 24 * 60);
		const bins = binEvents([investigation], binEdges(spring, ZONE, 6), everything);
		expect(bins.map((b) => b.count)).toEqual([1, 0, 0, 0]);
	});

	it('puts an event just after midnight on the night clocks went forward in the new day', () => {
		const march = { from: ms('2015-03-25T00:00:00+01:00'), to: ms('2015-04-02T00:00:00+02:00') };
		const late = event('2015-03-30T00:30:00+02:00');
		const bins = binEvents([late], binEdges(march, ZONE, 10), everything);
		const bin = bins.find((b) => b.count === 1);
		expect(bin?.from).toBe(ms('2015-03-30T00:00:00+02:00'));
		expect(bins.find((b) => b.from === ms('2015-03-29T00:00:00+01:00'))?.to).toBe(
			ms('2015-03-29T00:00:00+01:00') + 23 * HOUR
		);
	});

	it('keeps the two passes through 02:00 apart on the night clocks went back', () => {
		process.env.TZ = 'America/New_York';
		const night = { from: ms('2015-10-25T00:00:00+02:00'), to: ms('2015-10-25T06:00:00+01:00') };
		const first = event('2015-10-25T02:30:00+02:00');
		const second = event('2015-10-25T02:30:00+01:00');
		const bins = binEvents([first, second], binEdges(night, ZONE, 8), everything);
		expect(bins).toHaveLength(7);
		expect(bins.map((b) => b.count)).toEqual([0, 0, 1, 1, 0, 0, 0]);
	});

	it('highlights exactly the events the shared predicate shows', () => {
		const window = rangeOf({ at: ms('2015-11-14T00:00:00+01:00'), mode: 'window', span: HOUR });
		const bins = binEvents(events, binEdges(extent, ZONE, 30), window);
		expect(bins.reduce((sum, b) => sum + b.shown, 0)).toBe(1);
		const cumulative = rangeOf({
			at: ms('2015-11-14T00:00:00+01:00'),
			mode: 'cumulative',
			span: 0
		});
		expect(
			binEvents(events, binEdges(extent, ZONE, 30), cumulative).reduce((s, b) => s + b.shown, 0)
		).toBe(4);
	});

	it('leaves out events that start outside the domain', () => {
		const night = { from: ms('2015-11-13T21:00:00+01:00'), to: ms('2015-11-13T22:00:00+01:00') };
		const bins = binEvents(events, binEdges(night, ZONE, 60), everything);
		expect(bins).toHaveLength(60);
		expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(2);
		expect(bins[16]?.count).toBe(1);
	});
});

describe('shown bars', () => {
	const times = [
		'2014-05-24T12:00:00+02:00',
		'2015-01-07T11:30:00+01:00',
		'2015-11-13T21:50:00+01:00',
		'2015-11-18T04:30:00+01:00',
		'2016-03-22T09:00:00+01:00'
	].map(ms);
	for (const mode of ['cumulative', 'window'] as const) {
		it(`agree with the shared predicate at many instants in ${mode} mode`, () => {
			const edges = binEdges(extent, ZONE, 40);
			for (const at of times) {
				for (const span of [HOUR, 30 * 24 * HOUR]) {
					const range = rangeOf({ at, mode, span });
					const expected = events.filter((e) => isEventShown(e, range)).length;
					const bars = binEvents(events, edges, range);
					expect(bars.reduce((sum, b) => sum + b.shown, 0)).toBe(expected);
				}
			}
		});
	}
});

describe('events known only to the day, month or year', () => {
	const day = vague('2015-11-14T00:00:00+01:00', 'day');
	const evening = event('2015-11-13T21:40:00+01:00');
	const hoursAxis = {
		from: ms('2015-11-13T18:00:00+01:00'),
		to: ms('2015-11-15T06:00:00+01:00')
	};

	it('spread over the hours of their day on an axis zoomed to hours, with no spike at midnight', () => {
		const edges = binEdges(hoursAxis, ZONE, 40);
		const bins = binEvents([day, evening], edges, everything);
		const midnight = ms('2015-11-14T00:00:00+01:00');
		const nextMidnight = ms('2015-11-15T00:00:00+01:00');
		const inDay = bins.filter((b) => b.from >= midnight && b.to <= nextMidnight);
		expect(inDay.length).toBeGreaterThan(1);
		const widths = new Set(inDay.map((b) => b.to - b.from));
		expect(widths.size).toBe(1);
		// Each hour bar of the day holds the same share of it: the midnight bar no more.
		const shares = inDay.map((b) => b.count);
		for (const share of shares) expect(share).toBeCloseTo(shares[0] as number, 9);
		expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
		// The precise event stays whole in its own bar.
		const at = ms('2015-11-13T21:40:00+01:00');
		expect(bins.find((b) => b.from <= at && at < b.to)?.count).toBe(1);
		expect(bins.filter((b) => b.to <= midnight).reduce((a, b) => a + b.count, 0)).toBe(1);
	});

	it('count once in all when the axis holds their whole day', () => {
		for (const maxBins of [5, 24, 200]) {
			const bins = binEvents([day, evening], binEdges(hoursAxis, ZONE, maxBins), everything);
			expect(bins.reduce((sum, b) => sum + b.count, 0)).toBeCloseTo(2, 9);
		}
	});

	it('keep the part of their day that the axis shows', () => {
		const morning = { from: ms('2015-11-14T00:00:00+01:00'), to: ms('2015-11-14T06:00:00+01:00') };
		const bins = binEvents([day], binEdges(morning, ZONE, 6), everything);
		expect(bins.map((b) => b.count)).toHaveLength(6);
		for (const b of bins) expect(b.count).toBeCloseTo(1 / 24, 9);
	});

	it('follow their own zone’s day, not the axis zone’s', () => {
		// A day in New York runs 06:00 to 06:00 in Brussels.
		const newYork = vague('2015-11-14T00:00:00-05:00', 'day', 'America/New_York');
		const bins = binEvents([newYork], binEdges(hoursAxis, ZONE, 40), everything);
		const touched = bins.filter((b) => b.count > 0);
		expect(touched[0]?.from).toBe(ms('2015-11-14T06:00:00+01:00'));
		expect(touched[touched.length - 1]?.to).toBe(ms('2015-11-15T06:00:00+01:00'));
	});

	it('spread a month over the days of an axis zoomed to days, 30 shares for November', () => {
		const month = vague('2015-11-01T00:00:00+01:00', 'month');
		const november = {
			from: ms('2015-11-01T00:00:00+01:00'),
			to: ms('2015-12-01T00:00:00+01:00')
		};
		const bins = binEvents([month], binEdges(november, ZONE, 40), everything);
		expect(bins).toHaveLength(30);
		for (const b of bins) expect(b.count).toBeCloseTo(1 / 30, 9);
	});

	it('light up over their whole day when shown, in both modes, as the totals say', () => {
		const edges = binEdges(hoursAxis, ZONE, 40);
		const cumulative = rangeOf({
			at: ms('2015-11-14T03:00:00+01:00'),
			mode: 'cumulative',
			span: 0
		});
		const window = rangeOf({ at: ms('2015-11-14T03:00:00+01:00'), mode: 'window', span: HOUR });
		for (const range of [cumulative, window]) {
			const bins = binEvents([evening, day], edges, range);
			const expected = [evening, day].filter((e) => isEventShown(e, range)).length;
			expect(bins.reduce((sum, b) => sum + b.shown, 0)).toBeCloseTo(expected, 9);
			for (const b of bins) expect(b.shown).toBeLessThanOrEqual(b.count + 1e-9);
		}
	});
});
