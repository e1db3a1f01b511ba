/**
 * Where a word begins and ends, so that a quote is a run of whole words of its source: "with
 * 13" is not a quote of "with 130 dead", nor "the town" of "the town's". The rule is kept
 * small and explicit (docs/DATA.md, "Quotes") rather than taken from a word-segmentation
 * library, so that every runtime, the build's and each browser's, judges a quote alike.
 */

/** Letters, digits and the marks (accents) that belong to them. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const WORD_START = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
/**
 * Scripts written without spaces between words. No rule short of a dictionary finds their word
 * boundaries, so a quote may begin or end between any two of their letters, and each letter
 * counts as a word.
 */
const SPACELESS =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Joins two letters into one word, as in "town's"; typographic apostrophes are normalised. */
const APOSTROPHE = "'";
/** Join two digits into one number, as in "13.5" or "130,000". */
const NUMBER_JOINERS = new Set(['.', ',']);

/** The character (code point) that ends at `index`, or '' at the start of the text. */
function charBefore(text: string, index: number): string {
	if (index <= 0) return '';
	const low = text.charCodeAt(index - 1);
	const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff;
	return text.slice(isLowSurrogate && index >= 2 ? index - 2 : index - 1, index);
}

/** The character (code point) that starts at `index`, or '' at the end of the text. */
function charAt(text: string, index: number): string {
	const codePoint = text.codePointAt(index);
	return codePoint === undefined ? '' : String.fromCodePoint(codePoint);
}

/**
 * Whether cutting `text` at UTF-16 offset `index` would split a word or a number: between two
 * letters or digits (unless one belongs to a script written without spaces), before an accent,
 * or on either side of an apostrophe between letters or a point or comma between digits.
 */
export function isInsideWord(text: string, index: number): boolean {
	const before = charBefore(text, index);
	const after = charAt(text, index);
	if (before === '' || after === '') return false;
	if (MARK.test(after)) return true;
	if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) {
		return !SPACELESS.test(before) && !SPACELESS.test(after);
	}
	if (before === APOSTROPHE) {
		return LETTER.test(after) && LETTER.test(charBefore(text, index - before.length));
	}
	if (after === APOSTROPHE) {
		return LETTER.test(before) && LETTER.test(charAt(text, index + after.length));
	}
	if (NUMBER_JOINERS.has(before)) {
		return DIGIT.test(after) && DIGIT.test(charBefore(text, index - before.length));
	}
	if (NUMBER_JOINERS.has(after)) {
		return DIGIT.test(before) && DIGIT.test(charAt(text, index + after.length));
	}
	return false;
}

/**
 * The number of words in `text`, counting no further than `atMost`: a word is a run of letters
 * and digits as `isInsideWord` joins them ("town's", "130,000" and "café" are one word each),
 * and each letter of a script written without spaces is a word by itself.
 */
export function countWords(text: string, atMost = Infinity): number {
	let count = 0;
	let index = 0;
	for (const char of text) {
		if (WORD_START.test(char) && !isInsideWord(text, index) && ++count >= atMost) return count;
		index += char.length;
	}
	return count;
}
