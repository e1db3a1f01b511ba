import type { AddLayerObject, ExpressionSpecification } from 'maplibre-gl';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { AtlasEvent } from '$lib/domain/data/schema';
import { SPREAD_ZOOM, spreadCoincidentEvents } from '$lib/domain/geo/spiderfy';
import { EVENT_INK, type Theme } from '$lib/domain/palette';
import { buildDrawnFilter, EVENT_INTERVAL } from './expressions';
import { LABEL_FONT } from './style';

/**
 * Events at one spot, told apart: at a city's zoom a count beside the spot's dot says how many
 * are drawn there now ("4"), and zoomed in, where the dots come apart (spiderfy.ts), a thin leg
 * ties each back to the spot it stands for.
 *
 * The count follows the time slider on the GPU: a stack carries its members' intervals, with
 * members of identical interval merged into one with a weight (`n0`, `n1`, …), and the count is
 * the sum of the weights of the intervals drawn now (the same `global-state` test as the dots).
 * A MapLibre clustered source would count at tiling time, blind to the slider. The expression
 * grows with the most distinct intervals any spot holds, not with the number of events.
 */

export const STACK_SOURCE_IDS = { stacks: 'atlas-stacks', legs: 'atlas-legs' } as const;
export const STACK_COUNT_LAYER = 'atlas-stack-counts';
export const STACK_LEG_LAYER = 'atlas-stack-legs';

/** Counts show below this zoom; above it the dots stand apart and speak for themselves. */
const COUNT_MAX_ZOOM = SPREAD_ZOOM - 1;
/** Legs show from here, as the dots begin to separate. */
const LEG_MIN_ZOOM = SPREAD_ZOOM - 2;

export type StackProperties = { count: number; intervals: number } & Record<
	`startMs${number}` | `endMs${number}` | `n${number}`,
	number
>;

export interface StackData {
	stacks: FeatureCollection<Point, StackProperties>;
	legs: FeatureCollection<LineString, { id: string; startMs: number; endMs: number }>;
	/** The most distinct intervals any stack carries: how many the count expression reads. */
	intervals: number;
}

type StackEvent = Pick<AtlasEvent, 'id' | 'coordinates' | 'startMs' | 'endMs'>;

/**
 * Stacks and legs for every spot shared by two events or more; once per dataset, with the map's
 * other sources (features.ts), so the counts are drawn with the first dots. `spread` is where
 * `spreadCoincidentEvents` draws each dot, when the caller already has it.
 */
export function buildStackData(
	events: readonly StackEvent[],
	spread: ReadonlyMap<string, [number, number]> = spreadCoincidentEvents(events)
): StackData {
	const spots = new Map<string, StackEvent[]>();
	for (const event of events) {
		if (!spread.has(event.id)) continue;
		const key = event.coordinates.join();
		const here = spots.get(key);
		if (here) here.push(event);
		else spots.set(key, [event]);
	}
	let intervals = 1;
	const stacks: StackData['stacks']['features'] = [];
	for (const members of spots.values()) {
		const weights = new Map<string, number>();
		for (const { startMs, endMs } of members) {
			const key = `${startMs} ${endMs}`;
			weights.set(key, (weights.get(key) ?? 0) + 1);
		}
		const properties = { count: members.length, intervals: weights.size } as StackProperties;
		[...weights].forEach(([key, n], i) => {
			const [startMs, endMs] = key.split(' ').map(Number) as [number, number];
			properties[`startMs${i}`] = startMs;
			properties[`endMs${i}`] = endMs;
			properties[`n${i}`] = n;
		});
		intervals = Math.max(intervals, weights.size);
		const coordinates = members[0]!.coordinates;
		stacks.push({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });
	}
	const legs: StackData['legs']['features'] = [...spots.values()].flat().map((event) => ({
		type: 'Feature',
		geometry: { type: 'LineString', coordinates: [event.coordinates, spread.get(event.id)!] },
		properties: { id: event.id, startMs: event.startMs, endMs: event.endMs }
	}));
	return {
		stacks: { type: 'FeatureCollection', features: stacks },
		legs: { type: 'FeatureCollection', features: legs },
		intervals
	};
}

/** How many of a stack's members are drawn now: the sum of the weights of drawn intervals. */
export function buildDrawnCountExpression(intervals: number): ExpressionSpecification {
	const terms = Array.from({ length: intervals }, (_, i): ExpressionSpecification => [
		'case',
		buildDrawnFilter([[`startMs${i}`, `endMs${i}`]]),
		['number', ['get', `n${i}`], 0],
		0
	]);
	// Two leading zeros: '+' wants two operands even for a single interval.
	return ['+', 0, 0, ...terms];
}

export function buildStackLayers(intervals: number, theme: Theme): AddLayerObject[] {
	const ink = EVENT_INK[theme];
	const count = buildDrawnCountExpression(intervals);
	return [
		{
			id: STACK_LEG_LAYER,
			type: 'line',
			source: STACK_SOURCE_IDS.legs,
			minzoom: LEG_MIN_ZOOM,
			filter: buildDrawnFilter(EVENT_INTERVAL),
			paint: { 'line-color': ink, 'line-width': 1, 'line-opacity': 0.6 }
		},
		{
			id: STACK_COUNT_LAYER,
			type: 'symbol',
			source: STACK_SOURCE_IDS.stacks,
			maxzoom: COUNT_MAX_ZOOM,
			filter: ['>=', count, 2],
			layout: {
				'text-field': ['to-string', count],
				'text-font': LABEL_FONT,
				'text-size': 12,
				// To the right of the dot, clear of it, and of the place names set above and below.
				'text-offset': [0.9, 0],
				'text-anchor': 'left',
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: {
				'text-color': ink,
				'text-halo-color': theme === 'dark' ? '#1a1a1a' : '#ffffff',
				'text-halo-width': 2
			}
		}
	];
}
