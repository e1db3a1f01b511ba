/** Lengths of fixed time units in milliseconds: the one home for them in the codebase. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
/** A nominal 24-hour day; calendar days (23 or 25 hours across DST) go through zoned.ts instead. */
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;
