import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { AddLayerObject, FilterSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { buildAtlasLayers } from '../../src/lib/map/layers';
import type { AtlasMap } from '../../src/lib/map/maplibre-surface';
import { addGatedLayer, refreshZoomGates } from '../../src/lib/map/zoom-gate';

type Layer = AddLayerObject & { filter?: FilterSpecification; minzoom?: number };

/** The little of a map the gate uses, keeping each layer's filter as MapLibre would. */
function fakeMap(zoom: number) {
	const layers = new Map<string, Layer>();
	let filterChanges = 0;
	const map = {
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
const halo = buildAtlasLayers(1, 'light', 0, 6400).find((l) => l.id === 'atlas-halo-line') as Layer;

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
