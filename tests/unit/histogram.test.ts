import { describe, expect, it } from 'vitest';
import { ms, restoreViewerZoneAfterEach } from './time-helpers';
import { listShown } from '../../src/lib/domain/atlas-index';
import { binEdges, countShownPerBin, countStartsPerBin } from '../../src/lib/domain/time/histogram';
import { isEventShown, rangeOf, type TimeRange } from '../../src/lib/domain/time/range';
import { makeEvent, makeIndex } from './index-helpers';

const ZONE = 'Europe/Brussels';
const HOUR = 3_600_000;
restoreViewerZoneAfterEach();

let made = 0;
function event(start: string, hours = 1) {
	return makeEvent(`e${made++}`, start, { hours });
}

/** The bars as the time slider draws them: edges, events per bar, shown per bar. */
function binEvents(events: ReturnType<typeof event>[], edges: number[], range: TimeRange) {
	const index = makeIndex(events);
	const counts = countStartsPerBin(index.starts, edges);
	const shown = countShownPerBin(index.starts, edges, listShown(index, range));
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
