import { booleanPointInPolygon, bboxPolygon, distance, point } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import {
	buildLinkLines,
	buildPlaceLabels,
	buildPrecisionHalo,
	computeEventsBbox,
	PRECISION_RADIUS_M
} from '../../src/lib/domain/geo/geometry';
import type { AtlasEvent, EventLink, LocationPrecision } from '../../src/lib/domain/data/schema';
import { validateAtlas } from '../../src/lib/domain/data/validate';
import { readAtlasInput } from '../../src/lib/server/geodata';

type GeoEvent = Pick<AtlasEvent, 'id' | 'coordinates' | 'links' | 'place' | 'route'>;

function makeEvent(
	id: string,
	coordinates: [number, number],
	precision: LocationPrecision = 'address',
	locality = 'Paris',
	links: EventLink[] = []
): GeoEvent {
	return {
		id,
		coordinates,
		links,
		place: { name: id, locality, country: 'FR', precision }
	};
}

const link = (to: string): EventLink => ({ to, relation: 'related' });

describe('buildPrecisionHalo', () => {
	it('draws nothing for an exact address', () => {
		expect(buildPrecisionHalo(makeEvent('a', [2.37, 48.86], 'address'))).toBeNull();
	});

	for (const precision of ['street', 'district', 'city', 'region'] as const) {
		it(`gives a ${precision} point a halo of its true ground radius`, () => {
			const centre: [number, number] = [4.338, 50.8556];
			const halo = buildPrecisionHalo(makeEvent('a', centre, precision));
			const ring = halo?.geometry.coordinates[0] ?? [];
			expect(ring.length).toBeGreaterThan(32);
			for (const vertex of ring) {
				const metres = distance(centre, vertex, { units: 'meters' });
				expect(metres).toBeCloseTo(PRECISION_RADIUS_M[precision], -1);
			}
		});
	}

	it('makes each precision wider than the one before', () => {
		const radii = (['address', 'street', 'district', 'city', 'region'] as const).map(
			(p) => PRECISION_RADIUS_M[p]
		);
		expect(radii).toEqual([...radii].sort((a, b) => a - b));
		expect(new Set(radii).size).toBe(radii.length);
	});
});

describe('computeEventsBbox', () => {
	it('is null without events', () => {
		expect(computeEventsBbox([])).toBeNull();
	});

	it('contains every event point and route vertex', () => {
		const events: GeoEvent[] = [
			makeEvent('a', [2.35, 48.85]),
			{
				...makeEvent('b', [4.34, 50.85]),
				route: [
					[4.34, 50.85],
					[5.86, 50.59]
				]
			}
		];
		expect(computeEventsBbox(events)).toEqual([2.35, 48.85, 5.86, 50.85]);
	});
});

describe('buildLinkLines', () => {
	it('joins the two events of a link, from the declaring one', () => {
		const events = [
			makeEvent('a', [2.37, 48.86], 'address', 'Paris', [link('b')]),
			makeEvent('b', [2.36, 48.92])
		];
		const [line, ...rest] = buildLinkLines(events).features;
		expect(rest).toEqual([]);
		expect(line?.properties).toEqual({ from: 'a', to: 'b', relation: 'related' });
		expect(line?.geometry.coordinates).toEqual([
			[2.37, 48.86],
			[2.36, 48.92]
		]);
	});

	it('follows the great circle between distant places, ending at both events', () => {
		const events = [
			makeEvent('a', [2.35, 48.86], 'city', 'Paris', [link('b')]),
			makeEvent('b', [4.34, 50.86])
		];
		const coordinates = buildLinkLines(events).features[0]?.geometry.coordinates ?? [];
		expect(coordinates.length).toBeGreaterThan(2);
		expect(coordinates[0]).toEqual([2.35, 48.86]);
		expect(coordinates.at(-1)?.[0]).toBeCloseTo(4.34, 6);
		expect(coordinates.at(-1)?.[1]).toBeCloseTo(50.86, 6);
	});

	it('drops links between events at the same point, to unknown ids, and reverse duplicates', () => {
		const events = [
			makeEvent('a', [2.35, 48.86], 'city', 'Paris', [link('b'), link('c'), link('missing')]),
			makeEvent('b', [2.35, 48.86], 'city'),
			makeEvent('c', [2.42, 48.86], 'district', 'Montreuil', [link('a')])
		];
		const lines = buildLinkLines(events).features.map(
			(f) => `${f.properties.from}>${f.properties.to}`
		);
		expect(lines).toEqual(['a>c']);
	});
});

describe('buildPlaceLabels', () => {
	it('labels each locality once, at the centroid of its district- or city-level points', () => {
		const events = [
			makeEvent('a', [4.3, 50.8], 'district', 'Molenbeek-Saint-Jean'),
			makeEvent('b', [4.4, 50.9], 'district', 'Molenbeek-Saint-Jean'),
			makeEvent('c', [4.0, 51.0], 'address', 'Molenbeek-Saint-Jean')
		];
		const [label, ...rest] = buildPlaceLabels(events).features;
		expect(rest).toEqual([]);
		expect(label?.properties).toEqual({ name: 'Molenbeek-Saint-Jean', events: 3 });
		expect(label?.geometry.coordinates[0]).toBeCloseTo(4.35, 9);
		expect(label?.geometry.coordinates[1]).toBeCloseTo(50.85, 9);
	});

	it('falls back to all the points of a locality known only to the address', () => {
		const events = [
			makeEvent('a', [2.36, 48.92], 'street', 'Saint-Denis'),
			makeEvent('b', [2.358, 48.934], 'street', 'Saint-Denis')
		];
		const [label] = buildPlaceLabels(events).features;
		expect(label?.geometry.coordinates[0]).toBeCloseTo(2.359, 9);
	});

	it('labels every locality the real data names, and nothing else', () => {
		const result = validateAtlas(readAtlasInput('.'));
		if (!result.ok) throw new Error('geodata/ is invalid');
		const localities = new Set(result.data.events.map((e) => e.place.locality));
		const labels = buildPlaceLabels(result.data.events).features;
		expect(new Set(labels.map((l) => l.properties.name))).toEqual(localities);
		expect(labels).toHaveLength(localities.size);
		const area = bboxPolygon(computeEventsBbox(result.data.events)!);
		for (const label of labels)
			expect(booleanPointInPolygon(point(label.geometry.coordinates), area)).toBe(true);
	});
});
