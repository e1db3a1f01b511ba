import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { buffer } from '@turf/buffer';
import { point } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
	formatValidationError,
	validateAtlas,
	type AtlasData
} from '../../src/lib/domain/data/validate';
import { readAtlasInput } from '../../src/lib/server/geodata';

// Quotes verbatim, known sources, resolving links and parents, times and zones: the validator
// enforces all of these, so the tests below check only facts about this data it cannot know.
const input = readAtlasInput('.');
const result = validateAtlas(input);

/** The validated data the tests below are about; without it they fail, pointing at `is valid`. */
function valid(): AtlasData {
	if (!result.ok) throw new Error('geodata/ is invalid: see the test "is valid" for the errors');
	return result.data;
}

/** Countries where this atlas's events may lie, as ISO 3166 numeric codes in world-atlas. */
const ALLOWED_COUNTRIES = { '056': 'Belgium', '250': 'France' };

function loadCountries(): Feature<Polygon | MultiPolygon>[] {
	const topology = JSON.parse(
		readFileSync('node_modules/world-atlas/countries-10m.json', 'utf8')
	) as Topology<{ countries: GeometryCollection }>;
	const all = feature(topology, topology.objects.countries).features;
	return all
		.filter((f) => String(f.id) in ALLOWED_COUNTRIES)
		.map((f) => buffer(f as Feature<Polygon | MultiPolygon>, 1, { units: 'kilometers' })!);
}

describe('geodata/', () => {
	it('is valid, every feature of events.geojson becoming an event', () => {
		expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([]);
		const features = (input.events as { features: unknown[] }).features;
		expect(features.length).toBeGreaterThan(0);
		expect(valid().events.length).toBe(features.length);
	});

	it('quotes every source at least once', () => {
		const { events, sources } = valid();
		const quoted = new Set(events.flatMap((e) => e.quotes.map((q) => q.source)));
		expect(sources.map((s) => s.id).filter((id) => !quoted.has(id))).toEqual([]);
	});

	it('places every point and route vertex in Belgium or France (1 km tolerance for coasts)', () => {
		const { events } = valid();
		const countries = loadCountries();
		const inside = ([lon, lat]: [number, number]) =>
			countries.some((c) => booleanPointInPolygon(point([lon, lat]), c));
		const outside = events.flatMap((e) =>
			[e.coordinates, ...(e.route ?? [])].filter((p) => !inside(p)).map((p) => `${e.id} ${p}`)
		);
		expect(outside).toEqual([]);
	});

	it('keeps the sources’ disagreement on the death toll of 13 November 2015 (132 vs 130)', () => {
		const { events } = valid();
		const killed = events.flatMap((e) =>
			e.figures.filter((f) => f.measure === 'killed').map((f) => [f.source, f.value])
		);
		expect(killed).toEqual(
			expect.arrayContaining([
				['000_024441ece85ae484', 132],
				['001_18e654ccdb3c1681', 130]
			])
		);
	});
});
