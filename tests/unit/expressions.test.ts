import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../src/lib/domain/data/schema';
import {
	extentOf,
	isEventDrawn,
	type EventPhase,
	isEventShown,
	phaseOf,
	rangeOf,
	type TimeRange,
	type TimeSelection
} from '../../src/lib/domain/time/range';
import { validateAtlas } from '../../src/lib/domain/data/validate';
import { mergeIntervals, type Interval } from '../../src/lib/domain/time/intervals';
import {
	buildDrawnFilter,
	buildPastExpression,
	buildShownExpression,
	EVENT_INTERVAL,
	listIntervalKeys
} from '../../src/lib/map/expressions';
import { fadeFilters } from '../../src/lib/map/faded-twin';
import {
	buildMapData,
	type AtlasMapData,
	countHaloIntervals,
	type EventFeatureProperties,
	type HaloFeatureProperties
} from '../../src/lib/map/features';
import {
	buildGlobalState,
	MIN_TIME_MS,
	type AtlasGlobalState
} from '../../src/lib/map/global-state';
import { readAtlasInput } from '../../src/lib/server/geodata';

const result = validateAtlas(readAtlasInput('.'));
if (!result.ok) throw new Error(`geodata/ is invalid: ${result.errors.length} error(s)`);
const events = result.data.events;
const mapData = buildMapData(events);
const features = mapData.events.features;
const propertiesById = new Map(features.map((f) => [f.properties.id, f.properties]));
const extent = extentOf(events);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const SPANS = [HOUR, DAY, 7 * DAY, 30 * DAY];

/**
 * Slider positions to test: the exact starts and ends of every interval and one millisecond
 * either side (where an off-by-one would show), the same shifted by each window span (so that
 * the window's `from` lands on the boundaries too), and 200 instants spread over their extent.
 */
function buildInstants(intervals: readonly Interval[], spans = SPANS): number[] {
	const instants = new Set<number>();
	for (const { startMs, endMs } of intervals) {
		for (const edge of [startMs, endMs]) {
			for (const shift of new Set([0, ...spans])) {
				for (const delta of [-1, 0, 1]) instants.add(edge + shift + delta);
			}
		}
	}
	const { from, to } = extentOf(intervals);
	for (let i = 0; i <= 200; i += 1) {
		instants.add(Math.round(from - DAY + ((to - from + 2 * DAY) * i) / 200));
	}
	return [...instants].sort((a, b) => a - b);
}

/** Every instant in cumulative mode and in a window of each span. */
const toSelections = (instants: readonly number[], spans = SPANS): TimeSelection[] =>
	instants.flatMap((at) => [
		{ at, mode: 'cumulative', span: 0 } satisfies TimeSelection,
		...spans.map((span) => ({ at, mode: 'window', span }) satisfies TimeSelection)
	]);

const selections = toSelections(buildInstants(events));

type Properties = EventFeatureProperties | HaloFeatureProperties;
const asFeature = (properties: Properties) => ({ type: 1, properties }) as never;

function evaluateFilter(
	filter: ReturnType<typeof buildDrawnFilter>,
	range: TimeRange,
	fadePast: boolean
) {
	const globalState = buildGlobalState(range, fadePast);
	const compiled = featureFilter(filter, 'test', globalState);
	return (properties: Properties) => compiled.filter({ zoom: 10 }, asFeature(properties));
}

describe('the map filter and the list agree', () => {
	it('tests hundreds of instants, including every exact boundary', () => {
		expect(selections.length).toBeGreaterThan(500);
		expect(features).toHaveLength(events.length);
	});

	it('shows exactly the events isEventShown shows, at every instant', () => {
		const byId = new Map<string, AtlasEvent>(events.map((e) => [e.id, e]));
		const disagreements: string[] = [];
		for (const selection of selections) {
			const range = rangeOf(selection);
			const shown = evaluateFilter(buildShownExpression(), range, false);
			for (const { properties } of features) {
				const expected = isEventShown(byId.get(properties.id) as AtlasEvent, range);
				if (shown(properties) !== expected) {
					disagreements.push(`${properties.id} at ${selection.at} (${selection.mode})`);
				}
			}
		}
		expect(disagreements).toEqual([]);
	});

	it('draws shown events, plus past ones only when fading is on', () => {
		const disagreements: string[] = [];
		for (const selection of selections) {
			const range = rangeOf(selection);
			for (const fadePast of [true, false]) {
				const drawn = evaluateFilter(buildDrawnFilter(), range, fadePast);
				for (const event of events) {
					const phase = phaseOf(event, range);
					const expected = phase === 'current' || (fadePast && phase === 'past');
					const properties = propertiesById.get(event.id)!;
					if (drawn(properties) !== expected || isEventDrawn(event, range, fadePast) !== expected) {
						disagreements.push(`${event.id} at ${selection.at}, fadePast ${fadePast}`);
					}
				}
			}
		}
		expect(disagreements).toEqual([]);
	});
});

/** A small deterministic generator (mulberry32), so the sampled intervals are the same every run. */
function seededRandom(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Intervals, as ms from an origin, for events crowded on one spot: touching, overlapping, nested,
 * duplicated, a millisecond apart, zero-length (alone, twice, at a touching end, where another
 * starts, a millisecond after one ends), then many more at random on an hourly grid, so that
 * touching and overlapping are frequent.
 */
function buildCrowdedIntervals(): [startMs: number, endMs: number][] {
	const hours = (start: number, end: number): [number, number] => [start * HOUR, end * HOUR];
	const crafted: [number, number][] = [
		hours(0, 2),
		hours(2, 4),
		hours(3, 5),
		hours(5, 5),
		hours(8, 8),
		hours(8, 8),
		hours(8, 9),
		hours(12, 12),
		hours(20, 30),
		hours(22, 23),
		hours(20, 30),
		hours(31, 32),
		hours(40, 41),
		hours(41, 41),
		hours(50, 51),
		[51 * HOUR + 1, 52 * HOUR],
		[52 * HOUR + 1, 52 * HOUR + 1],
		hours(24 * 7, 24 * 14),
		hours(24 * 14, 24 * 14)
	];
	const random = seededRandom(42);
	const lengths = [0, 1, 3, 24, 24 * 7];
	const sampled = Array.from({ length: 60 }, () => {
		const start = Math.floor(random() * 24 * 90);
		return hours(start, start + lengths[Math.floor(random() * lengths.length)]!);
	});
	return [...crafted, ...sampled];
}

/** Events made from a real one, all at one new spot, `offsets` after the first event starts. */
function buildCrowdedSpot(offsets: readonly [number, number][]): AtlasEvent[] {
	const template = events[0]!;
	return offsets.map(([start, end], i) => ({
		...template,
		id: `crowded-${i}`,
		category: i % 5 === 0 ? 'arrest' : 'attack',
		coordinates: [3.0573, 50.6292],
		place: { ...template.place, precision: 'district' },
		links: [],
		route: undefined,
		startMs: extent.from + start,
		endMs: extent.from + end
	}));
}

/**
 * Where a group of intervals stands, as a halo shows it: shown if any member is, else faded if
 * any member is past, else not drawn (all yet to come).
 */
function groupPhase(intervals: readonly Interval[], range: TimeRange): EventPhase {
	const phases = new Set(intervals.map((i) => phaseOf(i, range)));
	return phases.has('current') ? 'current' : phases.has('past') ? 'past' : 'future';
}

/**
 * Filters and paint compiled once against a live global-state object, which each check then
 * overwrites: what MapLibre does when the slider moves (`setGlobalStateProperty`), and far
 * quicker than compiling thousands of times.
 */
function compileLive(keys: ReturnType<typeof listIntervalKeys>) {
	const live: AtlasGlobalState = buildGlobalState(extent, true);
	const filter = (expression: ReturnType<typeof buildDrawnFilter>) => {
		const compiled = featureFilter(expression, 'test', live);
		return (properties: Properties) => compiled.filter({ zoom: 10 }, asFeature(properties));
	};
	const twins = fadeFilters(keys);
	const shownTwin = filter(twins.shown);
	const fadedTwin = filter(twins.faded);
	return {
		set: (range: TimeRange, fadePast: boolean) =>
			Object.assign(live, buildGlobalState(range, fadePast)),
		drawn: filter(buildDrawnFilter(keys)),
		shown: filter(buildShownExpression(keys)),
		past: filter(buildPastExpression(keys)),
		/** Which of a layer's twins draws the feature (faded-twin.ts): both is a bug. */
		twin: (properties: Properties): string =>
			[shownTwin(properties) && 'shown', fadedTwin(properties) && 'faded']
				.filter(Boolean)
				.join(' and ') || 'neither'
	};
}

describe('mergeIntervals', () => {
	const at = (start: number, end: number): Interval => ({ startMs: start, endMs: end });

	it('merges overlapping and touching intervals, keeps gaps, sorts by start', () => {
		const merged = mergeIntervals([at(10, 12), at(0, 2), at(2, 4), at(3, 5), at(7, 8)]);
		expect(merged).toEqual([at(0, 5), at(7, 8), at(10, 12)]);
	});

	it('swallows zero-length intervals inside or touching another, and keeps lone ones once', () => {
		const merged = mergeIntervals([at(4, 4), at(0, 4), at(0, 0), at(9, 9), at(9, 9), at(2, 2)]);
		expect(merged).toEqual([at(0, 4), at(9, 9)]);
		expect(mergeIntervals([at(5, 5), at(5, 7)])).toEqual([at(5, 7)]);
		expect(mergeIntervals([])).toEqual([]);
	});

	it('leaves its input alone and rejects an interval that ends before it starts', () => {
		const input = [at(3, 4), at(1, 3)];
		mergeIntervals(input)[0]!.endMs = 99;
		expect(input).toEqual([at(3, 4), at(1, 3)]);
		expect(() => mergeIntervals([at(2, 1)])).toThrow(RangeError);
		expect(() => mergeIntervals([at(0, NaN)])).toThrow(RangeError);
	});

	it('keeps the phase of the group (shown; else past; else future) over every range', () => {
		const intervals = buildCrowdedIntervals().map(([start, end]) => at(start, end));
		const merged = mergeIntervals(intervals);
		expect(merged.length).toBeLessThan(intervals.length / 2);
		merged.slice(1).forEach((interval, i) => {
			expect(interval.startMs).toBeGreaterThan(merged[i]!.endMs);
		});
		const disagreements: string[] = [];
		for (const selection of toSelections(buildInstants(intervals), [0, ...SPANS])) {
			const range = rangeOf(selection);
			if (groupPhase(intervals, range) !== groupPhase(merged, range)) {
				disagreements.push(`${selection.mode} ${selection.span} at ${selection.at}`);
			}
		}
		expect(disagreements).toEqual([]);
	});

	it('does not keep "some interval is past" on its own, which no layer asks', () => {
		const range = { from: 2, to: 3 };
		expect([at(0, 2), at(2, 4)].map((i) => phaseOf(i, range))).toEqual(['past', 'current']);
		expect(mergeIntervals([at(0, 2), at(2, 4)]).map((i) => phaseOf(i, range))).toEqual(['current']);
	});
});

describe('a halo shared by events at one spot', () => {
	const crowded = buildCrowdedSpot(buildCrowdedIntervals());
	const all = [...events, ...crowded];
	const data = buildMapData(all);
	const halos = data.halos.features;
	const keys = listIntervalKeys(countHaloIntervals(data));
	const byId = new Map(all.map((e) => [e.id, e]));
	const crowdedHalo = halos.find((h) => h.properties.ids.startsWith('crowded-'))!;

	it('exists once per spot and precision, standing for every event there', () => {
		const real = mapData.halos.features;
		expect(real.some((h) => h.properties.count > 1)).toBe(true);
		const members = real.flatMap((h) => h.properties.ids.split(' '));
		expect(new Set(members).size).toBe(members.length);
		const located = events.filter((e) => e.place.precision !== 'address');
		expect(members.sort()).toEqual(located.map((e) => e.id).sort());
	});

	it('carries the merged union of its events’ intervals, not one interval per event', () => {
		const { count, intervals, category } = crowdedHalo.properties;
		expect(count).toBe(crowded.length);
		expect(category).toBe('mixed');
		const carried = Array.from({ length: intervals }, (_, i) => ({
			startMs: crowdedHalo.properties[`startMs${i}`],
			endMs: crowdedHalo.properties[`endMs${i}`]
		}));
		expect(carried).toEqual(mergeIntervals(crowded));
		expect(intervals).toBeLessThan(count / 2);
		expect(countHaloIntervals(data)).toBe(intervals);
		expect(crowdedHalo.properties).not.toHaveProperty(`startMs${intervals}`);
	});

	it('is drawn exactly while one of its events is, and faded only while none is shown', () => {
		const live = compileLive(keys);
		const everywhere = selections.filter((_, i) => i % 3 === 0);
		const atCrowdedSpot = toSelections(buildInstants(crowded), [0, ...SPANS]);
		const disagreements: string[] = [];
		const seen = new Set<string>();
		for (const [selection, checked] of [
			...everywhere.map((s) => [s, halos] as const),
			...atCrowdedSpot.map((s) => [s, [crowdedHalo]] as const)
		]) {
			const range = rangeOf(selection);
			for (const fadePast of [true, false]) {
				live.set(range, fadePast);
				for (const { properties } of checked) {
					const members = properties.ids.split(' ').map((id) => byId.get(id)!);
					const phase = groupPhase(members, range);
					const drawn = members.some((e) => isEventDrawn(e, range, fadePast));
					const expected = {
						drawn,
						phase,
						twin: !drawn ? 'neither' : phase === 'current' ? 'shown' : 'faded'
					};
					const shown = live.shown(properties);
					const actual = {
						drawn: live.drawn(properties),
						phase: shown ? 'current' : live.past(properties) ? 'past' : 'future',
						twin: live.twin(properties)
					};
					seen.add(`${actual.drawn} ${actual.twin}`);
					if (JSON.stringify(actual) !== JSON.stringify(expected)) {
						const where = `${selection.mode} ${selection.span} at ${selection.at}`;
						disagreements.push(`${properties.ids.slice(0, 40)}: ${where}, fadePast ${fadePast}`);
					}
				}
			}
		}
		expect(disagreements).toEqual([]);
		// The live global state did move: halos were hidden, shown and faded along the way.
		expect(seen).toEqual(new Set(['false neither', 'true shown', 'true faded']));
	});
});

describe('global state', () => {
	it('replaces the -Infinity of cumulative mode by a finite instant before every event', () => {
		const state = buildGlobalState({ from: -Infinity, to: extent.to }, true);
		expect(Number.isFinite(state.from)).toBe(true);
		expect(state.from).toBe(MIN_TIME_MS);
		expect(events.every((e) => e.endMs > state.from)).toBe(true);
	});
});

describe('the faded twin of a layer', () => {
	it('draws the past events while fading is on, and the shown twin the others drawn', () => {
		const byId = new Map<string, AtlasEvent>(events.map((e) => [e.id, e]));
		const twins = fadeFilters(EVENT_INTERVAL);
		const disagreements: string[] = [];
		const seen = new Set<string>();
		for (const selection of selections.filter((_, i) => i % 2 === 0)) {
			const range = rangeOf(selection);
			for (const fadePast of [true, false]) {
				const shown = evaluateFilter(twins.shown, range, fadePast);
				const faded = evaluateFilter(twins.faded, range, fadePast);
				for (const { properties } of features) {
					const phase = phaseOf(byId.get(properties.id)!, range);
					const expected =
						phase === 'current' ? 'shown' : phase === 'past' && fadePast ? 'faded' : 'neither';
					const actual =
						[shown(properties) && 'shown', faded(properties) && 'faded']
							.filter(Boolean)
							.join(' and ') || 'neither';
					seen.add(actual);
					if (actual !== expected) {
						disagreements.push(`${properties.id} at ${selection.at}, fadePast ${fadePast}`);
					}
				}
			}
		}
		expect(disagreements).toEqual([]);
		expect(seen).toEqual(new Set(['shown', 'faded', 'neither']));
	});
});

describe('countHaloIntervals', () => {
	it('finds the most intervals among more halos than a call can take as arguments', () => {
		// Spreading one argument per halo into Math.max overflowed the stack from about 100,000.
		const halos = Array.from({ length: 300_000 }, (_, i) => ({
			properties: { intervals: i === 123_456 ? 7 : 1 + (i % 3) }
		}));
		const data = { halos: { type: 'FeatureCollection', features: halos } };
		expect(countHaloIntervals(data as unknown as AtlasMapData)).toBe(7);
		expect(countHaloIntervals({ halos: { features: [] } } as unknown as AtlasMapData)).toBe(1);
	});
});
