import { booleanPointInPolygon, buffer, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../src/lib/domain/data/quotes';
import { validateAtlas } from '../../src/lib/domain/data/validate';
import { readAtlasInput } from '../../src/lib/server/geodata';

const result = validateAtlas(readAtlasInput('.'));
if (!result.ok) throw new Error(`geodata/ is invalid:\n${JSON.stringify(result.errors, null, 2)}`);
const { events, sources, texts } = result.data;

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
	it('is valid', () => {
		expect(events.length).toBeGreaterThan(0);
	});

	it('quotes every source verbatim', () => {
		for (const event of events) {
			for (const quote of event.quotes) {
				expect(
					locateQuote(texts[quote.source] ?? '', quote.text),
					`${event.id}: ${quote.text}`
				).not.toBeNull();
			}
		}
	});

	it('quotes every source at least once', () => {
		const quoted = new Set(events.flatMap((e) => e.quotes.map((q) => q.source)));
		expect(sources.map((s) => s.id).filter((id) => !quoted.has(id))).toEqual([]);
	});

	it('places every point and route vertex in Belgium or France (1 km tolerance for coasts)', () => {
		const countries = loadCountries();
		const inside = ([lon, lat]: [number, number]) =>
			countries.some((c) => booleanPointInPolygon(point([lon, lat]), c));
		const outside = events.flatMap((e) =>
			[e.coordinates, ...(e.route ?? [])].filter((p) => !inside(p)).map((p) => `${e.id} ${p}`)
		);
		expect(outside).toEqual([]);
	});

	it('resolves every link and parent to another event', () => {
		const ids = new Set(events.map((e) => e.id));
		const dangling = events.flatMap((e) =>
			[...e.links.map((l) => l.to), ...(e.parent ? [e.parent] : [])].filter(
				(id) => !ids.has(id) || id === e.id
			)
		);
		expect(dangling).toEqual([]);
	});

	it('keeps the sources’ disagreement on the death toll of 13 November 2015 (132 vs 130)', () => {
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
