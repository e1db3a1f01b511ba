import type { AddLayerObject, ExpressionSpecification } from 'maplibre-gl';
import type { AtlasMap } from './maplibre-surface';
import { LINK_RELATIONS } from '$lib/domain/data/vocabulary';
import { EVERY_ZOOM, type OverviewZooms } from '$lib/domain/geo/overview-zoom';
import { LINK_STYLE } from '$lib/domain/link-style';
import { EVENT_INK, type Theme } from '$lib/domain/palette';
import { buildDrawnFilter, buildShownExpression, type IntervalKeys } from './expressions';
import { fadedTwinOf, withFadedTwin } from './faded-twin';
import { LABEL_FONT } from './style';

/** The source of every link line: the build's links file, uploaded once like the events. */
export const LINK_SOURCE_ID = 'atlas-link-lines';
/** The layers drawing every link of the view, which pointer queries hit: faded, then shown. */
export const LINK_LINE_LAYERS = [fadedTwinOf('atlas-link-lines'), 'atlas-link-lines'];
/** Movement routes' names along their lines (the routes layer itself is in layers.ts). */
export const ROUTE_LABEL_LAYER = 'atlas-route-labels';

/** Below this zoom a route's label would cover more of the map than the route. */
const ROUTE_LABEL_MIN_ZOOM = 6;

/** Distance between neighbouring lanes of a bundle of links, in CSS pixels. */
const LANE_SPACING_PX = 4;

const FROM: IntervalKeys = [['fromStartMs', 'fromEndMs']];
const TO: IntervalKeys = [['toStartMs', 'toEndMs']];

/**
 * A link is drawn while both its ends are (`isLinkDrawn` in the domain): both intervals ride on
 * the line's properties and the filter reads the time range from global state, so a slider step
 * costs no JavaScript per link.
 */
export function buildLinkFilter(): ExpressionSpecification {
	return ['all', buildDrawnFilter(FROM), buildDrawnFilter(TO)];
}

const both = (): ExpressionSpecification => [
	'all',
	buildShownExpression(FROM),
	buildShownExpression(TO)
];

const byRelation = (pick: (relation: (typeof LINK_RELATIONS)[number]) => unknown) =>
	[
		'match',
		['get', 'relation'],
		...LINK_RELATIONS.flatMap((relation) => [relation, pick(relation)]),
		pick('related')
	] as unknown as ExpressionSpecification;

/**
 * The links layer and the routes' labels, to sit above the routes and below the selected
 * event's links and the points. Kinds differ by dash and width (`LINK_STYLE`); a link whose ends
 * are over is drawn lighter, like a faded event. `zooms` holds back what a large atlas draws only
 * from a region's zoom.
 */
export function buildLinkLayers(
	theme: Theme,
	routesSource: string,
	zooms: OverviewZooms = EVERY_ZOOM
): AddLayerObject[] {
	const ink = EVENT_INK[theme];
	// At street zooms the long links only cross the picture: they recede behind the streets'
	// events, and stay there to be hovered and clicked.
	const opacity = (atTen: number, atFourteen: number): ExpressionSpecification => [
		'interpolate',
		['linear'],
		['zoom'],
		10,
		atTen,
		14,
		atFourteen
	];
	return [
		...withFadedTwin(
			{
				id: LINK_LINE_LAYERS[1]!,
				type: 'line',
				source: LINK_SOURCE_ID,
				minzoom: zooms.links,
				layout: { 'line-cap': 'round', 'line-join': 'round' },
				paint: {
					'line-color': ink,
					'line-width': byRelation((r) => LINK_STYLE[r].width),
					// A solid line is a dash with no gap: an empty pattern is not a valid value.
					'line-dasharray': byRelation((r) =>
						LINK_STYLE[r].dash.length === 0 ? ['literal', [1, 0]] : ['literal', LINK_STYLE[r].dash]
					),
					// Parallel links between the same two areas side by side (assignLinkLanes).
					'line-offset': ['*', ['number', ['get', 'lane'], 0], LANE_SPACING_PX]
				}
			},
			// Shown while both ends are; faded while both are drawn and one of them is over.
			{ shown: both(), faded: ['all', buildLinkFilter(), ['!', both()]] },
			{ 'line-opacity': [opacity(0.75, 0.3), opacity(0.3, 0.12)] }
		),
		{
			id: ROUTE_LABEL_LAYER,
			type: 'symbol',
			source: routesSource,
			filter: buildDrawnFilter(),
			minzoom: Math.max(ROUTE_LABEL_MIN_ZOOM, zooms.routes),
			layout: {
				'symbol-placement': 'line',
				// A title is often too long to fit along a route at low zooms: there, only what it is.
				'text-field': [
					'step',
					['zoom'],
					'approximate route',
					9,
					['concat', ['get', 'title'], ' (approximate route)']
				],
				'text-font': LABEL_FONT,
				'text-size': 12,
				'text-max-angle': 30,
				'symbol-spacing': 400
			},
			paint: {
				'text-color': ink,
				'text-halo-color': theme === 'dark' ? '#1d1d1d' : '#ffffff',
				'text-halo-width': 1.5
			}
		}
	];
}

/** Shows or hides the links: a layout change, with no source laid out again. */
export function setLinksVisible(map: AtlasMap, visible: boolean) {
	for (const id of LINK_LINE_LAYERS) {
		if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
	}
}
