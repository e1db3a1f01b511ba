import { createExpression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../src/lib/domain/data/schema';
import {
	extentOf,
	isEventDrawn,
	isEventShown,
	phaseOf,
	rangeOf,
	type TimeRange,
	type TimeSelection
} from '../../src/lib/domain/time/range';
import { validateAtlas } from '../../src/lib/domain/data/validate';
import {
	buildDrawnFilter,
	buildFadeExpression,
	buildIdMatchExpression,
	buildShownExpression,
	listIntervalKeys
} from '../../src/lib/map/expressions';
import {
	buildMapData,
	countHaloIntervals,
	type EventFeatureProperties,
	type HaloFeatureProperties
} from '../../src/lib/map/features';
import { buildGlobalState, MIN_TIME_MS } from '../../src/lib/map/global-state';
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
 * Slider positions to test: the exact starts and ends of every event and one millisecond either
 * side (where an off-by-one would show), the same shifted by each window span (so that the
 * window's `from` lands on the boundaries too), and 200 instants spread over the extent.
 */
function buildInstants(): number[] {
	const instants = new Set<number>();
	for (const { startMs, endMs } of events) {
		for (const edge of [startMs, endMs]) {
			for (const shift of [0, ...SPANS]) {
				for (const delta of [-1, 0, 1]) instants.add(edge + shift + delta);
			}
		}
	}
	for (let i = 0; i <= 200; i += 1) {
		instants.add(Math.round(extent.from - DAY + ((extent.to - extent.from + 2 * DAY) * i) / 200));
	}
	return [...instants].sort((a, b) => a - b);
}

const selections: TimeSelection[] = buildInstants().flatMap((at) => [
	{ at, mode: 'cumulative', span: 0 } satisfies TimeSelection,
	...SPANS.map((span) => ({ at, mode: 'window', span }) satisfies TimeSelection)
]);

type Properties = EventFeatureProperties | HaloFeatureProperties;
const asFeature = (properties: Properties) => ({ type: 1, properties }) as never;

function evaluateFilter(
	filter: ReturnType<typeof buildDrawnFilter>,
	range: TimeRange,
	fadePast: boolean
) {
	const globalState = buildGlobalState(range, fadePast, null, null);
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

describe('a halo shared by events at one spot', () => {
	const halos = mapData.halos.features;
	const keys = listIntervalKeys(countHaloIntervals(mapData));
	const byId = new Map(events.map((e) => [e.id, e]));

	it('exists once per spot and precision, standing for every event there', () => {
		expect(halos.some((h) => h.properties.count > 1)).toBe(true);
		const members = halos.flatMap((h) => h.properties.ids.split(' '));
		expect(new Set(members).size).toBe(members.length);
		const located = events.filter((e) => e.place.precision !== 'address');
		expect(members.sort()).toEqual(located.map((e) => e.id).sort());
	});

	it('is drawn exactly while one of its events is, and faded only when all are past', () => {
		const disagreements: string[] = [];
		for (const selection of selections.filter((_, i) => i % 3 === 0)) {
			const range = rangeOf(selection);
			for (const fadePast of [true, false]) {
				const drawn = evaluateFilter(buildDrawnFilter(keys), range, fadePast);
				const shown = evaluateFilter(buildShownExpression(keys), range, fadePast);
				for (const { properties } of halos) {
					const members = properties.ids.split(' ').map((id) => byId.get(id)!);
					const anyDrawn = members.some((e) => isEventDrawn(e, range, fadePast));
					const anyShown = members.some((e) => isEventShown(e, range));
					if (drawn(properties) !== anyDrawn || shown(properties) !== anyShown) {
						disagreements.push(`${properties.ids} at ${selection.at}, fadePast ${fadePast}`);
					}
				}
			}
		}
		expect(disagreements).toEqual([]);
	});
});

describe('global state', () => {
	it('replaces the -Infinity of cumulative mode by a finite instant before every event', () => {
		const state = buildGlobalState({ from: -Infinity, to: extent.to }, true, null, null);
		expect(Number.isFinite(state.from)).toBe(true);
		expect(state.from).toBe(MIN_TIME_MS);
		expect(events.every((e) => e.endMs > state.from)).toBe(true);
	});

	it('turns no selection into an empty id that matches no feature', () => {
		const state = buildGlobalState(extent, true, null, null);
		const match = featureFilter(buildIdMatchExpression('selectedId'), 'test', state);
		expect(state.selectedId).toBe('');
		expect(features.some((f) => match.filter({ zoom: 10 }, asFeature(f.properties)))).toBe(false);
	});

	it('matches exactly the selected event', () => {
		const id = events[0]!.id;
		const state = buildGlobalState(extent, true, id, null);
		const match = featureFilter(buildIdMatchExpression('selectedId'), 'test', state);
		const matched = features.filter((f) => match.filter({ zoom: 10 }, asFeature(f.properties)));
		expect(matched.map((f) => f.properties.id)).toEqual([id]);
	});
});

describe('fade paint', () => {
	it('gives shown events full opacity and past ones the faded value', () => {
		const event = [...events].sort((a, b) => a.endMs - b.endMs)[0]!;
		const range = { from: event.endMs, to: event.endMs + DAY };
		const globalState = buildGlobalState(range, true, null, null);
		const parsed = createExpression(buildFadeExpression(1, 0.3), 'test', null, globalState);
		if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
		const properties = propertiesById.get(event.id)!;
		expect(phaseOf(event, range)).toBe('past');
		expect(parsed.value.evaluate({ zoom: 10 }, asFeature(properties))).toBe(0.3);
		const current = { from: event.startMs, to: event.startMs };
		const later = createExpression(
			buildFadeExpression(1, 0.3),
			'test',
			null,
			buildGlobalState(current, true, null, null)
		);
		if (later.result !== 'success') throw new Error(JSON.stringify(later.value));
		expect(later.value.evaluate({ zoom: 10 }, asFeature(properties))).toBe(1);
	});
});
