import type { TimeRange } from '$lib/domain/time/range';

/**
 * The names of the MapLibre global-state properties the atlas layers read. Moving the slider or
 * toggling fading only sets these, never re-uploads a source. The selection and the hover are
 * not here: a change of one would lay out every layer that reads it again (see focus.ts).
 */
export const STATE_KEYS = {
	/** Epoch ms; the range's `from`, finite. */
	from: 'from',
	/** Epoch ms; the range's `to`, finite. */
	to: 'to',
	/** Whether events over before `from` are drawn faded (true) or hidden (false). */
	fadePast: 'fadePast'
} as const;

/** What `map.setGlobalStateProperty` is given, and the style's `state` defaults. */
export interface AtlasGlobalState {
	from: number;
	to: number;
	fadePast: boolean;
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

/** Global state for a reader's current view. */
export function buildGlobalState(range: TimeRange, fadePast: boolean): AtlasGlobalState {
	return { ...toFiniteRange(range), fadePast };
}
