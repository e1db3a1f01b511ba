import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExpression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import * as maplibre from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildPlaceLabels } from '../../src/lib/domain/geo/place-labels';
import { validateAtlas } from '../../src/lib/domain/data/validate';
import { readBasemapConfig } from '../../src/lib/map/config';
import { buildMapData, countHaloIntervals } from '../../src/lib/map/features';
import { toRouteFeatures } from '../../src/lib/map/event-features';
import { EVERY_ZOOM, overviewZooms } from '../../src/lib/domain/geo/overview-zoom';
import { buildFocusFeatures, indexLinkLines } from '../../src/lib/map/focus';
import { buildAtlasLayers, FOCUS_SOURCE_IDS, SOURCE_IDS } from '../../src/lib/map/layers';
import {
	BOUNDS_METHODS,
	GEOJSON_SOURCE_METHODS,
	LIBRARY_EXPORTS,
	MAP_METHODS,
	POPUP_METHODS
} from '../../src/lib/map/maplibre-surface';
import { buildPmtilesStyle } from '../../src/lib/map/pmtiles';
import { buildEmbeddedStyle } from '../../src/lib/map/style';
import { readAtlasInput } from '../../src/lib/server/geodata';

const MAP_DIR = 'src/lib/map';

function missing(target: object, methods: readonly string[]): string[] {
	return methods.filter((m) => typeof (target as Record<string, unknown>)[m] !== 'function');
}

/**
 * The atlas holds MapLibre through the narrowed types of maplibre-surface.ts, so the compiler
 * refuses any call not listed there; these tests check each listed name against the real
 * MapLibre (its ESM bundle imports in Node without a DOM until a Map is built).
 */
describe('MapLibre contract', () => {
	it('exports the classes and functions the adapter uses', () => {
		expect(missing(maplibre, LIBRARY_EXPORTS)).toEqual([]);
	});

	it('has every Map method the adapter calls', () => {
		expect(missing(maplibre.Map.prototype, MAP_METHODS)).toEqual([]);
	});

	it('has every Popup method the adapter calls', () => {
		// Some Popup methods (remove) are bound in the constructor, not on the prototype.
		expect(missing(new maplibre.Popup(), POPUP_METHODS)).toEqual([]);
	});

	it('has the LngLatBounds getters used to publish the visible area', () => {
		expect(missing(maplibre.LngLatBounds.prototype, BOUNDS_METHODS)).toEqual([]);
	});

	it('has the GeoJSON source method used to swap a dataset', () => {
		expect(missing(maplibre.GeoJSONSource.prototype, GEOJSON_SOURCE_METHODS)).toEqual([]);
	});

	it('is reached only through the narrowed types: no file imports MapLibre’s Map type itself', () => {
		const offenders = readdirSync(MAP_DIR).filter((file) => {
			if (file === 'maplibre-surface.ts' || !/\.(ts|svelte)$/.test(file)) return false;
			const imports = readFileSync(join(MAP_DIR, file), 'utf8').match(
				/import[^;]*from 'maplibre-gl'/g
			);
			return (imports ?? []).some((line) => /\b(Map|Popup|GeoJSONSource)\b/.test(line));
		});
		expect(offenders).toEqual([]);
	});

	it('parses global-state expressions', () => {
		expect(createExpression(['global-state', 'from'], 'test').result).toBe('success');
	});
});

describe('styles the adapter builds pass the style spec validator', () => {
	const result = validateAtlas(readAtlasInput('.'));
	if (!result.ok) throw new Error('geodata/ is invalid');
	const events = result.data.events;
	const messages = (style: StyleSpecification) => validateStyleMin(style).map((e) => e.message);

	it('the embedded basemap style', () => {
		const style = buildEmbeddedStyle({
			basemapUrl: 'https://atlas.example/basemap/western-europe.geojson',
			tintedCountries: ['Belgium', 'France'],
			places: buildPlaceLabels(events)
		});
		expect(messages(style)).toEqual([]);
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
	});

	it('the event overlay, with its dataset and focus sources', () => {
		const data = buildMapData(events);
		const focus = {
			rings: buildFocusFeatures({ selected: events[0], hovered: events[1] }),
			links: indexLinkLines(data.links)(data.links.features[0]!.properties.from),
			route: { type: 'FeatureCollection' as const, features: events.flatMap(toRouteFeatures) }
		};
		expect(focus.route.features.length).toBeGreaterThan(0);
		const sources = Object.fromEntries([
			...Object.entries(SOURCE_IDS).map(([key, id]) => [
				id,
				{ type: 'geojson' as const, data: data[key as keyof typeof SOURCE_IDS] }
			]),
			...Object.entries(FOCUS_SOURCE_IDS).map(([key, id]) => [
				id,
				{ type: 'geojson' as const, data: focus[key as keyof typeof FOCUS_SOURCE_IDS] }
			])
		]);
		// As a small atlas draws them, and as a large one does, holding every kind it can back.
		for (const zooms of [EVERY_ZOOM, overviewZooms({ halos: 1e4, linkLines: 1e4, routes: 1e4 })]) {
			const layers = buildAtlasLayers(countHaloIntervals(data), 'light', zooms);
			expect(
				messages({ version: 8, sources, layers: layers as StyleSpecification['layers'] })
			).toEqual([]);
		}
	});

	for (const raster of [true, false]) {
		it(`the ${raster ? 'raster' : 'vector'} PMTiles style`, () => {
			const style = buildPmtilesStyle({
				sourceUrl: 'pmtiles://https://atlas.example/a.pmtiles',
				raster
			});
			expect(messages(style)).toEqual([]);
		});
	}
});

describe('the deployment contract: PUBLIC_MAP_STYLE_URL and PUBLIC_PMTILES_URL', () => {
	const page = 'https://atlas.example/embed?event=x';

	it('uses the embedded basemap when neither is set', () => {
		expect(readBasemapConfig({}, page)).toEqual({ choice: { kind: 'embedded' }, problem: null });
	});

	it('resolves a relative style URL against the page', () => {
		expect(readBasemapConfig({ PUBLIC_MAP_STYLE_URL: '/styles/detail.json' }, page).choice).toEqual(
			{
				kind: 'style',
				url: 'https://atlas.example/styles/detail.json',
				pmtilesUrl: undefined
			}
		);
	});

	it('reads a PMTiles archive alone, or registers it for a style that names it', () => {
		const archive = { PUBLIC_PMTILES_URL: 'https://tiles.example/europe.pmtiles' };
		expect(readBasemapConfig(archive, page).choice).toEqual({
			kind: 'pmtiles',
			url: 'https://tiles.example/europe.pmtiles'
		});
		const both = { ...archive, PUBLIC_MAP_STYLE_URL: 'https://tiles.example/style.json' };
		expect(readBasemapConfig(both, page).choice).toMatchObject({
			kind: 'style',
			pmtilesUrl: 'https://tiles.example/europe.pmtiles'
		});
	});

	it('reports a value that is not a URL and falls back to the embedded basemap', () => {
		const config = readBasemapConfig({ PUBLIC_PMTILES_URL: 'http://[broken' }, page);
		expect(config.choice).toEqual({ kind: 'embedded' });
		expect(config.problem).toMatch(/PUBLIC_PMTILES_URL/);
	});
});
