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
import { buildAtlasLayers, SOURCE_IDS } from '../../src/lib/map/layers';
import { buildPmtilesStyle } from '../../src/lib/map/pmtiles';
import { buildEmbeddedStyle } from '../../src/lib/map/style';
import { readAtlasInput } from '../../src/lib/server/geodata';

/**
 * Everything the adapter in src/lib/map calls on MapLibre, so that an upgrade that renames or
 * drops one fails here, loudly, rather than as a blank map in a reader's browser. maplibre-gl's
 * ESM bundle imports in Node without a DOM (it only touches `window` when a Map is built), so
 * the real prototypes are checked, not a copy of the type declarations.
 */
const USED = {
	module: ['Map', 'Popup', 'LngLatBounds', 'addProtocol', 'setWorkerUrl'],
	map: [
		'addImage',
		'addLayer',
		'addSource',
		'flyTo',
		'getBounds',
		'getCanvas',
		'getCenter',
		'getLayer',
		'getSource',
		'getZoom',
		'hasImage',
		'jumpTo',
		'off',
		'on',
		'once',
		'queryRenderedFeatures',
		'remove',
		'removeLayer',
		'setGlobalStateProperty',
		'setStyle',
		'triggerRepaint'
	],
	popup: ['addTo', 'on', 'remove', 'setDOMContent', 'setLngLat'],
	bounds: ['getEast', 'getNorth', 'getSouth', 'getWest']
} as const;

const MAP_DIR = 'src/lib/map';

/** Variable names the adapter uses for a Map and for a Popup; the scan below relies on them. */
const MAP_NAMES = ['map', 'target', 'created'];
const POPUP_NAMES = ['popup', 'newPopup', 'shown'];

function scanCalls(names: readonly string[]): Set<string> {
	const pattern = new RegExp(`\\b(?:${names.join('|')})\\??\\.([A-Za-z_]\\w*)\\s*\\(`, 'g');
	const called = new Set<string>();
	for (const file of readdirSync(MAP_DIR)) {
		if (!/\.(ts|svelte)$/.test(file)) continue;
		const text = readFileSync(join(MAP_DIR, file), 'utf8');
		for (const match of text.matchAll(pattern)) called.add(match[1] as string);
	}
	return called;
}

function missing(prototype: object, methods: readonly string[]): string[] {
	return methods.filter((m) => typeof (prototype as Record<string, unknown>)[m] !== 'function');
}

describe('MapLibre contract', () => {
	it('exports the classes and functions the adapter uses', () => {
		const exported = maplibre as unknown as Record<string, unknown>;
		expect(USED.module.filter((name) => typeof exported[name] !== 'function')).toEqual([]);
	});

	it('has every Map method the adapter calls', () => {
		expect(missing(maplibre.Map.prototype, USED.map)).toEqual([]);
	});

	it('has every Popup method the adapter calls', () => {
		// Some Popup methods (remove) are bound in the constructor, not on the prototype.
		expect(missing(new maplibre.Popup(), USED.popup)).toEqual([]);
	});

	it('has the LngLatBounds getters used to publish the visible area', () => {
		expect(missing(maplibre.LngLatBounds.prototype, USED.bounds)).toEqual([]);
	});

	it('lists every Map and Popup method called in src/lib/map, so the list cannot go stale', () => {
		const unlisted = [
			...[...scanCalls(MAP_NAMES)].filter((m) => !(USED.map as readonly string[]).includes(m)),
			...[...scanCalls(POPUP_NAMES)].filter((m) => !(USED.popup as readonly string[]).includes(m))
		];
		expect(unlisted).toEqual([]);
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

	it('the event overlay, with its four sources', () => {
		const data = buildMapData(events);
		const sources = Object.fromEntries(
			Object.entries(SOURCE_IDS).map(([key, id]) => [
				id,
				{ type: 'geojson' as const, data: data[key as keyof typeof data] }
			])
		);
		const layers = buildAtlasLayers(countHaloIntervals(data)) as StyleSpecification['layers'];
		expect(messages({ version: 8, sources, layers })).toEqual([]);
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
