import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { formatDistance } from '$lib/domain/claim-wording';
import { measureBetween } from '$lib/domain/geo/measure';
import { EVENT_INK, type Theme } from '$lib/domain/palette';
import type { AtlasGeoJSONSource, AtlasMap } from './maplibre-surface';
import { LABEL_FONT } from './style';

/**
 * The measure tool's line: its own small source, replaced with `setData` when the reader picks
 * or clears the two events, so measuring never makes MapLibre lay out the event sources again.
 * Drawn above everything else: it is what the reader is looking at while measuring.
 */
export const MEASURE_SOURCE = 'atlas-measure';
const LINE_LAYER = 'atlas-measure-line';
const END_LAYER = 'atlas-measure-ends';
const LABEL_LAYER = 'atlas-measure-label';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** The line between two points and its two ends, the line labelled with its length. */
export function buildMeasureFeatures(
	a: readonly [number, number] | undefined,
	b: readonly [number, number] | undefined
): FeatureCollection {
	if (!a || !b) return EMPTY;
	const line = measureBetween(a, b);
	const labelled: Feature<LineString | MultiLineString> = {
		...line,
		properties: { km: line.properties.km, label: formatDistance(line.properties.km) }
	};
	const end = (position: readonly [number, number]): Feature<Point> => ({
		type: 'Feature',
		geometry: { type: 'Point', coordinates: [position[0], position[1]] },
		properties: {}
	});
	return { type: 'FeatureCollection', features: [labelled, end(a), end(b)] };
}

/** Adds the source and layers (again after a style swap), holding `data`. */
export function addMeasureLayer(map: AtlasMap, data: FeatureCollection, theme: Theme) {
	const ink = EVENT_INK[theme];
	const paper = theme === 'dark' ? '#17191c' : '#ffffff';
	if (!map.getSource(MEASURE_SOURCE)) map.addSource(MEASURE_SOURCE, { type: 'geojson', data });
	if (!map.getLayer(LINE_LAYER)) {
		map.addLayer({
			id: LINE_LAYER,
			type: 'line',
			source: MEASURE_SOURCE,
			filter: ['!=', ['geometry-type'], 'Point'],
			layout: { 'line-cap': 'round' },
			paint: { 'line-color': ink, 'line-width': 2.5, 'line-dasharray': [1, 1.5] }
		});
	}
	if (!map.getLayer(END_LAYER)) {
		map.addLayer({
			id: END_LAYER,
			type: 'circle',
			source: MEASURE_SOURCE,
			filter: ['==', ['geometry-type'], 'Point'],
			paint: {
				'circle-radius': 4,
				'circle-color': paper,
				'circle-stroke-color': ink,
				'circle-stroke-width': 2.5
			}
		});
	}
	if (!map.getLayer(LABEL_LAYER)) {
		map.addLayer({
			id: LABEL_LAYER,
			type: 'symbol',
			source: MEASURE_SOURCE,
			filter: ['!=', ['geometry-type'], 'Point'],
			layout: {
				'symbol-placement': 'line-center',
				'text-field': ['get', 'label'],
				'text-font': LABEL_FONT,
				'text-size': 14,
				'text-offset': [0, -0.8],
				'text-allow-overlap': true
			},
			paint: { 'text-color': ink, 'text-halo-color': paper, 'text-halo-width': 2 }
		});
	}
}

/** Replaces the line (an empty collection clears it). */
export function setMeasureData(map: AtlasMap, data: FeatureCollection) {
	(map.getSource(MEASURE_SOURCE) as AtlasGeoJSONSource | undefined)?.setData(data);
}
