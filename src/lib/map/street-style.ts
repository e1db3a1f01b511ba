import type {
	DataDrivenPropertyValueSpecification,
	ExpressionSpecification,
	LayerSpecification,
	VectorSourceSpecification
} from 'maplibre-gl';
import type { Theme } from '$lib/domain/palette';
import type { StreetTiles } from './map-sources';
import { LABEL_FONT } from './style';

/**
 * The street basemap: the build's own PMTiles archive of OpenStreetMap tiles (OpenMapTiles
 * schema, filtered by scripts/streets), drawn under the events from zoom 12, where Natural Earth
 * has nothing left to say. Quiet on purpose: the streets are the ground, the events the figure.
 */

/** The style's source id for the street archive. */
export const STREET_SOURCE = 'streets';

/** Below this zoom the map is Natural Earth; from it, the streets. */
export const STREETS_FROM_ZOOM = 12;

/** Where the street tiles come from and what they say about themselves. */
export interface StreetStyleOptions {
	/** Absolute URL of the archive (same origin), read through the `pmtiles://` protocol. */
	archiveUrl: string;
	tiles: StreetTiles;
}

/** The colours per theme: a few steps off the land colour of BASEMAP_COLOURS, no more. */
export const STREET_COLOURS = {
	light: {
		water: '#d5e4ec',
		waterLine: '#b9d0dc',
		park: '#e4eadb',
		cemetery: '#e7e6df',
		aeroway: '#e9e6df',
		building: '#e8e3da',
		buildingOutline: '#ddd6cb',
		road: '#ffffff',
		mainRoad: '#fdfbf6',
		casing: '#dcd6cb',
		rail: '#c8c2b7',
		waterName: '#5f7f91',
		name: '#6e695f',
		nameHalo: '#f8f7f3'
	},
	dark: {
		water: '#111820',
		waterLine: '#1d2d3a',
		park: '#1f2622',
		cemetery: '#212326',
		aeroway: '#222427',
		building: '#25282c',
		buildingOutline: '#2c3035',
		road: '#2e3237',
		mainRoad: '#32353a',
		casing: '#15171a',
		rail: '#3d4147',
		waterName: '#6f8ea0',
		name: '#9c9c98',
		nameHalo: '#1d2024'
	}
} as const satisfies Record<Theme, Record<string, string>>;

/**
 * "© OpenStreetMap contributors, © OpenMapTiles", as the licence (ODbL) and the schema ask, and
 * the streets' date: a reader must not take a 2021 street for one of 2015.
 */
export function streetAttribution(asOf: string | null): string {
	const when = asOf ? `as mapped in ${formatAsOf(asOf)}` : 'as mapped today';
	return `© OpenStreetMap contributors, © OpenMapTiles. Streets ${when}, not at the time of the events`;
}

/** "2021-08" → "August 2021"; "2021" stays; anything else is shown as given. */
export function formatAsOf(asOf: string): string {
	const match = /^(\d{4})-(\d{2})$/.exec(asOf);
	if (!match) return asOf;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
	return date.toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function buildStreetSource(options: StreetStyleOptions): VectorSourceSpecification {
	const { tiles } = options;
	return {
		type: 'vector',
		// Tile URLs straight into the archive: the zooms and bounds are known from the build, so
		// no TileJSON round trip is needed before the first tile.
		tiles: [`pmtiles://${options.archiveUrl}/{z}/{x}/{y}`],
		minzoom: tiles.minZoom,
		maxzoom: tiles.maxZoom,
		bounds: tiles.bounds as [number, number, number, number],
		attribution: streetAttribution(tiles.asOf)
	};
}

const classIs = (...classes: string[]): ExpressionSpecification => [
	'in',
	['get', 'class'],
	['literal', classes]
];

type Widths = Record<'main' | 'tertiary' | 'minor' | 'path', number>;

/** A road's width in pixels by class, interpolated between the given zooms. */
function roadWidth(stops: [number, Widths][]): DataDrivenPropertyValueSpecification<number> {
	const byClass = (w: Widths): ExpressionSpecification => [
		'match',
		['get', 'class'],
		['motorway', 'trunk', 'primary', 'secondary'],
		w.main,
		'tertiary',
		w.tertiary,
		['minor'],
		w.minor,
		w.path
	];
	return [
		'interpolate',
		['exponential', 1.6],
		['zoom'],
		...stops.flatMap(([zoom, widths]) => [zoom, byClass(widths)])
	] as ExpressionSpecification;
}

const ROAD_WIDTH = roadWidth([
	[12, { main: 1.2, tertiary: 0.6, minor: 0.3, path: 0.3 }],
	[15, { main: 5, tertiary: 3.5, minor: 2.5, path: 1 }],
	[18, { main: 22, tertiary: 16, minor: 11, path: 3 }]
]);
const CASING_WIDTH = roadWidth([
	[12, { main: 2, tertiary: 1.2, minor: 0.6, path: 0.3 }],
	[15, { main: 6.5, tertiary: 5, minor: 3.8, path: 1 }],
	[18, { main: 25, tertiary: 19, minor: 14, path: 3 }]
]);
/** Wider roads on top where they cross narrower ones. */
const ROAD_ORDER: ExpressionSpecification = [
	'match',
	['get', 'class'],
	['motorway', 'trunk'],
	4,
	['primary', 'secondary'],
	3,
	'tertiary',
	2,
	1
];
const RAIL_CLASSES = ['rail', 'light_rail', 'tram'];
const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];

/**
 * The street layers, bottom to top, to sit between the Natural Earth ground and the place names
 * (and so under every event layer, which the atlas adds above the whole style).
 */
export function buildStreetLayers(theme: Theme, tiles: StreetTiles): LayerSpecification[] {
	const c = STREET_COLOURS[theme];
	const source = { source: STREET_SOURCE } as const;
	const from = STREETS_FROM_ZOOM;
	const road = ['!', classIs(...RAIL_CLASSES)] as ExpressionSpecification;
	return [
		{
			id: 'streets-park',
			type: 'fill',
			...source,
			'source-layer': 'landcover',
			minzoom: from,
			paint: { 'fill-color': c.park }
		},
		{
			id: 'streets-park-area',
			type: 'fill',
			...source,
			'source-layer': 'park',
			minzoom: from,
			paint: { 'fill-color': c.park, 'fill-opacity': 0.6 }
		},
		{
			id: 'streets-cemetery',
			type: 'fill',
			...source,
			'source-layer': 'landuse',
			minzoom: from,
			paint: { 'fill-color': c.cemetery }
		},
		{
			id: 'streets-aeroway',
			type: 'fill',
			...source,
			'source-layer': 'aeroway',
			minzoom: from,
			filter: isPolygon,
			paint: { 'fill-color': c.aeroway }
		},
		// Water from the archive's first zoom: at 10–11 it replaces Natural Earth's rivers, which
		// are too simplified for a city (see buildEmbeddedStyle).
		{
			id: 'streets-water',
			type: 'fill',
			...source,
			'source-layer': 'water',
			minzoom: tiles.minZoom,
			paint: { 'fill-color': c.water }
		},
		{
			id: 'streets-waterway',
			type: 'line',
			...source,
			'source-layer': 'waterway',
			minzoom: tiles.minZoom,
			filter: ['!=', ['get', 'brunnel'], 'tunnel'],
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				// A river's centre line would stripe its own water polygon at city zooms: there it
				// takes the water's colour, and only canals and narrow streams show as lines.
				'line-color': [
					'step',
					['zoom'],
					c.waterLine,
					STREETS_FROM_ZOOM,
					['match', ['get', 'class'], 'river', c.water, c.waterLine]
				],
				'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.8, 15, 3, 18, 8]
			}
		},
		// A covered canal (the Canal Saint-Martin under the boulevards, say) runs on underground:
		// drawn dashed and faint, so a reader sees where it goes without taking it for open water.
		{
			id: 'streets-waterway-covered',
			type: 'line',
			...source,
			'source-layer': 'waterway',
			minzoom: from,
			filter: ['==', ['get', 'brunnel'], 'tunnel'],
			paint: {
				'line-color': c.waterLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 12, 1, 15, 2.5, 18, 6],
				'line-dasharray': [2, 1.5]
			}
		},
		{
			id: 'streets-building',
			type: 'fill',
			...source,
			'source-layer': 'building',
			minzoom: 14.5,
			paint: {
				'fill-color': c.building,
				'fill-outline-color': c.buildingOutline,
				'fill-opacity': ['interpolate', ['linear'], ['zoom'], 14.5, 0, 15.5, 1]
			}
		},
		{
			id: 'streets-road-casing',
			type: 'line',
			...source,
			'source-layer': 'transportation',
			minzoom: from,
			filter: road,
			layout: { 'line-cap': 'round', 'line-join': 'round', 'line-sort-key': ROAD_ORDER },
			paint: { 'line-color': c.casing, 'line-width': CASING_WIDTH }
		},
		{
			id: 'streets-rail',
			type: 'line',
			...source,
			'source-layer': 'transportation',
			minzoom: from,
			filter: classIs(...RAIL_CLASSES),
			paint: {
				'line-color': c.rail,
				'line-width': ['interpolate', ['linear'], ['zoom'], 12, 0.6, 16, 1.6],
				'line-dasharray': [3, 2]
			}
		},
		{
			id: 'streets-road',
			type: 'line',
			...source,
			'source-layer': 'transportation',
			minzoom: from,
			filter: road,
			layout: { 'line-cap': 'round', 'line-join': 'round', 'line-sort-key': ROAD_ORDER },
			paint: {
				'line-color': [
					'case',
					classIs('motorway', 'trunk', 'primary', 'secondary'),
					c.mainRoad,
					c.road
				],
				'line-width': ROAD_WIDTH
			}
		},
		{
			id: 'streets-waterway-name',
			type: 'symbol',
			...source,
			'source-layer': 'waterway',
			minzoom: 14,
			filter: ['has', 'name:latin'],
			layout: {
				'symbol-placement': 'line',
				'text-field': ['get', 'name:latin'],
				'text-font': LABEL_FONT,
				'text-size': 11,
				'text-letter-spacing': 0.05
			},
			paint: { 'text-color': c.waterName, 'text-halo-color': c.nameHalo, 'text-halo-width': 1.2 }
		},
		{
			id: 'streets-road-name',
			type: 'symbol',
			...source,
			'source-layer': 'transportation_name',
			minzoom: 14,
			layout: {
				'symbol-placement': 'line',
				'text-field': ['get', 'name:latin'],
				'text-font': LABEL_FONT,
				'text-size': ['interpolate', ['linear'], ['zoom'], 14, 10, 17, 13],
				'text-max-angle': 30,
				'symbol-spacing': 300
			},
			paint: { 'text-color': c.name, 'text-halo-color': c.nameHalo, 'text-halo-width': 1.4 }
		}
	];
}
