import type { ExpressionSpecification } from 'maplibre-gl';
import { CATEGORY_COLOUR } from '$lib/domain/palette';
import { CATEGORIES } from '$lib/domain/data/vocabulary';
import { MAX_TIME_MS, MIN_TIME_MS, STATE_KEYS } from './global-state';

const state = (key: keyof typeof STATE_KEYS): ExpressionSpecification => [
	'global-state',
	STATE_KEYS[key]
];
const num = (key: keyof typeof STATE_KEYS): ExpressionSpecification => ['number', state(key), 0];
const prop = (name: string, missing: number): ExpressionSpecification => [
	'number',
	['get', name],
	missing
];

/**
 * Property names of the `[start, end)` intervals, in epoch ms, a feature stands for: one for an
 * event, several for a halo shared by events at the same spot (the merged union of theirs, see
 * `buildMapData`). A missing interval counts as never begun, so features may carry fewer than
 * the layer asks about.
 */
export type IntervalKeys = readonly (readonly [start: string, end: string])[];

/** The interval of an event feature. */
export const EVENT_INTERVAL: IntervalKeys = [['startMs', 'endMs']];

/** `startMs0`/`endMs0` … `startMs{count - 1}`/`endMs{count - 1}`: a grouped feature's intervals. */
export function listIntervalKeys(count: number): IntervalKeys {
	return Array.from({ length: count }, (_, i) => [`startMs${i}`, `endMs${i}`] as const);
}

const begun = (start: string): ExpressionSpecification => [
	'<=',
	prop(start, MAX_TIME_MS),
	num('to')
];
const notOver = (end: string): ExpressionSpecification => [
	'>',
	prop(end, MIN_TIME_MS),
	num('from')
];

/**
 * True when an interval is shown in the current range: the map's twin of `isEventShown` in
 * domain/time.ts (`start <= to && end > from`), which the unit tests hold it to.
 */
export function buildShownExpression(keys: IntervalKeys = EVENT_INTERVAL): ExpressionSpecification {
	const shown = ([start, end]: IntervalKeys[number]): ExpressionSpecification => [
		'all',
		begun(start),
		notOver(end)
	];
	return keys.length === 1
		? shown(keys[0]!)
		: (['any', ...keys.map(shown)] as ExpressionSpecification);
}

/** True when an interval has begun and ended by `from`: `phaseOf(...) === 'past'`. */
export function buildPastExpression(keys: IntervalKeys = EVENT_INTERVAL): ExpressionSpecification {
	return [
		'any',
		...keys.map(([start, end]) => ['all', begun(start), ['!', notOver(end)]])
	] as ExpressionSpecification;
}

/**
 * Layer filter: shown intervals, plus past ones when fading is on. Future ones never draw.
 * Written as "some interval has begun, and is not over or fading is on", which is the same set
 * as "shown, or fading and past" with half the comparisons: every slider step evaluates it for
 * every feature of the sources it filters.
 */
export function buildDrawnFilter(keys: IntervalKeys = EVENT_INTERVAL): ExpressionSpecification {
	const fading: ExpressionSpecification = ['to-boolean', state('fadePast')];
	const drawn = ([start, end]: IntervalKeys[number]): ExpressionSpecification => [
		'all',
		begun(start),
		['any', fading, notOver(end)]
	];
	return keys.length === 1
		? drawn(keys[0]!)
		: (['any', ...keys.map(drawn)] as ExpressionSpecification);
}

/**
 * Layer filter of the faded twin of a layer (see `withFadedTwin` in faded-twin.ts): drawn, but no
 * interval shown, so some interval is past and fading is on. The shown ones are the other
 * twin's (`buildShownExpression`); together they draw exactly what `buildDrawnFilter` draws.
 */
export function buildFadedFilter(keys: IntervalKeys = EVENT_INTERVAL): ExpressionSpecification {
	const fading: ExpressionSpecification = ['to-boolean', state('fadePast')];
	// One interval that is past is not shown; of several, another may be.
	return keys.length === 1
		? ['all', fading, begun(keys[0]![0]), ['!', notOver(keys[0]![1])]]
		: ['all', fading, buildPastExpression(keys), ['!', buildShownExpression(keys)]];
}

/** Paint value: each category's Okabe–Ito colour from `CATEGORY_COLOUR`, grey for anything else. */
export function buildCategoryColourExpression(key = 'category'): ExpressionSpecification {
	const pairs = CATEGORIES.flatMap((category) => [category, CATEGORY_COLOUR[category]]);
	const fallback = CATEGORY_COLOUR.background;
	return ['match', ['get', key], ...pairs, fallback] as unknown as ExpressionSpecification;
}
