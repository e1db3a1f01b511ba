import type { HeatmapLayerSpecification } from 'maplibre-gl';
import { CATEGORY_COLOUR } from '$lib/domain/palette';
import { buildDrawnFilter } from './expressions';
import { EVENTS_BELOW, SOURCE_IDS } from './layers';
import type { AtlasMap } from './maplibre-surface';

/**
 * The density view: a heatmap of the events drawn now, under the dots, for datasets too large to
 * read dot by dot. It reads the event source and the same `global-state` time filter as the dots,
 * so it follows the slider with no upload; it is only laid out while shown (visibility 'none'
 * costs nothing).
 */

export const DENSITY_LAYER = 'atlas-density';

/** One hue, light to dark, so density reads without telling colours apart (Okabe–Ito blue). */
const HUE = CATEGORY_COLOUR['police-raid'];

export function buildDensityLayer(visible: boolean): HeatmapLayerSpecification {
	return {
		id: DENSITY_LAYER,
		type: 'heatmap',
		source: SOURCE_IDS.events,
		filter: buildDrawnFilter(),
		layout: { visibility: visible ? 'visible' : 'none' },
		paint: {
			'heatmap-weight': 1,
			// A few events already show at a country's scale; a city's zoom needs more to saturate.
			'heatmap-intensity': ['interpolate', ['linear'], ['zoom'], 4, 0.6, 12, 1.6],
			'heatmap-radius': ['interpolate', ['linear'], ['zoom'], 4, 14, 12, 36],
			'heatmap-color': [
				'interpolate',
				['linear'],
				['heatmap-density'],
				0,
				'rgba(0, 114, 178, 0)',
				0.3,
				'rgba(0, 114, 178, 0.25)',
				1,
				HUE
			],
			'heatmap-opacity': 0.6
		}
	};
}

/** Adds the layer under the dots (on every `style.load`), or shows or hides it. */
export function showDensity(map: AtlasMap, visible: boolean) {
	if (!map.getLayer(DENSITY_LAYER)) map.addLayer(buildDensityLayer(visible), EVENTS_BELOW);
	else map.setLayoutProperty(DENSITY_LAYER, 'visibility', visible ? 'visible' : 'none');
}
