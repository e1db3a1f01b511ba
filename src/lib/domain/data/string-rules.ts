import { z } from 'zod';
import { calendarDateProblem } from './calendar';
import {
	MAX_ID_LENGTH,
	MAX_LINE_LENGTH,
	MAX_PROSE_LENGTH,
	MIN_QUOTE_WORDS,
	formatCount
} from './limits';
import { describeChar, findHiddenChars, isControl, isInvisible } from './unicode-names';
import { countWords } from './word-boundaries';

/**
 * The rules every string of the data follows, as zod schemas: a length limit, something
 * visible in required text, one line without hidden characters in titles and names, ids that
 * are no JavaScript object's reserved names, dates that exist. Each rule reports one precise
 * message per field, the first that fails. Rules see the string as written: white space is
 * trimmed only afterwards, since JavaScript's `trim` would also remove a byte order mark.
 * Quotes are never trimmed: their white space is the quote lookup's business.
 */

/**
 * Invisible characters that one-line strings may hold: the joiners some scripts (Persian,
 * Indic scripts) need inside words, and the selectors that choose how an emoji is drawn. They
 * change how letters join or look, never hide or reorder text.
 */
const HARMLESS_INVISIBLES: ReadonlySet<string> = new Set(['\u200c', '\u200d', '\ufe0e', '\ufe0f']);

/**
 * Names that plain JavaScript objects already answer to: an id such as `__proto__` or
 * `constructor` would read an object's prototype wherever some code still keys a plain object
 * by id, as "Read in context" once did. The validator uses `Map`s; it also refuses these.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
	...Object.getOwnPropertyNames(Object.prototype),
	'prototype'
]);

/** Whether `text` has a character that shows: not only spaces, controls or invisible marks. */
export function hasVisibleChar(text: string): boolean {
	for (const char of text) {
		if (!/[\s\p{Z}\p{M}]/u.test(char) && !isControl(char) && !isInvisible(char)) return true;
	}
	return false;
}

/** Reports `message` as the one problem of the value being checked. */
function fail(ctx: z.RefinementCtx, message: string) {
	ctx.addIssue({ code: 'custom', message });
}

function tooLong(limit: number, what: string): string {
	return `${what} of at most ${formatCount(limit)} characters`;
}

/**
 * A one-line string such as a title or a place name: at most `MAX_LINE_LENGTH` characters,
 * something visible when required, and no line break, control or invisible character other
 * than `HARMLESS_INVISIBLES`, since it is printed in headings, labels and one-line messages.
 */
function lineRules(required: boolean) {
	return (value: string, ctx: z.RefinementCtx) => {
		if (value.length > MAX_LINE_LENGTH) return fail(ctx, tooLong(MAX_LINE_LENGTH, 'one line'));
		if (required && !hasVisibleChar(value)) return fail(ctx, 'a string with visible text');
		const [hidden] = findHiddenChars(value, HARMLESS_INVISIBLES);
		if (hidden !== undefined) {
			const found = `${describeChar(hidden.char)} at character ${hidden.index}`;
			fail(ctx, `one line without control or invisible characters (found ${found})`);
		}
	};
}

/** Prose such as a summary, a note or a quote: at most `MAX_PROSE_LENGTH` characters. */
function proseRules(required: boolean) {
	return (value: string, ctx: z.RefinementCtx) => {
		if (value.length > MAX_PROSE_LENGTH) return fail(ctx, tooLong(MAX_PROSE_LENGTH, 'a text'));
		if (required && !hasVisibleChar(value)) fail(ctx, 'a string with visible text');
	};
}

/** A required one-line string: title, place name, locality, figure label. */
export const line = z.string().superRefine(lineRules(true)).trim();
/** An optional one-line string, which may be empty: headline, address, unit. */
export const optionalLine = z.string().superRefine(lineRules(false)).optional();
/** Required prose: summary, note, stated fact, paragraph. */
export const prose = z.string().superRefine(proseRules(true)).trim();
/** Optional prose, which may be empty: a link's note. */
export const optionalProse = z.string().superRefine(proseRules(false)).optional();

/** A quote's text: prose of at least `MIN_QUOTE_WORDS` words, so a fragment cannot pass. */
export const quoteText = z.string().superRefine((value, ctx) => {
	if (value.length > MAX_PROSE_LENGTH) return fail(ctx, tooLong(MAX_PROSE_LENGTH, 'a quote'));
	const words = countWords(value, MIN_QUOTE_WORDS);
	if (words < MIN_QUOTE_WORDS) {
		fail(ctx, `a quote of at least ${MIN_QUOTE_WORDS} words (found ${words})`);
	}
});

/** An id: `pattern` (with `example`), at most `MAX_ID_LENGTH` characters, not reserved. */
export function identifier(pattern: RegExp, example: string) {
	return z.string().superRefine((value, ctx) => {
		if (value.length > MAX_ID_LENGTH) return fail(ctx, tooLong(MAX_ID_LENGTH, 'an id'));
		if (!pattern.test(value)) return fail(ctx, example);
		if (RESERVED_IDS.has(value)) {
			fail(
				ctx,
				'an id other than the names JavaScript objects reserve (__proto__, constructor, …)'
			);
		}
	});
}

/** A calendar date `YYYY-MM-DD` that exists: no 30 February, no month 13. */
export const isoDate = z.string().superRefine((value, ctx) => {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return fail(ctx, 'a calendar date YYYY-MM-DD');
	const problem = calendarDateProblem(value);
	if (problem !== undefined) fail(ctx, `a date that exists in the calendar (${problem})`);
});
