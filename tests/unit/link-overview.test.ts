import { describe, expect, it } from 'vitest';
import { buildLinkLayers, LINK_LINE_LAYER } from '../../src/lib/map/link-layers';

const linkLayer = (lines: number) =>
	buildLinkLayers('light', 'atlas-routes', lines).find((layer) => layer.id === LINK_LINE_LAYER) as
		{ minzoom?: number } | undefined;

describe('every link of the view', () => {
	it('is drawn at every zoom when a dataset has a few hundred links', () => {
		expect(linkLayer(300)?.minzoom ?? 0).toBe(0);
	});

	it('is drawn only from a region’s zoom when thousands would tangle over a country', () => {
		expect(linkLayer(6500)?.minzoom).toBe(8);
	});
});
