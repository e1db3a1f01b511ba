import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { AddLayerObject, FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildAtlasLayers } from '../../src/lib/map/layers';
import { overviewZooms } from '../../src/lib/domain/geo/overview-zoom';
import type { AtlasMap } from '../../src/lib/map/maplibre-surface';
import { addGatedLayer, addGatedSource, refreshZoomGates } from '../../src/lib/map/zoom-gate';

type Layer = AddLayerObject & { filter?: FilterSpecification; minzoom?: number };

/** The little of a map the gate uses, keeping each layer's filter as MapLibre would. */
function fakeMap(zoom: number) {
	const layers = new Map<string, Layer>();
	/** What each source holds: MapLibre indexes it in its worker as soon as it is given. */
	const sources = new Map<string, unknown>();
	let filterChanges = 0;
	const map = {
		addSource: (id: string, { data }: { data: unknown }) => void sources.set(id, data),
		getSource: (id: string) =>
			sources.has(id) ? { setData: (data: unknown) => void sources.set(id, data) } : undefined,
		getZoom: () => zoom,
		addLayer: (layer: Layer) => void layers.set(layer.id, structuredClone(layer)),
		getLayer: (id: string) => layers.get(id),
		setFilter: (id: string, filter: FilterSpecification) => {
			filterChanges++;
			layers.get(id)!.filter = filter;
		},
		setLayerZoomRange: (id: string, minzoom: number) => {
			layers.get(id)!.minzoom = minzoom;
		}
	};
	return {
		map: map as unknown as AtlasMap,
		layers,
		sources,
		zoomTo: (next: number) => {
			zoom = next;
			refreshZoomGates(map as unknown as AtlasMap);
		},
		filterChanges: () => filterChanges
	};
}

/** Whether a slider step (a change of global state) makes MapLibre lay out the layer again. */
const readsTime = (layer: Layer) =>
	featureFilter(layer.filter, 'test', {}).getGlobalStateRefs().size > 0;

// Thousands of halos: drawn only from a region's zoom.
const halo = buildAtlasLayers(1, 'light', overviewZooms({ halos: 6400 })).find(
	(l) => l.id === 'atlas-halo-line'
) as Layer;

describe('a layer drawn only from a zoom', () => {
	it('really is one, with a filter that reads the time range', () => {
		expect(halo.minzoom).toBeGreaterThan(2);
		expect(readsTime(halo)).toBe(true);
	});

	it('is added with a filter that reads nothing while the map is far below that zoom', () => {
		const { map, layers } = fakeMap(halo.minzoom! - 2);
		addGatedLayer(map, halo);
		expect(readsTime(layers.get(halo.id)!)).toBe(false);
	});

	it('gets its own filter back a zoom before it is drawn, and loses it again far below', () => {
		const { map, layers, zoomTo, filterChanges } = fakeMap(halo.minzoom! - 3);
		addGatedLayer(map, halo);
		zoomTo(halo.minzoom! - 1.5);
		expect(filterChanges()).toBe(0);
		zoomTo(halo.minzoom! - 1);
		expect(layers.get(halo.id)!.filter).toEqual(halo.filter);
		zoomTo(halo.minzoom! + 4);
		expect(filterChanges()).toBe(1);
		zoomTo(0);
		expect(readsTime(layers.get(halo.id)!)).toBe(false);
		expect(filterChanges()).toBe(2);
	});

	it('is added as it is at or near its zoom, and opens when a new dataset lowers that zoom', () => {
		const near = fakeMap(halo.minzoom!);
		addGatedLayer(near.map, halo);
		expect(near.layers.get(halo.id)!.filter).toEqual(halo.filter);
		const far = fakeMap(1);
		addGatedLayer(far.map, halo);
		far.map.setLayerZoomRange(halo.id, 0, 24);
		far.zoomTo(1);
		expect(far.layers.get(halo.id)!.filter).toEqual(halo.filter);
	});
});

describe('the source of layers drawn only from a zoom', () => {
	const file = '/data/halos.geojson';
	const empty = { type: 'FeatureCollection', features: [] };

	it('is empty while the map is far below that zoom, and gets its data a zoom before', () => {
		const { map, sources, zoomTo } = fakeMap(3);
		addGatedSource(map, 'halos', file, 7);
		expect(sources.get('halos')).toEqual(empty);
		zoomTo(5.5);
		expect(sources.get('halos')).toEqual(empty);
		zoomTo(6);
		expect(sources.get('halos')).toBe(file);
		// Zooming out again keeps what is loaded: nothing to load twice.
		zoomTo(2);
		expect(sources.get('halos')).toBe(file);
	});

	it('gets its data at once near that zoom, or when a new dataset draws it from any zoom', () => {
		const near = fakeMap(6.5);
		addGatedSource(near.map, 'halos', file, 7);
		expect(near.sources.get('halos')).toBe(file);
		const far = fakeMap(3);
		addGatedSource(far.map, 'halos', file, 7);
		addGatedSource(far.map, 'halos', '/data/other-halos.geojson', 0);
		expect(far.sources.get('halos')).toBe('/data/other-halos.geojson');
	});

	it('keeps a swapped dataset back too, while its layers are far out of view', () => {
		const { map, sources, zoomTo } = fakeMap(3);
		addGatedSource(map, 'halos', file, 7);
		addGatedSource(map, 'halos', '/data/next.geojson', 7);
		expect(sources.get('halos')).toEqual(empty);
		zoomTo(8);
		expect(sources.get('halos')).toBe('/data/next.geojson');
	});
});
