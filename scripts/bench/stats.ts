/** The middle value (mean of the two middle ones for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[mid] as number)
		: ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The nearest-rank percentile (p in 0–100): a value that was actually measured. */
export function percentile(values: readonly number[], p: number): number {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[Math.min(sorted.length, rank) - 1] as number;
}

/**
 * The median as a value that was measured: the lower middle one for an even count. For the
 * longest task, where 0 stands for "none of 50 ms or more", the mean of 0 and 84 would report
 * a 42 ms task that no run had, and below what the Long Tasks API can see.
 */
export function measuredMedian(values: readonly number[]): number {
	return percentile(values, 50);
}

/** The largest finite value, or NaN when there is none. */
export function maximum(values: readonly number[]): number {
	return values.reduce((max, v) => (Number.isFinite(v) && !(v <= max) ? v : max), NaN);
}
