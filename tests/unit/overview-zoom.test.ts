import { describe, expect, it } from 'vitest';
import { buildAtlasLayers, ROUTE_LAYERS } from '../../src/lib/map/layers';
import { LINK_LINE_LAYERS, ROUTE_LABEL_LAYER } from '../../src/lib/map/link-layers';
import { describeOverviewZooms, overviewZooms } from '../../src/lib/domain/geo/overview-zoom';

type Layer = { id: string; minzoom?: number; maxzoom?: number };

/** The atlas's layers for map files holding `counts` features. */
const layersFor = (counts: Parameters<typeof overviewZooms>[0]) =>
	buildAtlasLayers(1, 'light', overviewZooms(counts)) as Layer[];

/** The first zoom of each of `ids`, in that order (0 for every zoom). */
const firstZooms = (layers: Layer[], ids: string[]) =>
	ids.map((id) => layers.find((l) => l.id === id)?.minzoom ?? 0);

describe('every link of the view', () => {
	it('is drawn at every zoom when a dataset has a few hundred links', () => {
		expect(firstZooms(layersFor({ linkLines: 300 }), LINK_LINE_LAYERS)).toEqual([0, 0]);
	});

	it('is drawn only from a region’s zoom when thousands would tangle over a country', () => {
		expect(firstZooms(layersFor({ linkLines: 6500 }), LINK_LINE_LAYERS)).toEqual([8, 8]);
	});
});

describe('halos', () => {
	const haloLayers = (halos: number) =>
		layersFor({ halos }).filter((l) => l.id.startsWith('atlas-halo'));

	it('are drawn from any zoom where they outgrow their dot when a dataset has a few hundred', () => {
		expect(haloLayers(300).map((l) => l.minzoom ?? 0)).toEqual([0, 0, 0, 0]);
	});

	it('are drawn only from a region’s zoom when thousands would wash over a country', () => {
		expect(haloLayers(6400).map((l) => l.minzoom)).toEqual([7, 7, 7, 7]);
	});
});

describe('routes', () => {
	const [fadedRoutes, routes, selectedRoute] = ROUTE_LAYERS as [string, string, string];
	const selected = (layers: Layer[]) => layers.find((l) => l.id === selectedRoute)!;

	it('are drawn at every zoom, and named from a region’s, when a dataset has a few hundred', () => {
		const layers = layersFor({ routes: 233 });
		expect(firstZooms(layers, [fadedRoutes, routes, ROUTE_LABEL_LAYER])).toEqual([0, 0, 6]);
	});

	it('are drawn and named only from a region’s zoom when thousands would cross a country', () => {
		const layers = layersFor({ routes: 2333 });
		expect(firstZooms(layers, [fadedRoutes, routes, ROUTE_LABEL_LAYER])).toEqual([7, 7, 7]);
	});

	it('leave the selected event’s route drawn below that zoom, and only there', () => {
		const gated = selected(layersFor({ routes: 2333 }));
		expect([gated.minzoom ?? 0, gated.maxzoom]).toEqual([0, 7]);
	});
});

describe('what the map key says of a large atlas', () => {
	it('says nothing when the map leaves nothing out', () => {
		expect(describeOverviewZooms({ halos: 300, linkLines: 300, routes: 300 })).toBeNull();
	});

	it('says nothing when it is not told the counts', () => {
		expect(describeOverviewZooms({})).toBeNull();
	});

	it('names what appears only zoomed in, and that the selection’s links and route stay', () => {
		expect(describeOverviewZooms({ halos: 6500, linkLines: 300 })).toBe(
			'This atlas has so many events that the shaded areas around dots appear only once you zoom in to a region; the selected event’s links and route are always drawn.'
		);
		expect(describeOverviewZooms({ halos: 6500, linkLines: 6500, routes: 2333 })).toContain(
			'the shaded areas around dots, the links between events and the approximate routes appear'
		);
	});
});
