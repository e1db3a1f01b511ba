import type { TimeRange } from '$lib/domain/time/range';

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
