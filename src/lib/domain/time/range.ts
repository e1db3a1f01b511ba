import type { AtlasEvent } from '../data/schema';

/** Cumulative shows everything that has begun by `at`; window only the last `span` ms. */
export const TIME_MODES = ['cumulative', 'window'] as const;
export type TimeMode = (typeof TIME_MODES)[number];

/** The instants, in epoch ms, between which an event counts as shown. */
export interface TimeRange {
	from: number;
	to: number;
}

/** The slider's position: an instant, a mode, and the window length for window mode. */
export interface TimeSelection {
	at: number;
	mode: TimeMode;
	/** Window length in ms; ignored in cumulative mode. */
	span: number;
}

/** Where an event stands relative to the current range: shown, already over, or yet to come. */
export type EventPhase = 'current' | 'past' | 'future';

/**
 * The range a selection shows. Cumulative mode starts at -Infinity, so "everything up to t"
 * and "the last N days" go through one predicate.
 */
export function rangeOf(selection: TimeSelection): TimeRange {
	const from = selection.mode === 'cumulative' ? -Infinity : selection.at - selection.span;
	return { from, to: selection.at };
}

/**
 * The one predicate the list, the histogram and the map share (the map through the
 * equivalent expression in map/expressions.ts, tested against this): an event is shown when it
 * has begun by `to` and has not ended by `from`. Events occupy [startMs, endMs).
 */
export function isEventShown(
	event: Pick<AtlasEvent, 'startMs' | 'endMs'>,
	range: TimeRange
): boolean {
	return event.startMs <= range.to && event.endMs > range.from;
}

/** Shown, or over before the window began (drawn faded when the reader asks), or not yet begun. */
export function phaseOf(
	event: Pick<AtlasEvent, 'startMs' | 'endMs'>,
	range: TimeRange
): EventPhase {
	if (event.startMs > range.to) return 'future';
	return event.endMs > range.from ? 'current' : 'past';
}

/**
 * Whether the map draws an event at all (shown, or past while fading is on): the TypeScript twin
 * of `buildDrawnFilter` in map/expressions.ts, for the HTML that must list exactly what the map draws.
 */
export function isEventDrawn(
	event: Pick<AtlasEvent, 'startMs' | 'endMs'>,
	range: TimeRange,
	fadePast: boolean
): boolean {
	const phase = phaseOf(event, range);
	return phase === 'current' || (fadePast && phase === 'past');
}

/** First start and last end across events: the slider's full extent. */
export function extentOf(events: readonly Pick<AtlasEvent, 'startMs' | 'endMs'>[]): TimeRange {
	let from = Infinity;
	let to = -Infinity;
	for (const event of events) {
		from = Math.min(from, event.startMs);
		to = Math.max(to, event.endMs);
	}
	return { from, to };
}

/**
 * The next instant after `at` at which an event begins (or the previous one before it), so
 * stepping skips empty stretches. Returns undefined at either end.
 */
export function adjacentEventStart(
	events: readonly Pick<AtlasEvent, 'startMs'>[],
	at: number,
	direction: 1 | -1
): number | undefined {
	let best: number | undefined;
	for (const { startMs } of events) {
		if (direction === 1 ? startMs > at : startMs < at) {
			if (best === undefined || (direction === 1 ? startMs < best : startMs > best)) best = startMs;
		}
	}
	return best;
}
