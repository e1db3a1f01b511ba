import type { FeatureCollection } from 'geojson';
import type { AddLayerObject, FilterSpecification } from 'maplibre-gl';
import type { AtlasGeoJSONSource, AtlasMap } from './maplibre-surface';

/**
 * The halos and links of a large atlas are drawn only from a region's zoom (overview-zoom.ts),
 * yet MapLibre lays out a layer's whole source again on every slider step as long as its filter
 * reads the time range, whatever the zoom. Far below its first zoom such a layer's filter is
 * swapped for one that reads nothing, so a step leaves its source alone; the real filter is back
 * a zoom before the layer is drawn. (At 10,000 events: about a third of the map worker's time
 * per step.) Their sources, drawn by nothing else, get their data only then: indexing thousands
 * of halos that no layer draws at the first view took seconds of the map's first load.
 */

/** Matches nothing and reads no global state. */
const CLOSED: FilterSpecification = ['boolean', false];

/** How far below its first zoom a layer's filter opens: before its tiles are asked for. */
const MARGIN_ZOOMS = 1;

interface Gate {
	filter: FilterSpecification;
	open: boolean;
}

const gatesByMap = new WeakMap<AtlasMap, Map<string, Gate>>();

interface HeldSource {
	/** What the source will hold: a file's URL or the features. */
	data: string | FeatureCollection;
	/** The first zoom any layer on it is drawn from. */
	minzoom: number;
	/** Whether `data` has been given to the map. */
	given: boolean;
}

const heldByMap = new WeakMap<AtlasMap, Map<string, HeldSource>>();
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const isOpenAt = (minzoom: number | undefined, zoom: number) =>
	zoom >= (minzoom ?? 0) - MARGIN_ZOOMS;

/** Adds a layer drawn only from a zoom, its filter closed while the map is far below it. */
export function addGatedLayer(
	map: AtlasMap,
	layer: AddLayerObject & { filter?: FilterSpecification; minzoom?: number }
) {
	let gates = gatesByMap.get(map);
	if (!gates) gatesByMap.set(map, (gates = new Map()));
	const open = !layer.filter || isOpenAt(layer.minzoom, map.getZoom());
	if (layer.filter) gates.set(layer.id, { filter: layer.filter, open });
	map.addLayer(open ? layer : ({ ...layer, filter: CLOSED } as AddLayerObject));
}

/**
 * Adds (or, on a dataset swap, refills) a GeoJSON source whose every layer is drawn only from
 * `minzoom`: empty while the map is far below it, with `data` from a zoom before.
 */
export function addGatedSource(
	map: AtlasMap,
	id: string,
	data: string | FeatureCollection,
	minzoom: number
) {
	let held = heldByMap.get(map);
	if (!held) heldByMap.set(map, (held = new Map()));
	const source = map.getSource(id) as AtlasGeoJSONSource | undefined;
	const given = isOpenAt(minzoom, map.getZoom()) || (source !== undefined && held.get(id)?.given);
	held.set(id, { data, minzoom, given: Boolean(given) });
	if (!source) map.addSource(id, { type: 'geojson', data: given ? data : EMPTY });
	else if (given) source.setData(data);
}

/** Opens or closes each gated layer's filter for the map's zoom now: on zoom, and on a swap. */
export function refreshZoomGates(map: AtlasMap) {
	const zoom = map.getZoom();
	for (const [id, source] of heldByMap.get(map) ?? []) {
		if (source.given || !isOpenAt(source.minzoom, zoom)) continue;
		const target = map.getSource(id) as AtlasGeoJSONSource | undefined;
		if (!target) continue;
		source.given = true;
		target.setData(source.data);
	}
	const gates = gatesByMap.get(map);
	if (!gates) return;
	for (const [id, gate] of gates) {
		const layer = map.getLayer(id);
		if (!layer) {
			gates.delete(id);
			continue;
		}
		const open = isOpenAt(layer.minzoom, zoom);
		if (open === gate.open) continue;
		gate.open = open;
		map.setFilter(id, open ? gate.filter : CLOSED);
	}
}
