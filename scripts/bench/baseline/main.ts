import {
	Map as MapLibreMap,
	setWorkerUrl,
	type FilterSpecification,
	type StyleSpecification
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { BaselineConfig } from './config';

/**
 * The benchmark's baseline: MapLibre alone, self-hosted, drawing the dataset's points as one
 * GeoJSON source and one circle layer, filtered in time through global state exactly as the
 * atlas filters its points, over a plain land fill from the same embedded basemap file. No other
 * UI than a bare range input. What the atlas costs above this page is the atlas's own cost.
 */
declare const __BASELINE__: BaselineConfig;
const config = __BASELINE__;

/** Stands for -Infinity, as in the atlas (src/lib/map/global-state.ts). */
const MIN_TIME_MS = -8.64e15;
/** The atlas fits all events with this padding and never zooms closer (src/lib/map/camera.ts). */
const FIT_PADDING = 48;
const FIT_MAX_ZOOM = 12;

const container = document.getElementById('map') as HTMLDivElement;
const slider = document.querySelector('input[type="range"]') as HTMLInputElement;
const params = new URLSearchParams(location.search);

// The bench passes the atlas's map size and slider settings, read from the atlas page, so both
// maps fit the same box at the same zoom and both sliders step through the same instants.
const width = Number(params.get('w'));
const height = Number(params.get('h'));
if (width > 0 && height > 0) {
	container.style.flex = '0 0 auto';
	container.style.width = `${width}px`;
	container.style.height = `${height}px`;
}
slider.min = params.get('min') ?? String(config.extent.from);
slider.max = params.get('max') ?? String(config.extent.to);
slider.step = params.get('step') ?? 'any';
slider.value = slider.max;

const shown: FilterSpecification = [
	'all',
	['<=', ['get', 'startMs'], ['global-state', 'to']],
	['>', ['get', 'endMs'], ['global-state', 'from']]
];

const style: StyleSpecification = {
	version: 8,
	state: { from: { default: MIN_TIME_MS }, to: { default: config.extent.to } },
	sources: {
		basemap: {
			type: 'geojson',
			data: new URL('/basemap/western-europe.geojson', location.href).href
		},
		points: { type: 'geojson', data: new URL('/data/points.geojson', location.href).href }
	},
	layers: [
		{ id: 'sea', type: 'background', paint: { 'background-color': '#d5e4ec' } },
		{
			id: 'land',
			type: 'fill',
			source: 'basemap',
			filter: ['==', ['get', 'layer'], 'land'],
			paint: { 'fill-color': '#f3f1ec' }
		},
		{
			id: 'points',
			type: 'circle',
			source: 'points',
			filter: shown,
			paint: {
				'circle-color': '#0072b2',
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 5, 12, 8],
				'circle-stroke-color': '#1a1a1a',
				'circle-stroke-width': 1.2
			}
		}
	]
};

setWorkerUrl(workerUrl);
const [west, south, east, north] = config.bbox;
const map = new MapLibreMap({
	container,
	style,
	bounds: [west, south, east, north],
	fitBoundsOptions: { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM },
	attributionControl: false
});
Object.assign(window, { __baselineMap: map });

document.body.dataset.mapReady = 'false';
map.once('load', () => map.once('idle', () => (document.body.dataset.mapReady = 'true')));

slider.addEventListener('input', () => {
	// Clamped to the data's extent like the atlas's own selection.
	const to = Math.min(config.extent.to, Math.max(config.extent.from, Number(slider.value)));
	document.body.dataset.mapReady = 'false';
	map.setGlobalStateProperty('to', to);
	map.once('idle', () => (document.body.dataset.mapReady = 'true'));
});
