/**
 * The sizes the validator accepts, documented in docs/DATA.md ("Limits"). Each one keeps a
 * hostile or mistaken file from exhausting memory or time, or from reaching the page in a form
 * it cannot show; each error that enforces one names the limit.
 */

/** Events in events.geojson: twice the largest size the benchmark measures (100,000). */
export const MAX_EVENTS = 200_000;

/**
 * Bytes in any one data file read from disk. Above this the file could not even be held as one
 * string by the JavaScript engine (about 536 million characters), let alone parsed.
 */
export const MAX_FILE_BYTES = 400_000_000;

/** Characters in one source text: quotes are searched in it and the page shows it whole. */
export const MAX_SOURCE_TEXT_LENGTH = 10_000_000;

/** Characters in a one-line string: titles, headlines, place names, labels. */
export const MAX_LINE_LENGTH = 200;

/** Characters in a prose string: summaries, notes, quotes, stated facts, paragraphs. */
export const MAX_PROSE_LENGTH = 10_000;

/** Characters in an event id, source id or measure: they appear in links and file names. */
export const MAX_ID_LENGTH = 100;

/** Words in the shortest accepted quote (see `countWords` for what a word is). */
export const MIN_QUOTE_WORDS = 3;

/**
 * Failed quotes explained in detail per validation run. Finding where a quote departs from its
 * source costs a few searches of the whole text, so a file whose every quote fails must not pay
 * that for each of them; the rest are still reported, without the explanation.
 */
export const MAX_DIAGNOSED_QUOTES = 100;

/** `200000` as `200,000`, the way limits are written in messages and docs. */
export function formatCount(count: number): string {
	return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
