import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { PlaceLabelProperties } from '$lib/domain/geo/place-labels';
import type { Theme } from '$lib/domain/palette';
import {
	buildStreetLayers,
	buildStreetSource,
	STREET_SOURCE,
	type StreetStyleOptions
} from './street-style';

/** Shown in the attribution control whenever the embedded basemap is on screen. */
export const BASEMAP_ATTRIBUTION = 'Basemap: Natural Earth (public domain)';

/**
 * Font stack for every label the atlas draws. The style has no `glyphs` URL, so MapLibre draws
 * glyphs with this CSS family, which the layout self-hosts (@fontsource/noto-sans): no font
 * request leaves the origin. Only a regular weight: MapLibre sniffs weights from the name.
 */
export const LABEL_FONT = ['Noto Sans'];

/**
 * The basemap's colours per theme. Both keep the ground quiet so the events stay the figure:
 * the light one pale, the dark one a low-contrast charcoal (for hosts with a dark page) on which
 * the events' colours and their light outline (EVENT_INK in palette.ts) stand out. The sea is
 * also the map box's colour before the map draws (`--map-ground` in app.css).
 */
export const BASEMAP_COLOURS = {
	light: {
		sea: '#d5e4ec',
		land: '#f3f1ec',
		/** Countries where events happen, tinted just enough to stand out from their neighbours. */
		tinted: '#ece3d1',
		border: '#8f887c',
		coast: '#7f9fb0',
		river: '#a7c6d6',
		label: '#2b2b2b',
		labelHalo: '#ffffff'
	},
	dark: {
		sea: '#111820',
		land: '#1d2024',
		tinted: '#24231e',
		border: '#77726a',
		coast: '#4a6272',
		river: '#2e4858',
		label: '#d6d6d6',
		labelHalo: '#111418'
	}
} as const satisfies Record<Theme, Record<string, string>>;

/** The light basemap's colours, which the PMTiles style (pmtiles.ts) draws with. */
export const COLOURS = BASEMAP_COLOURS.light;

export interface EmbeddedStyleOptions {
	/** Absolute URL of the basemap GeoJSON built by `npm run basemap` (same origin). */
	basemapUrl: string;
	/** Basemap `name`s of the countries to tint: those where events took place. */
	tintedCountries: readonly string[];
	/** One label per locality the data names (see `buildPlaceLabels`). */
	places: FeatureCollection<Point, PlaceLabelProperties>;
	/** Light unless an embed asks for dark (`theme=dark`). */
	theme?: Theme;
	/** The build's street archive, drawn from zoom 12 (see street-style.ts); absent: none. */
	streets?: StreetStyleOptions;
}

const layerIs = (layer: string): ExpressionSpecification => ['==', ['get', 'layer'], layer];
const byZoom = (low: number, high: number): ExpressionSpecification => [
	'interpolate',
	['linear'],
	['zoom'],
	4,
	low,
	12,
	high
];

/**
 * The style of the embedded basemap: Natural Earth land, countries, borders, coastline, rivers
 * and lakes from one same-origin GeoJSON file, plus the data's own place names. No glyphs and no
 * sprite, so nothing is fetched from anywhere but this site.
 */
export function buildEmbeddedStyle(options: EmbeddedStyleOptions): StyleSpecification {
	const colours = BASEMAP_COLOURS[options.theme ?? 'light'];
	const tinted: ExpressionSpecification = [
		'in',
		['get', 'name'],
		['literal', [...options.tintedCountries]]
	];
	const style: StyleSpecification = {
		version: 8,
		name: 'Event atlas: embedded basemap',
		sources: {
			basemap: { type: 'geojson', data: options.basemapUrl, attribution: BASEMAP_ATTRIBUTION },
			places: { type: 'geojson', data: options.places }
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': colours.sea } },
			{
				id: 'land',
				type: 'fill',
				source: 'basemap',
				filter: layerIs('land'),
				paint: { 'fill-color': colours.land }
			},
			{
				id: 'country-tint',
				type: 'fill',
				source: 'basemap',
				filter: ['all', layerIs('country'), tinted],
				paint: { 'fill-color': colours.tinted }
			},
			{
				id: 'lake',
				type: 'fill',
				source: 'basemap',
				filter: layerIs('lake'),
				paint: { 'fill-color': colours.sea }
			},
			{
				id: 'river',
				type: 'line',
				source: 'basemap',
				filter: layerIs('river'),
				paint: { 'line-color': colours.river, 'line-width': byZoom(0.6, 2) }
			},
			{
				id: 'coastline',
				type: 'line',
				source: 'basemap',
				filter: layerIs('coastline'),
				paint: { 'line-color': colours.coast, 'line-width': byZoom(0.6, 1.2) }
			},
			{
				id: 'border',
				type: 'line',
				source: 'basemap',
				filter: layerIs('border'),
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': colours.border,
					'line-width': byZoom(0.8, 2),
					'line-dasharray': [3, 2]
				}
			},
			{
				id: 'place-label',
				type: 'symbol',
				source: 'places',
				layout: {
					'text-field': ['get', 'name'],
					'text-font': LABEL_FONT,
					'text-size': byZoom(11, 15),
					'text-variable-anchor': [
						'bottom',
						'top',
						'right',
						'left',
						'bottom-left',
						'top-left',
						'bottom-right',
						'top-right'
					],
					'text-radial-offset': 1.1,
					'text-max-width': 9,
					'symbol-sort-key': ['-', ['get', 'events']]
				},
				paint: {
					'text-color': colours.label,
					'text-halo-color': colours.labelHalo,
					'text-halo-width': 1.5
				}
			}
		]
	};
	return options.streets ? withStreets(style, options.streets, options.theme ?? 'light') : style;
}

/**
 * Adds the street layers above the Natural Earth ground and below the borders and place names.
 * Natural Earth's rivers and lakes stop where the street archive's water starts: simplified for
 * a continent, its Seine runs kilometres off central Paris at city zooms.
 */
function withStreets(
	style: StyleSpecification,
	streets: StreetStyleOptions,
	theme: Theme
): StyleSpecification {
	const coarseWater = new Set(['river', 'lake']);
	const ground: LayerSpecification[] = style.layers.map((layer) => {
		if (coarseWater.has(layer.id)) return { ...layer, maxzoom: streets.tiles.minZoom };
		// At street zooms the tint that sets the event countries apart has nothing to set apart,
		// and the streets, parks and buildings read better on the plain land colour.
		if (layer.id === 'country-tint' && layer.type === 'fill') {
			const fade: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 11, 1, 12, 0];
			return { ...layer, paint: { ...layer.paint, 'fill-opacity': fade } };
		}
		return layer;
	});
	const at = ground.findIndex((layer) => layer.id === 'border');
	const layers = [
		...ground.slice(0, at),
		...buildStreetLayers(theme, streets.tiles),
		...ground.slice(at)
	];
	return {
		...style,
		sources: { ...style.sources, [STREET_SOURCE]: buildStreetSource(streets) },
		layers
	};
}
