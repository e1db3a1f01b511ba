import type { AddLayerObject, ExpressionSpecification } from 'maplibre-gl';
import type { AtlasGeoJSONSource, AtlasMap } from './maplibre-surface';
import {
	buildCategoryColourExpression,
	buildDrawnFilter,
	buildFadeExpression,
	buildIdMatchExpression,
	buildSelectedLinkFilter,
	listIntervalKeys
} from './expressions';
import { STATE_KEYS, type AtlasGlobalState } from './global-state';
import type { AtlasMapData } from './features';
import type { AtlasMapSources } from './map-sources';

/** Sources the atlas adds on top of whichever basemap style is in use. */
export const SOURCE_IDS = {
	events: 'atlas-events',
	halos: 'atlas-halos',
	routes: 'atlas-routes',
	links: 'atlas-links'
} as const;

/** The layer pointer queries hit: one circle per event. */
export const EVENT_POINT_LAYER = 'atlas-event-points';

const INK = '#1a1a1a';
/** A transparent square as wide as an event circle at its largest (radius 8), in CSS pixels. */
const OBSTACLE_IMAGE = 'atlas-obstacle';
const OBSTACLE_SIZE = 16;
/** Event circle radius in CSS pixels, growing with zoom; the obstacles follow it. */
const RADIUS: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 5, 5, 12, 8];
const category = buildCategoryColourExpression();
const drawn = buildDrawnFilter();

/**
 * The overlay layers, bottom to top: halos, routes, links, points, the selection ring.
 * `haloIntervals` is the most separate time intervals any halo carries (see `countHaloIntervals`).
 */
export function buildAtlasLayers(haloIntervals: number): AddLayerObject[] {
	const halo = listIntervalKeys(haloIntervals);
	return [
		{
			id: 'atlas-halo-fill',
			type: 'fill',
			source: SOURCE_IDS.halos,
			filter: buildDrawnFilter(halo),
			paint: { 'fill-color': category, 'fill-opacity': buildFadeExpression(0.12, 0.04, halo) }
		},
		{
			id: 'atlas-halo-line',
			type: 'line',
			source: SOURCE_IDS.halos,
			filter: buildDrawnFilter(halo),
			paint: {
				'line-color': category,
				'line-width': 1.2,
				'line-dasharray': [2, 2],
				'line-opacity': buildFadeExpression(0.8, 0.25, halo)
			}
		},
		{
			id: 'atlas-routes',
			type: 'line',
			source: SOURCE_IDS.routes,
			filter: drawn,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: {
				'line-color': category,
				'line-width': 3,
				'line-dasharray': [0.5, 2],
				'line-opacity': buildFadeExpression(0.9, 0.3)
			}
		},
		{
			id: 'atlas-links',
			type: 'line',
			source: SOURCE_IDS.links,
			filter: buildSelectedLinkFilter(),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': INK, 'line-width': 2, 'line-dasharray': [3, 2], 'line-opacity': 0.85 }
		},
		{
			// Invisible, but takes room in symbol placement, so place names move off the points.
			id: 'atlas-event-obstacles',
			type: 'symbol',
			source: SOURCE_IDS.events,
			filter: drawn,
			layout: {
				'icon-image': OBSTACLE_IMAGE,
				'icon-size': ['interpolate', ['linear'], ['zoom'], 5, 5 / 8, 12, 1],
				'icon-padding': [0],
				'icon-allow-overlap': true,
				'icon-ignore-placement': false
			}
		},
		{
			id: EVENT_POINT_LAYER,
			type: 'circle',
			source: SOURCE_IDS.events,
			filter: drawn,
			layout: { 'circle-sort-key': ['get', 'startMs'] },
			paint: {
				'circle-color': category,
				'circle-radius': RADIUS,
				'circle-stroke-color': INK,
				'circle-stroke-width': ['case', buildIdMatchExpression('hoveredId'), 3, 1.2],
				'circle-opacity': buildFadeExpression(1, 0.35),
				'circle-stroke-opacity': buildFadeExpression(1, 0.45)
			}
		},
		{
			id: 'atlas-event-selected',
			type: 'circle',
			source: SOURCE_IDS.events,
			filter: ['all', drawn, buildIdMatchExpression('selectedId')],
			paint: {
				'circle-color': 'rgba(0, 0, 0, 0)',
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 10, 12, 13],
				'circle-stroke-color': INK,
				'circle-stroke-width': 3
			}
		}
	];
}

/**
 * Sets every global-state property, then adds the sources (each uploaded once, here) and the
 * layers. Call on every `style.load`, since a style swap drops what was added.
 */
export function addAtlasLayers(map: AtlasMap, sources: AtlasMapSources, state: AtlasGlobalState) {
	applyGlobalState(map, state);
	if (!map.hasImage(OBSTACLE_IMAGE)) {
		const pixels = new Uint8Array(OBSTACLE_SIZE * OBSTACLE_SIZE * 4);
		map.addImage(OBSTACLE_IMAGE, { width: OBSTACLE_SIZE, height: OBSTACLE_SIZE, data: pixels });
	}
	for (const [key, id] of Object.entries(SOURCE_IDS) as [keyof AtlasMapData, string][]) {
		if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: sources.data[key] });
	}
	for (const layer of buildAtlasLayers(sources.haloIntervals)) {
		if (!map.getLayer(layer.id)) map.addLayer(layer);
	}
}

/**
 * Swaps the dataset on the map: one `setData` per source, and the layers rebuilt only when the
 * halos now stand for a different number of intervals (their filters are written for it).
 */
export function replaceAtlasData(
	map: AtlasMap,
	previous: AtlasMapSources,
	next: AtlasMapSources,
	state: AtlasGlobalState
) {
	if (previous.haloIntervals !== next.haloIntervals) {
		for (const layer of buildAtlasLayers(previous.haloIntervals)) {
			if (map.getLayer(layer.id)) map.removeLayer(layer.id);
		}
	}
	for (const [key, id] of Object.entries(SOURCE_IDS) as [keyof AtlasMapData, string][]) {
		const source = map.getSource(id) as AtlasGeoJSONSource | undefined;
		source?.setData(next.data[key]);
	}
	addAtlasLayers(map, next, state);
}

/** Writes the given global-state properties; unchanged values cost nothing in MapLibre. */
export function applyGlobalState(map: AtlasMap, state: Partial<AtlasGlobalState>) {
	for (const [key, value] of Object.entries(state)) {
		map.setGlobalStateProperty(STATE_KEYS[key as keyof AtlasGlobalState], value);
	}
}
