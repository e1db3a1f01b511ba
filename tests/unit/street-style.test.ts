import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, VectorSourceSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { Theme } from '../../src/lib/domain/palette';
import type { StreetTiles } from '../../src/lib/map/map-sources';
import {
	formatAsOf,
	STREET_COLOURS,
	STREET_SOURCE,
	STREETS_FROM_ZOOM,
	streetAttribution
} from '../../src/lib/map/street-style';
import { BASEMAP_COLOURS, buildEmbeddedStyle, LABEL_FONT } from '../../src/lib/map/style';

const tiles: StreetTiles = {
	bounds: [2.2, 48.8, 2.5, 48.95],
	minZoom: 10,
	maxZoom: 14,
	asOf: '2021-08'
};

function buildStyle(theme: Theme, withStreets = true) {
	return buildEmbeddedStyle({
		basemapUrl: 'https://atlas.example/basemap/western-europe.geojson',
		tintedCountries: ['France'],
		places: { type: 'FeatureCollection', features: [] },
		theme,
		streets: withStreets
			? { archiveUrl: 'https://atlas.example/basemap/streets.pmtiles', tiles }
			: undefined
	});
}

const ids = (layers: LayerSpecification[]) => layers.map((layer) => layer.id);
const streetLayers = (layers: LayerSpecification[]) =>
	layers.filter((layer) => 'source' in layer && layer.source === STREET_SOURCE);

function luminance(hex: string): number {
	const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
	const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (high! + 0.05) / (low! + 0.05);
}

describe('the embedded style with the street archive', () => {
	for (const theme of ['light', 'dark'] as const) {
		it(`passes the style spec validator (${theme}), with no glyphs URL`, () => {
			const style = buildStyle(theme);
			expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
			expect(style.glyphs).toBeUndefined();
		});
	}

	it('reads the archive from this site through the pmtiles protocol, with the build’s zooms and bounds', () => {
		const source = buildStyle('light').sources[STREET_SOURCE] as VectorSourceSpecification;
		expect(source.tiles).toEqual([
			'pmtiles://https://atlas.example/basemap/streets.pmtiles/{z}/{x}/{y}'
		]);
		expect([source.minzoom, source.maxzoom]).toEqual([10, 14]);
		expect(source.bounds).toEqual(tiles.bounds);
	});

	it('credits OpenStreetMap and OpenMapTiles and says the streets are of 2021, not of the events', () => {
		const source = buildStyle('light').sources[STREET_SOURCE] as VectorSourceSpecification;
		expect(source.attribution).toBe(
			'© OpenStreetMap contributors, © OpenMapTiles. Streets as mapped in August 2021, not at the time of the events'
		);
		expect(streetAttribution(null)).toContain(
			'Streets as mapped today, not at the time of the events'
		);
		expect(formatAsOf('2021')).toBe('2021');
	});

	it('puts the streets above the Natural Earth ground and below the borders and place names', () => {
		const layers = buildStyle('light').layers;
		const order = ids(layers);
		const streets = ids(streetLayers(layers));
		expect(streets.length).toBeGreaterThan(5);
		const first = order.indexOf(streets[0]!);
		const last = order.indexOf(streets.at(-1)!);
		expect(order.slice(first, last + 1)).toEqual(streets);
		expect(first).toBeGreaterThan(order.indexOf('land'));
		expect(last).toBeLessThan(order.indexOf('border'));
		expect(last).toBeLessThan(order.indexOf('place-label'));
	});

	it('draws roads, rail and buildings only from zoom 12, and water from the archive’s first zoom', () => {
		const layers = streetLayers(buildStyle('light').layers);
		for (const layer of layers) {
			const sourceLayer = (layer as { 'source-layer': string })['source-layer'];
			const expected = ['water', 'waterway'].includes(sourceLayer)
				? tiles.minZoom
				: STREETS_FROM_ZOOM;
			expect(layer.minzoom, layer.id).toBeGreaterThanOrEqual(expected);
		}
	});

	it('stops Natural Earth’s rivers and lakes where the archive’s water starts', () => {
		const layers = buildStyle('light').layers;
		for (const id of ['river', 'lake']) {
			expect(layers.find((layer) => layer.id === id)?.maxzoom).toBe(tiles.minZoom);
		}
		const plain = buildStyle('light', false).layers;
		expect(plain.find((layer) => layer.id === 'river')?.maxzoom).toBeUndefined();
		expect(streetLayers(plain)).toEqual([]);
		expect(buildStyle('light', false).sources[STREET_SOURCE]).toBeUndefined();
	});

	it('labels streets along their lines in the self-hosted font, from name:latin', () => {
		const names = buildStyle('light').layers.find((layer) => layer.id === 'streets-road-name');
		expect(names?.type).toBe('symbol');
		const layout = (names as { layout: Record<string, unknown> }).layout;
		expect(layout['symbol-placement']).toBe('line');
		expect(layout['text-font']).toEqual(LABEL_FONT);
		expect(layout['text-field']).toEqual(['get', 'name:latin']);
	});

	for (const theme of ['light', 'dark'] as const) {
		it(`keeps the ground quiet and the names readable (${theme})`, () => {
			const c = STREET_COLOURS[theme];
			const land = BASEMAP_COLOURS[theme].land;
			for (const ground of [c.road, c.mainRoad, c.building, c.park, c.casing]) {
				expect(contrast(ground, land), ground).toBeLessThan(1.35);
			}
			expect(contrast(c.name, c.nameHalo)).toBeGreaterThanOrEqual(4.5);
		});
	}
});
