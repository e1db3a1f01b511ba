/** A half-open span of time `[startMs, endMs)` in epoch ms; `endMs === startMs` is allowed. */
export interface Interval {
	startMs: number;
	endMs: number;
}

/**
 * The union of half-open intervals `[startMs, endMs)` as the fewest intervals, sorted by start:
 * overlapping intervals merge, and so do touching ones (`[a, b)` and `[b, c)` make `[a, c)`).
 * A zero-length interval (`endMs === startMs`) is swallowed by any interval it lies in or
 * touches, and otherwise kept as it is; duplicates collapse into one.
 *
 * What survives, for any range `{ from, to }` with `from <= to`, is the phase of the group:
 * some merged interval is shown (`start <= to && end > from`) exactly when some input interval
 * is, and when none is shown, some merged interval is past (`start <= to && end <= from`)
 * exactly when some input interval is. So a feature standing for several intervals may carry
 * their union and the map draws it (shown, or past while fading) and fades it (past, none shown)
 * the same way. "Some interval is past" alone is not kept: `[0, 2)` is past and `[2, 4)` shown
 * from 2 to 3, but their union `[0, 4)` is only shown.
 *
 * Throws a RangeError for an interval that ends before it starts or is not made of numbers.
 */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
	for (const { startMs, endMs } of intervals) {
		if (!(endMs >= startMs)) {
			throw new RangeError(`Interval [${startMs}, ${endMs}) ends before it starts`);
		}
	}
	const sorted = [...intervals].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
	const merged: Interval[] = [];
	for (const { startMs, endMs } of sorted) {
		const last = merged.at(-1);
		if (last && startMs <= last.endMs) last.endMs = Math.max(last.endMs, endMs);
		else merged.push({ startMs, endMs });
	}
	return merged;
}
