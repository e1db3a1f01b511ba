import type { ExpressionSpecification } from 'maplibre-gl';
import { phaseOf, type TimeRange } from '$lib/domain/time-window';
import { CATEGORY_STYLE } from '$lib/domain/labels';
import { CATEGORIES, type AtlasEvent } from '$lib/domain/schema';

/**
 * The names of the MapLibre global-state properties the atlas layers read. Moving the slider,
 * toggling fading or selecting an event only sets these, never re-uploads a source.
 */
export const STATE_KEYS = {
	/** Epoch ms; the range's `from`, finite. */
	from: 'from',
	/** Epoch ms; the range's `to`, finite. */
	to: 'to',
	/** Whether events over before `from` are drawn faded (true) or hidden (false). */
	fadePast: 'fadePast',
	/** The selected event's id, or '' for none. */
	selectedId: 'selectedId',
	/** The id of the event under the pointer or keyboard focus, or '' for none. */
	hoveredId: 'hoveredId'
} as const;

/** What `map.setGlobalStateProperty` is given, and the style's `state` defaults. */
export interface AtlasGlobalState {
	from: number;
	to: number;
	fadePast: boolean;
	selectedId: string;
	hoveredId: string;
}

/**
 * The earliest and latest instants a JavaScript Date can hold (±8.64e15 ms). They stand in for
 * ±Infinity, which is not valid JSON and so cannot travel in a style or to the workers; every
 * real event lies strictly between them, so comparisons give the same answers.
 */
export const MIN_TIME_MS = -8.64e15;
export const MAX_TIME_MS = 8.64e15;

/** Clamps a range's ends to finite instants (cumulative mode starts at -Infinity). */
export function toFiniteRange(range: TimeRange): TimeRange {
	const clamp = (ms: number) => Math.min(MAX_TIME_MS, Math.max(MIN_TIME_MS, ms));
	return { from: clamp(range.from), to: clamp(range.to) };
}

/** Global state for a reader's current view; null ids become '' so comparisons stay typed. */
export function buildGlobalState(
	range: TimeRange,
	fadePast: boolean,
	selectedId: string | null,
	hoveredId: string | null
): AtlasGlobalState {
	return {
		...toFiniteRange(range),
		fadePast,
		selectedId: selectedId ?? '',
		hoveredId: hoveredId ?? ''
	};
}

const state = (key: keyof typeof STATE_KEYS): ExpressionSpecification => [
	'global-state',
	STATE_KEYS[key]
];
const num = (key: keyof typeof STATE_KEYS): ExpressionSpecification => ['number', state(key), 0];
const prop = (name: string): ExpressionSpecification => ['number', ['get', name], 0];

/**
 * True when the feature's interval `[startKey, endKey)` is shown in the current range: the map's
 * twin of `isEventShown` in domain/time-window.ts (`start <= to && end > from`), which the unit
 * tests hold it to.
 */
export function buildShownExpression(
	startKey = 'startMs',
	endKey = 'endMs'
): ExpressionSpecification {
	return ['all', ['<=', prop(startKey), num('to')], ['>', prop(endKey), num('from')]];
}

/** True when the interval has begun but ended by `from`: `phaseOf(...) === 'past'`. */
export function buildPastExpression(
	startKey = 'startMs',
	endKey = 'endMs'
): ExpressionSpecification {
	return ['all', ['<=', prop(startKey), num('to')], ['<=', prop(endKey), num('from')]];
}

/** Layer filter: shown events, plus past ones when fading is on. Future events never draw. */
export function buildDrawnFilter(startKey = 'startMs', endKey = 'endMs'): ExpressionSpecification {
	return [
		'any',
		buildShownExpression(startKey, endKey),
		['all', ['to-boolean', state('fadePast')], buildPastExpression(startKey, endKey)]
	];
}

/**
 * Whether the map draws an event at all (shown, or past while fading is on): the TypeScript twin
 * of `buildDrawnFilter`, for the HTML that must list exactly what the map draws.
 */
export function isEventDrawn(
	event: Pick<AtlasEvent, 'startMs' | 'endMs'>,
	range: TimeRange,
	fadePast: boolean
): boolean {
	const phase = phaseOf(event, range);
	return phase === 'current' || (fadePast && phase === 'past');
}

/** Paint value: `shown` for events in the range, `faded` for the past ones drawn faded. */
export function buildFadeExpression(shown: number, faded: number): ExpressionSpecification {
	return ['case', buildShownExpression(), shown, faded];
}

/** True for the feature whose `key` property is the selected (or hovered) event's id. */
export function buildIdMatchExpression(
	which: 'selectedId' | 'hoveredId',
	key = 'id'
): ExpressionSpecification {
	return ['==', ['get', key], ['to-string', state(which)]];
}

/**
 * Filter for link lines: those touching the selected event, and only while the event at the
 * other end is drawn, so no line leads to an empty spot.
 */
export function buildSelectedLinkFilter(): ExpressionSpecification {
	const end = (side: 'from' | 'to'): ExpressionSpecification =>
		buildDrawnFilter(`${side}StartMs`, `${side}EndMs`);
	return [
		'any',
		['all', buildIdMatchExpression('selectedId', 'from'), end('to')],
		['all', buildIdMatchExpression('selectedId', 'to'), end('from')]
	];
}

/** Paint value: each category's Okabe–Ito colour from `CATEGORY_STYLE`, grey for anything else. */
export function buildCategoryColourExpression(key = 'category'): ExpressionSpecification {
	const pairs = CATEGORIES.flatMap((category) => [category, CATEGORY_STYLE[category].colour]);
	return [
		'match',
		['get', key],
		...pairs,
		CATEGORY_STYLE.background.colour
	] as ExpressionSpecification;
}
