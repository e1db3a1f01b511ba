import { describe, expect, it } from 'vitest';
import { buildAtlasLayers } from '../../src/lib/map/layers';
import { buildLinkLayers, LINK_LINE_LAYERS } from '../../src/lib/map/link-layers';
import { describeOverviewZooms } from '../../src/lib/domain/geo/overview-zoom';

/** The link layers' first zoom: the same for the shown links and the faded ones. */
const linkLayer = (lines: number) => {
	const zooms = buildLinkLayers('light', 'atlas-routes', lines)
		.filter((layer) => LINK_LINE_LAYERS.includes(layer.id))
		.map((layer) => (layer as { minzoom?: number }).minzoom);
	expect(zooms).toHaveLength(2);
	expect(new Set(zooms).size).toBe(1);
	return { minzoom: zooms[0] };
};

describe('every link of the view', () => {
	it('is drawn at every zoom when a dataset has a few hundred links', () => {
		expect(linkLayer(300)?.minzoom ?? 0).toBe(0);
	});

	it('is drawn only from a region’s zoom when thousands would tangle over a country', () => {
		expect(linkLayer(6500)?.minzoom).toBe(8);
	});
});

describe('halos', () => {
	const haloLayers = (halos: number) =>
		(buildAtlasLayers(1, 'light', 0, halos) as { id: string; minzoom?: number }[]).filter((l) =>
			l.id.startsWith('atlas-halo')
		);

	it('are drawn from any zoom where they outgrow their dot when a dataset has a few hundred', () => {
		expect(haloLayers(300).map((l) => l.minzoom ?? 0)).toEqual([0, 0, 0, 0]);
	});

	it('are drawn only from a region’s zoom when thousands would wash over a country', () => {
		expect(haloLayers(6400).map((l) => l.minzoom)).toEqual([7, 7, 7, 7]);
	});
});

describe('what the map key says of a large atlas', () => {
	it('says nothing when the map leaves nothing out', () => {
		expect(describeOverviewZooms({ halos: 300, linkLines: 300 })).toBeNull();
	});

	it('names what appears only zoomed in, and that the selection’s links stay', () => {
		expect(describeOverviewZooms({ halos: 6500, linkLines: 300 })).toBe(
			'This atlas has so many events that the shaded areas around dots appear only once you zoom in to a region; the selected event’s links are always drawn.'
		);
		const both = describeOverviewZooms({ halos: 6500, linkLines: 6500 });
		expect(both).toContain('the shaded areas around dots and the links between events');
	});
});
