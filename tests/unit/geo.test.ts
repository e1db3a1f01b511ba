/**
 * Properties the geo functions must have for any input; the worked examples (and what the output
 * looks like) are the fixtures in `tests/fixtures/geo/`, checked by geo-fixtures.test.ts.
 */
import { bboxPolygon } from '@turf/bbox-polygon';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import { point } from '@turf/helpers';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../src/lib/domain/data/schema';
import { LOCATION_PRECISIONS } from '../../src/lib/domain/data/vocabulary';
import { validateAtlas } from '../../src/lib/domain/data/validate';
import { computeEventsBbox } from '../../src/lib/domain/geo/bbox';
import { buildPrecisionHalo } from '../../src/lib/domain/geo/halo';
import { PRECISION_RADIUS_M } from '../../src/lib/domain/geo/precision';
import { buildLinkLines } from '../../src/lib/domain/geo/links';
import { buildPlaceLabels } from '../../src/lib/domain/geo/place-labels';
import { readAtlasInput } from '../../src/lib/server/geodata';

const result = validateAtlas(readAtlasInput('.'));
if (!result.ok) throw new Error('geodata/ is invalid');
const events = result.data.events;

/** A small deterministic generator (mulberry32), so the sampled places are the same every run. */
function seededRandom(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Places all over the world, within the latitudes a Web Mercator map shows. */
function samplePlaces(count: number, seed: number): [number, number][] {
	const random = seededRandom(seed);
	return Array.from({ length: count }, () => [
		Math.round((random() * 360 - 180) * 1e4) / 1e4,
		Math.round((random() * 160 - 80) * 1e4) / 1e4
	]);
}

/** Awkward places: on and beside the antimeridian, near the poles, at the origin. */
const EDGE_PLACES: [number, number][] = [
	[179.95, -16.8],
	[-179.98, -16.5],
	[180, 0],
	[-180, 10],
	[15.6356, 78.2232],
	[0, 89.5],
	[-60, -84],
	[0, 0]
];

describe('buildPrecisionHalo', () => {
	it('makes each precision wider than the one before, an address a bare point', () => {
		const radii = LOCATION_PRECISIONS.map((p) => PRECISION_RADIUS_M[p]);
		expect(radii[0]).toBe(0);
		expect(radii).toEqual([...radii].sort((a, b) => a - b));
		expect(new Set(radii).size).toBe(radii.length);
	});

	it('has, anywhere on Earth, the true ground radius of its precision within 1 %', () => {
		const misses: string[] = [];
		for (const centre of [...EDGE_PLACES, ...samplePlaces(40, 1)]) {
			for (const precision of LOCATION_PRECISIONS) {
				const place = { name: 'x', locality: 'x', country: 'XX', precision };
				const halo = buildPrecisionHalo({ coordinates: centre, place });
				if (precision === 'address') {
					if (halo !== null) misses.push(`${precision} at ${centre} has a halo`);
					continue;
				}
				const ring = halo?.geometry.coordinates[0] ?? [];
				if (ring.length < 64 || String(ring[0]) !== String(ring.at(-1))) {
					misses.push(`${precision} at ${centre}: ${ring.length} vertices, or not closed`);
				}
				for (const vertex of ring) {
					const metres = distance(centre, vertex, { units: 'meters' });
					const error = Math.abs(metres / PRECISION_RADIUS_M[precision] - 1);
					if (error > 0.01) misses.push(`${precision} at ${centre}: ${metres} m to ${vertex}`);
				}
			}
		}
		expect(misses).toEqual([]);
	});
});

describe('buildLinkLines', () => {
	const places = [...EDGE_PLACES, ...samplePlaces(60, 2)];
	// Every place linked to the next, plus pairs a few kilometres apart on either side of ±180°.
	const linked = places.map((coordinates, i) => ({
		id: `p${i}`,
		coordinates,
		links: [{ to: `p${(i + 1) % places.length}`, relation: 'related' as const }]
	}));
	const across: [number, number][][] = [
		[
			[179.95, -16.8],
			[-179.95, -16.8]
		],
		[
			[-179.99, 60.01],
			[179.99, 60]
		],
		[
			[180, 0],
			[-179.99, 0]
		],
		[
			[-180, 10],
			[179.99, 10]
		]
	];
	const near = across.flatMap(([a, b], i) => [
		{ id: `a${i}`, coordinates: a!, links: [{ to: `b${i}`, relation: 'related' as const }] },
		{ id: `b${i}`, coordinates: b!, links: [] }
	]);
	const all = [...linked, ...near];
	const byId = new Map(all.map((e) => [e.id, e]));
	const lines = buildLinkLines(all).features;
	const partsOf = (line: (typeof lines)[number]): Position[][] =>
		line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;

	it('draws one line per link', () => {
		expect(lines.length).toBe(linked.length + across.length);
	});

	it('starts at the declaring event and ends at the linked one', () => {
		for (const line of lines) {
			const coordinates = partsOf(line).flat();
			const [from, to] = [byId.get(line.properties.from)!, byId.get(line.properties.to)!];
			expect(distance(coordinates[0]!, from.coordinates, { units: 'meters' })).toBeLessThan(0.1);
			expect(distance(coordinates.at(-1)!, to.coordinates, { units: 'meters' })).toBeLessThan(0.1);
		}
	});

	it('keeps to the shortest path between its ends, splitting at ±180° rather than going round', () => {
		const strays: string[] = [];
		for (const line of lines) {
			const [from, to] = [byId.get(line.properties.from)!, byId.get(line.properties.to)!];
			const direct = distance(from.coordinates, to.coordinates);
			for (const part of partsOf(line)) {
				part.forEach((vertex, i) => {
					const via = distance(from.coordinates, vertex) + distance(vertex, to.coordinates);
					if (via - direct > 0.001 * direct + 0.001)
						strays.push(`${vertex} off ${from.id}>${to.id}`);
					const next = part[i + 1];
					if (next && Math.abs(next[0]! - vertex[0]!) > 180) {
						strays.push(`${from.id}>${to.id} jumps from ${vertex} to ${next}`);
					}
				});
			}
		}
		expect(strays).toEqual([]);
	});

	it('splits only at the antimeridian, each part ending where the next begins', () => {
		const multi = lines.filter((line) => line.geometry.type === 'MultiLineString');
		const from = (id: string) => lines.find((line) => line.properties.from === id)!.geometry;
		// Across ±180°, short or long; a link from a point on ±180° itself needs no split.
		expect([from('a0').type, from('a1').type]).toEqual(['MultiLineString', 'MultiLineString']);
		expect(from('a2')).toEqual({
			type: 'LineString',
			coordinates: [
				[-180, 0],
				[-179.99, 0]
			]
		});
		expect(from('a3')).toEqual({
			type: 'LineString',
			coordinates: [
				[180, 10],
				[179.99, 10]
			]
		});
		expect(multi.length).toBeGreaterThan(2);
		for (const line of multi) {
			const parts = partsOf(line);
			for (const [i, part] of parts.slice(1).entries()) {
				const [end, start] = [parts[i]!.at(-1)!, part[0]!];
				expect(Math.abs(end[0]!)).toBe(180);
				expect(start[0]).toBe(-end[0]!);
				expect(start[1]).toBe(end[1]);
			}
		}
	});
});

describe('computeEventsBbox', () => {
	it('is null without events', () => {
		expect(computeEventsBbox([])).toBeNull();
	});

	it('is the tightest box around every event point and route vertex of the real data', () => {
		const positions = events.flatMap((e) => [e.coordinates, ...(e.route ?? [])]);
		const [west, south, east, north] = computeEventsBbox(events)!;
		const area = bboxPolygon([west, south, east, north]);
		for (const position of positions) {
			expect(booleanPointInPolygon(point(position), area)).toBe(true);
		}
		expect(positions.map(([lon]) => lon)).toEqual(expect.arrayContaining([west, east]));
		expect(positions.map(([, lat]) => lat)).toEqual(expect.arrayContaining([south, north]));
	});
});

describe('buildPlaceLabels', () => {
	it('labels every locality the real data names once, within its events', () => {
		const localities = new Set(events.map((e) => e.place.locality));
		const labels = buildPlaceLabels(events).features;
		expect(new Set(labels.map((l) => l.properties.name))).toEqual(localities);
		expect(labels).toHaveLength(localities.size);
		for (const label of labels) {
			const own: AtlasEvent[] = events.filter((e) => e.place.locality === label.properties.name);
			expect(label.properties.events).toBe(own.length);
			const area = bboxPolygon(computeEventsBbox(own)!);
			expect(booleanPointInPolygon(point(label.geometry.coordinates), area)).toBe(true);
		}
	});
});
