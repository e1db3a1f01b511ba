/**
 * Fixture tests in the style of Turf's own (`packages/turf-great-circle/test.ts`): every
 * `tests/fixtures/geo/<function>/in/<case>.geojson` is a FeatureCollection of event points whose
 * properties carry what the function reads (`id`, `links`, `place`, `route`, `claims`), and of
 * country outlines (polygons with a `country` name, for claims measured to a border); the function's
 * result, followed by the input points so the file shows both in any GeoJSON viewer, must equal
 * `out/<case>.geojson`. Coordinates are rounded to 6 decimals (about 0.1 m) with Turf's
 * `truncate`, so outputs do not churn on floating-point noise.
 *
 * After a deliberate change, rewrite the outputs and review the diff (or open them in a viewer):
 *
 *     REGEN=1 npx vitest run tests/unit/geo-fixtures.test.ts
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bboxPolygon } from '@turf/bbox-polygon';
import { featureCollection, lineString, point } from '@turf/helpers';
import { truncate } from '@turf/truncate';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../src/lib/domain/data/schema';
import { computeEventsBbox } from '../../src/lib/domain/geo/bbox';
import { buildPrecisionHalo } from '../../src/lib/domain/geo/halo';
import { buildLinkLines } from '../../src/lib/domain/geo/links';
import { assignLinkLanes } from '../../src/lib/domain/geo/link-lanes';
import { buildPlaceLabels } from '../../src/lib/domain/geo/place-labels';
import { measureBetween } from '../../src/lib/domain/geo/measure';
import { nearestBorderPoint, type CountryShapes } from '../../src/lib/domain/geo/border';
import { measureClaim, resolveClaimEnds } from '../../src/lib/domain/geo/measure-claim';
import { groupPlaces } from '../../src/lib/domain/geo/places';
import { buildClusterViews } from '../../src/lib/domain/geo/clusters';
import { spreadCoincidentEvents } from '../../src/lib/domain/geo/spiderfy';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/geo');
const REGEN = Boolean(process.env.REGEN);

/** What a fixture event may carry; each function reads only its part. */
type FixtureEvent = Pick<AtlasEvent, 'id' | 'coordinates' | 'links' | 'place' | 'route' | 'claims'>;
type FixtureProperties = Partial<Omit<FixtureEvent, 'coordinates'>> & Pick<FixtureEvent, 'id'>;

/** The function under test for each fixture folder, as features to write out. */
const SUBJECTS: Record<string, (events: FixtureEvent[], countries: CountryShapes) => Feature[]> = {
	buildLinkLines: (events) => buildLinkLines(events).features,
	assignLinkLanes: (events) => {
		const lines = buildLinkLines(events).features;
		const lanes = assignLinkLanes(lines);
		return lines.map((line, i) => ({
			...line,
			properties: { ...line.properties, lane: lanes[i] }
		}));
	},
	buildPrecisionHalo: (events) =>
		events.flatMap((event) => {
			const halo = buildPrecisionHalo(event);
			// The halo itself has no properties; name it so a viewer tells the rings apart.
			const properties = { id: event.id, precision: event.place.precision };
			return halo ? [{ ...halo, properties }] : [];
		}),
	computeEventsBbox: (events) => {
		const box = computeEventsBbox(events);
		// Turf sets the feature's `bbox` member to the box itself.
		return box ? [bboxPolygon(box)] : [];
	},
	buildPlaceLabels: (events) => buildPlaceLabels(events).features,
	groupPlaces: (events) =>
		groupPlaces(events).map(({ anchor, ...properties }) => point(anchor, properties)),
	// Each claim as the line between its two placed ends, carrying the measure and its verdict.
	measureClaim: (events, countries) => {
		const byId = new Map(events.map((e) => [e.id, e]));
		const places = new Map(groupPlaces(events).map((p) => [p.name, p]));
		return events.flatMap((event) =>
			event.claims.map((claim) => {
				const ends = resolveClaimEnds(claim, byId, places, countries);
				if (!ends) throw new Error(`${event.id}: a claim end is not in the fixture`);
				const [from, to] = ends;
				const measure = measureClaim(claim, from, to);
				return lineString([from.coordinates, to.coordinates], { claimOf: event.id, ...measure });
			})
		);
	},
	// From each event to the nearest point of each country's outline.
	nearestBorderPoint: (events, countries) =>
		events.flatMap((event) =>
			[...countries].map(([country, shape]) => {
				const border = nearestBorderPoint(event.coordinates, shape);
				return lineString([event.coordinates, border], { id: event.id, country });
			})
		),
	measureBetween: ([a, b]) => {
		if (!a || !b) throw new Error('measureBetween fixtures hold two events');
		return [measureBetween(a.coordinates, b.coordinates)];
	},
	// Each view as its box, named and counted, so a viewer shows what one click would frame.
	buildClusterViews: (events) =>
		buildClusterViews(events).map(({ bbox, id, name, kind, eventIds }) =>
			bboxPolygon(bbox, { properties: { id, name, kind, count: eventIds.length, eventIds } })
		),
	spreadCoincidentEvents: (events) =>
		[...spreadCoincidentEvents(events)].map(([id, coordinates]) => ({
			type: 'Feature' as const,
			geometry: { type: 'Point' as const, coordinates },
			properties: { id, spread: true }
		}))
};

function toEvent(feature: Feature<Point, FixtureProperties>): FixtureEvent {
	const { id, links = [], place, route, claims = [] } = feature.properties;
	const [lon, lat] = feature.geometry.coordinates;
	if (lon === undefined || lat === undefined) throw new Error(`${id}: a point needs [lon, lat]`);
	// `place` is only read by the functions whose fixtures give it.
	const placed = place as FixtureEvent['place'];
	return { id, coordinates: [lon, lat], links, place: placed, route, claims };
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/**
 * JSON with one feature property per line but each position, bbox or other list of numbers on
 * one line, so outputs stay short and their diffs readable.
 */
function formatJson(value: unknown): string {
	const numbers = /\[\s*(-?[\d.eE+-]+(?:,\s*-?[\d.eE+-]+)*)\s*\]/g;
	const text = JSON.stringify(value, null, '\t').replace(
		numbers,
		(_, list: string) =>
			`[${list
				.split(',')
				.map((n) => n.trim())
				.join(', ')}]`
	);
	return `${text}\n`;
}

const geojsonFiles = (dir: string) =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.geojson'))
				.sort()
		: [];

describe.each(Object.keys(SUBJECTS))('%s fixtures', (name) => {
	const subject = SUBJECTS[name]!;
	const inDir = path.join(ROOT, name, 'in');
	const outDir = path.join(ROOT, name, 'out');
	const cases = geojsonFiles(inDir);

	it('has input fixtures, and no output without its input', () => {
		expect(cases.length).toBeGreaterThan(0);
		expect(geojsonFiles(outDir).filter((file) => !cases.includes(file))).toEqual([]);
	});

	it.each(cases)('%s', (file) => {
		const input = readJson(path.join(inDir, file)) as FeatureCollection<
			Point | Polygon | MultiPolygon,
			FixtureProperties | { country: string }
		>;
		const events: FixtureEvent[] = [];
		const countries = new Map<string, Polygon | MultiPolygon>();
		for (const feature of input.features) {
			const { geometry, properties } = feature;
			if (geometry.type === 'Point') {
				events.push(toEvent({ ...feature, geometry } as Feature<Point, FixtureProperties>));
			} else if ('country' in properties) countries.set(properties.country, geometry);
		}
		const results = subject(events, countries);
		const rounded = truncate(featureCollection([...results, ...input.features]), {
			precision: 6,
			coordinates: 2
		});
		// Through JSON, as the file is: drops undefined members and turns -0 into 0.
		const actual: unknown = JSON.parse(JSON.stringify(rounded));
		const outFile = path.join(outDir, file);
		if (REGEN) {
			mkdirSync(outDir, { recursive: true });
			writeFileSync(outFile, formatJson(actual));
		}
		if (!existsSync(outFile)) throw new Error(`${outFile} is missing: run with REGEN=1`);
		expect(actual).toEqual(readJson(outFile));
	});
});
