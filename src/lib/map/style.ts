import type { FeatureCollection, Point } from 'geojson';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { PlaceLabelProperties } from '$lib/domain/geo/place-labels';

/** Shown in the attribution control whenever the embedded basemap is on screen. */
export const BASEMAP_ATTRIBUTION = 'Basemap: Natural Earth (public domain)';

/**
 * Font stack for every label the atlas draws. The style has no `glyphs` URL, so MapLibre draws
 * glyphs with this CSS family, which the layout self-hosts (@fontsource/noto-sans): no font
 * request leaves the origin. Only a regular weight: MapLibre sniffs weights from the name.
 */
export const LABEL_FONT = ['Noto Sans'];

export const COLOURS = {
	sea: '#d5e4ec',
	land: '#f3f1ec',
	/** Countries where events happen, tinted just enough to stand out from their neighbours. */
	tinted: '#ece3d1',
	border: '#8f887c',
	coast: '#7f9fb0',
	river: '#a7c6d6',
	label: '#2b2b2b',
	labelHalo: '#ffffff'
} as const;

export interface EmbeddedStyleOptions {
	/** Absolute URL of the basemap GeoJSON built by `npm run basemap` (same origin). */
	basemapUrl: string;
	/** Basemap `name`s of the countries to tint: those where events took place. */
	tintedCountries: readonly string[];
	/** One label per locality the data names (see `buildPlaceLabels`). */
	places: FeatureCollection<Point, PlaceLabelProperties>;
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
	const tinted: ExpressionSpecification = [
		'in',
		['get', 'name'],
		['literal', [...options.tintedCountries]]
	];
	return {
		version: 8,
		name: 'Event atlas: embedded basemap',
		sources: {
			basemap: { type: 'geojson', data: options.basemapUrl, attribution: BASEMAP_ATTRIBUTION },
			places: { type: 'geojson', data: options.places }
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': COLOURS.sea } },
			{
				id: 'land',
				type: 'fill',
				source: 'basemap',
				filter: layerIs('land'),
				paint: { 'fill-color': COLOURS.land }
			},
			{
				id: 'country-tint',
				type: 'fill',
				source: 'basemap',
				filter: ['all', layerIs('country'), tinted],
				paint: { 'fill-color': COLOURS.tinted }
			},
			{
				id: 'lake',
				type: 'fill',
				source: 'basemap',
				filter: layerIs('lake'),
				paint: { 'fill-color': COLOURS.sea }
			},
			{
				id: 'river',
				type: 'line',
				source: 'basemap',
				filter: layerIs('river'),
				paint: { 'line-color': COLOURS.river, 'line-width': byZoom(0.6, 2) }
			},
			{
				id: 'coastline',
				type: 'line',
				source: 'basemap',
				filter: layerIs('coastline'),
				paint: { 'line-color': COLOURS.coast, 'line-width': byZoom(0.6, 1.2) }
			},
			{
				id: 'border',
				type: 'line',
				source: 'basemap',
				filter: layerIs('border'),
				layout: { 'line-join': 'round' },
				paint: {
					'line-color': COLOURS.border,
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
					'text-color': COLOURS.label,
					'text-halo-color': COLOURS.labelHalo,
					'text-halo-width': 1.5
				}
			}
		]
	};
}
