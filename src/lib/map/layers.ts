import {
	EVERY_ZOOM,
	overviewZooms,
	type OverviewKind,
	type OverviewZooms
} from '$lib/domain/geo/overview-zoom';
import type { AddLayerObject, ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { AtlasGeoJSONSource, AtlasMap } from './maplibre-surface';
import type { FeatureCollection } from 'geojson';
import {
	buildCategoryColourExpression,
	buildDrawnFilter,
	EVENT_INTERVAL,
	listIntervalKeys
} from './expressions';
import { fadedTwinOf, fadeFilters, withFadedTwin } from './faded-twin';
import { STATE_KEYS, type AtlasGlobalState } from './global-state';
import type { FocusRole } from './focus';
import type { AtlasMapSources } from './map-sources';
import { EVENT_INK, type Theme } from '$lib/domain/palette';
import {
	buildLinkLayers,
	LINK_LINE_LAYERS,
	LINK_SOURCE_ID,
	ROUTE_LABEL_LAYER
} from './link-layers';
import { buildStackLayers, STACK_LEG_LAYER, STACK_SOURCE_IDS } from './stacks';
import { addGatedLayer, addGatedSource, refreshZoomGates } from './zoom-gate';

/**
 * Sources drawn from the dataset's map files, uploaded once per dataset. Every layer on them
 * reads only the time range and fading, so only a step in time lays them out again.
 */
export const SOURCE_IDS = {
	events: 'atlas-events',
	halos: 'atlas-halos',
	routes: 'atlas-routes',
	links: LINK_SOURCE_ID,
	...STACK_SOURCE_IDS
} as const;

/** Small sources that follow the selection and the hover (see focus.ts), replaced by setData. */
export const FOCUS_SOURCE_IDS = {
	rings: 'atlas-focus',
	links: 'atlas-links',
	route: 'atlas-focus-route'
} as const;

/** What the focus sources hold now; a style swap drops them, so they are added again from it. */
export type FocusData = Record<keyof typeof FOCUS_SOURCE_IDS, FeatureCollection>;

const HALO_LAYERS = ['atlas-halo-fill', 'atlas-halo-line'].flatMap((id) => [fadedTwinOf(id), id]);
const ROUTE_LINE_LAYER = 'atlas-routes';
/** The selected event's route, drawn apart below the zoom a large atlas draws every route from. */
const SELECTED_ROUTE_LAYER = 'atlas-route-selected';
/** The layers a large atlas draws only from a region's zoom (see zoom-gate.ts), by source. */
const GATED_LAYERS: Record<OverviewKind, string[]> = {
	halos: HALO_LAYERS,
	links: LINK_LINE_LAYERS,
	routes: [fadedTwinOf(ROUTE_LINE_LAYER), ROUTE_LINE_LAYER, ROUTE_LABEL_LAYER]
};
const ZOOM_GATED = new Set(Object.values(GATED_LAYERS).flat());

/** The layer of the shown events' circles, one per event. */
export const EVENT_POINT_LAYER = 'atlas-event-points';
/** The layers pointer queries hit: the faded events' circles, and the shown ones above them. */
export const EVENT_POINT_LAYERS = [fadedTwinOf(EVENT_POINT_LAYER), EVENT_POINT_LAYER];
/** The lowest of them, for layers to go under every event. */
export const EVENTS_BELOW = EVENT_POINT_LAYERS[0]!;
/** The movement routes' lines, faded and shown, and the selected one's drawn apart. */
export const ROUTE_LAYERS = [fadedTwinOf(ROUTE_LINE_LAYER), ROUTE_LINE_LAYER, SELECTED_ROUTE_LAYER];

/** Event circle radius in CSS pixels, growing with zoom. */
const RADIUS: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 5, 5, 12, 8];
const category = buildCategoryColourExpression();
const drawn = buildDrawnFilter();
const ring = (role: FocusRole): ExpressionSpecification => [
	'all',
	['==', ['get', 'role'], role],
	drawn
];

/**
 * The overlay layers, bottom to top: halos, routes, the selected event's route, every link of the
 * view and the routes' labels (link-layers.ts), the selected event's links, points, the selected
 * event's dot, the hover ring, the selection ring. Halos, routes, links and points each have a
 * faded twin under them (faded-twin.ts).
 * `haloIntervals` is the most separate time intervals any halo carries (see `countHaloIntervals`);
 * `theme` picks the outlines, rings and links that stand out from that theme's ground; `zooms`
 * holds back what a large atlas draws only from a region's zoom (see `overviewZooms`).
 */
export function buildAtlasLayers(
	haloIntervals: number,
	theme: Theme = 'light',
	zooms: OverviewZooms = EVERY_ZOOM
): AddLayerObject[] {
	const ink = EVENT_INK[theme];
	const halo = listIntervalKeys(haloIntervals);
	// A halo smaller than its event's circle would be hidden under it: not laid out at all.
	const haloAtZoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minZoom']];
	const haloFade = fadeFilters(halo);
	const eventFade = fadeFilters(EVENT_INTERVAL);
	const routeLine: Pick<LineLayerSpecification, 'type' | 'layout' | 'paint'> = {
		type: 'line',
		layout: { 'line-cap': 'round', 'line-join': 'round' },
		paint: { 'line-color': category, 'line-width': 3, 'line-dasharray': [0.5, 2] }
	};
	return [
		...withFadedTwin(
			{
				id: 'atlas-halo-fill',
				type: 'fill',
				source: SOURCE_IDS.halos,
				minzoom: zooms.halos,
				// Light enough that a dozen overlapping areas (a capital's districts) stay see-through.
				// Not antialiased: the dashed line below draws the edge, and an antialiased fill needs
				// a shader of its own, compiled before the first frame (a tenth of a second in software).
				paint: { 'fill-color': category, 'fill-antialias': false }
			},
			haloFade,
			{ 'fill-opacity': [0.05, 0.02] },
			haloAtZoom
		),
		...withFadedTwin(
			{
				id: 'atlas-halo-line',
				type: 'line',
				source: SOURCE_IDS.halos,
				minzoom: zooms.halos,
				paint: { 'line-color': category, 'line-width': 1, 'line-dasharray': [2, 2] }
			},
			haloFade,
			{ 'line-opacity': [0.55, 0.2] },
			haloAtZoom
		),
		...withFadedTwin(
			{ ...routeLine, id: ROUTE_LINE_LAYER, source: SOURCE_IDS.routes, minzoom: zooms.routes },
			eventFade,
			{ 'line-opacity': [0.9, 0.3] }
		),
		{
			// Only the selected event's route is in the source, and only while every route is
			// held back (MapView): drawn up to the zoom where the others join it.
			...routeLine,
			id: SELECTED_ROUTE_LAYER,
			source: FOCUS_SOURCE_IDS.route,
			...(zooms.routes > 0 ? { maxzoom: zooms.routes } : {}),
			filter: drawn,
			paint: { ...routeLine.paint, 'line-opacity': 0.9 }
		},
		...buildLinkLayers(theme, SOURCE_IDS.routes, zooms),
		{
			id: 'atlas-links',
			type: 'line',
			source: FOCUS_SOURCE_IDS.links,
			// Only the selected event's links are in the source; each is drawn while its other end is.
			filter: buildDrawnFilter([['otherStartMs', 'otherEndMs']]),
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': ink, 'line-width': 2, 'line-dasharray': [3, 2], 'line-opacity': 0.85 }
		},
		...withFadedTwin(
			{
				id: EVENT_POINT_LAYER,
				type: 'circle',
				source: SOURCE_IDS.events,
				// No circle-sort-key: the features come sorted by start (buildMapData), and a layout
				// property would be evaluated again on every step, since a step reloads the source.
				paint: {
					'circle-color': category,
					'circle-radius': RADIUS,
					'circle-stroke-color': ink,
					'circle-stroke-width': 1.2
				}
			},
			eventFade,
			{ 'circle-opacity': [1, 0.35], 'circle-stroke-opacity': [1, 0.45] }
		),
		{
			// The selected event's dot again, above every other: never hidden under a neighbour.
			id: 'atlas-event-selected-dot',
			type: 'circle',
			source: FOCUS_SOURCE_IDS.rings,
			filter: ring('selected'),
			paint: {
				'circle-color': buildCategoryColourExpression(),
				'circle-radius': RADIUS,
				'circle-stroke-color': ink,
				'circle-stroke-width': 1.2
			}
		},
		{
			id: 'atlas-event-hovered',
			type: 'circle',
			source: FOCUS_SOURCE_IDS.rings,
			filter: ring('hovered'),
			paint: {
				'circle-color': 'rgba(0, 0, 0, 0)',
				'circle-radius': RADIUS,
				'circle-stroke-color': ink,
				'circle-stroke-width': 3
			}
		},
		{
			id: 'atlas-event-selected',
			type: 'circle',
			source: FOCUS_SOURCE_IDS.rings,
			filter: ring('selected'),
			paint: {
				'circle-color': 'rgba(0, 0, 0, 0)',
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 10, 12, 13],
				'circle-stroke-color': ink,
				'circle-stroke-width': 3
			}
		}
	];
}

/**
 * Sets every global-state property, then adds the sources (each uploaded once, here) and the
 * layers. Call on every `style.load`, since a style swap drops what was added.
 */
export function addAtlasLayers(
	map: AtlasMap,
	sources: AtlasMapSources,
	focus: FocusData,
	state: AtlasGlobalState,
	theme: Theme
) {
	applyGlobalState(map, state);
	// The halos, links and routes a large atlas draws only from a region's zoom (zoom-gate.ts).
	const zooms = overviewZooms(sources);
	for (const [key, id] of Object.entries(SOURCE_IDS) as [keyof typeof SOURCE_IDS, string][]) {
		if (isGatedSource(key)) addGatedSource(map, id, sources.data[key], zooms[key]);
		else if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: sources.data[key] });
	}
	for (const [key, id] of Object.entries(FOCUS_SOURCE_IDS) as [keyof FocusData, string][]) {
		if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: focus[key] });
	}
	for (const layer of buildAtlasLayers(sources.haloIntervals, theme, zooms)) {
		if (map.getLayer(layer.id)) continue;
		if (ZOOM_GATED.has(layer.id)) addGatedLayer(map, layer);
		else map.addLayer(layer);
	}
	// Counts on top of everything; legs under the dots they lead to.
	for (const layer of buildStackLayers(sources.stackIntervals, theme)) {
		if (!map.getLayer(layer.id))
			map.addLayer(layer, layer.id === STACK_LEG_LAYER ? EVENTS_BELOW : undefined);
	}
	refreshZoomGates(map);
}

const isGatedSource = (key: keyof typeof SOURCE_IDS): key is OverviewKind => key in GATED_LAYERS;

/**
 * Swaps the dataset on the map: one `setData` per source, and the layers rebuilt only when the
 * halos or the stacks now stand for a different number of intervals (their expressions are
 * written for it), or when the new data holds back other kinds from the overview.
 */
export function replaceAtlasData(
	map: AtlasMap,
	previous: AtlasMapSources,
	next: AtlasMapSources,
	focus: FocusData,
	state: AtlasGlobalState,
	theme: Theme
) {
	const [before, after] = [overviewZooms(previous), overviewZooms(next)];
	const zoomsChanged = (Object.keys(GATED_LAYERS) as OverviewKind[]).some(
		(kind) => before[kind] !== after[kind]
	);
	const rebuild = previous.haloIntervals !== next.haloIntervals || zoomsChanged;
	if (rebuild) {
		for (const layer of buildAtlasLayers(previous.haloIntervals)) {
			if (map.getLayer(layer.id)) map.removeLayer(layer.id);
		}
	}
	// The count expression is written for a number of intervals too; and rebuilt atlas layers
	// would otherwise cover the counts, which go on top of everything.
	if (rebuild || previous.stackIntervals !== next.stackIntervals) {
		for (const layer of buildStackLayers(previous.stackIntervals, theme)) {
			if (map.getLayer(layer.id)) map.removeLayer(layer.id);
		}
	}
	// The gated sources get their new data in addAtlasLayers, once a layer on them is drawn.
	for (const key of Object.keys(SOURCE_IDS) as (keyof typeof SOURCE_IDS)[]) {
		if (isGatedSource(key)) continue;
		const source = map.getSource(SOURCE_IDS[key]) as AtlasGeoJSONSource | undefined;
		source?.setData(next.data[key]);
	}
	addAtlasLayers(map, next, focus, state, theme);
}

/** Replaces what one focus source holds: a handful of features, cheap to lay out again. */
export function setFocusData(map: AtlasMap, key: keyof FocusData, data: FeatureCollection) {
	(map.getSource(FOCUS_SOURCE_IDS[key]) as AtlasGeoJSONSource | undefined)?.setData(data);
}

/** Writes the given global-state properties; unchanged values cost nothing in MapLibre. */
export function applyGlobalState(map: AtlasMap, state: Partial<AtlasGlobalState>) {
	for (const [key, value] of Object.entries(state)) {
		map.setGlobalStateProperty(STATE_KEYS[key as keyof AtlasGlobalState], value);
	}
}
