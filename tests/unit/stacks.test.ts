import { createExpression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { validateAtlas } from '../../src/lib/domain/data/validate';
import { isEventDrawn, type TimeRange } from '../../src/lib/domain/time/range';
import { buildDensityLayer } from '../../src/lib/map/density';
import { buildGlobalState, type AtlasGlobalState } from '../../src/lib/map/global-state';
import { buildDrawnFilter } from '../../src/lib/map/expressions';
import { buildAtlasLayers, EVENT_POINT_LAYERS } from '../../src/lib/map/layers';
import { buildMapData, countStackIntervals } from '../../src/lib/map/features';
import { buildDrawnCountExpression, buildStackData } from '../../src/lib/map/stacks';
import { readAtlasInput } from '../../src/lib/server/geodata';

/** The key of an exact point: events with the same key share a spot. */
const spotKey = ([lon, lat]: readonly [number, number]) => `${lon},${lat}`;

const result = validateAtlas(readAtlasInput('.'));
if (!result.ok) throw new Error('geodata/ is invalid');
const events = result.data.events;
const data = buildStackData(events);

describe('stacks of events at one spot', () => {
	it('are among the map files the build writes, so the counts need not wait for the events', () => {
		const mapData = buildMapData(events);
		expect(mapData.stacks).toEqual(data.stacks);
		expect(mapData.legs).toEqual(data.legs);
		expect(data.stacks.features.length).toBeGreaterThan(0);
		expect(countStackIntervals(mapData)).toBe(data.intervals);
	});

	it('are one per shared spot, counting every event there, with a leg per member', () => {
		const shared = new Map<string, number>();
		for (const e of events)
			shared.set(spotKey(e.coordinates), (shared.get(spotKey(e.coordinates)) ?? 0) + 1);
		const expected = [...shared.values()].filter((n) => n > 1);
		expect(data.stacks.features.map((f) => f.properties.count).sort()).toEqual(expected.sort());
		expect(data.legs.features).toHaveLength(expected.reduce((a, b) => a + b, 0));
	});

	it('count on the map exactly the members the list draws, at every boundary in time', () => {
		const live: AtlasGlobalState = buildGlobalState({ from: 0, to: 0 }, true);
		const count = createExpression(buildDrawnCountExpression(data.intervals), 'test', null, live);
		if (count.result !== 'success') throw new Error(JSON.stringify(count.value));
		const instants = [
			...new Set(events.flatMap((e) => [e.startMs, e.endMs, e.startMs - 1, e.endMs + 1]))
		];
		const ranges: TimeRange[] = instants.flatMap((to) => [
			{ from: -Infinity, to },
			{ from: to - 86_400_000, to },
			{ from: to - 3_600_000, to }
		]);
		const byKey = new Map<string, typeof events>();
		for (const e of events)
			byKey.set(spotKey(e.coordinates), [...(byKey.get(spotKey(e.coordinates)) ?? []), e]);
		let checked = 0;
		for (const range of ranges) {
			for (const fadePast of [true, false]) {
				Object.assign(live, buildGlobalState(range, fadePast));
				for (const stack of data.stacks.features) {
					const members = byKey.get(spotKey(stack.geometry.coordinates as [number, number]))!;
					const drawn = members.filter((e) => isEventDrawn(e, range, fadePast)).length;
					const feature = { type: 1, properties: stack.properties } as never;
					expect(count.value.evaluate({ zoom: 10 }, feature)).toBe(drawn);
					checked++;
				}
			}
		}
		expect(checked).toBeGreaterThan(1000);
	});
});

describe('the density view', () => {
	it('shades exactly the events the dots draw, and is laid out only when shown', () => {
		// The dots are two layers, shown and faded, which split the drawn events between them
		// (tested in expressions.test.ts); the density shades them all.
		const points = buildAtlasLayers(1).filter((layer) => EVENT_POINT_LAYERS.includes(layer.id));
		expect(points).toHaveLength(2);
		const density = buildDensityLayer(false);
		expect(density.filter).toEqual(buildDrawnFilter());
		expect(density.layout).toEqual({ visibility: 'none' });
		expect(buildDensityLayer(true).layout).toEqual({ visibility: 'visible' });
	});
});
