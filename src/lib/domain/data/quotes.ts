const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;
const WHITE_SPACE = /\s/;
const ALL_SINGLE_QUOTES = new RegExp(SINGLE_QUOTES.source, 'g');
const ALL_DOUBLE_QUOTES = new RegExp(DOUBLE_QUOTES.source, 'g');
const SPACE_RUN = /\s+/g;

/** Span of a quote inside its source text, as UTF-16 offsets into the original text. */
export interface QuoteSpan {
	start: number;
	end: number;
}

/**
 * A source text normalised once, so any number of quotes can be looked up in it without
 * normalising it again: build it with `prepareSourceText`, query it with `locateQuoteIn`.
 */
export interface PreparedText {
	/** The text as `normaliseQuoteText` returns it. */
	readonly normalised: string;
	/** For each UTF-16 unit of `normalised`, the offset in the original text it came from. */
	readonly origin: Uint32Array;
}

function normaliseChar(ch: string): string {
	if (SINGLE_QUOTES.test(ch)) return "'";
	if (DOUBLE_QUOTES.test(ch)) return '"';
	return ch;
}

/**
 * Normalises a text once for repeated quote lookups: runs of white space become one space and
 * typographic quote marks become straight ones, remembering where each character came from.
 * Linear in the length of the text.
 */
export function prepareSourceText(text: string): PreparedText {
	const parts: string[] = [];
	const origin = new Uint32Array(text.length);
	let length = 0;
	let pendingSpace = -1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i] as string;
		if (WHITE_SPACE.test(ch)) {
			if (pendingSpace < 0) pendingSpace = i;
			continue;
		}
		if (pendingSpace >= 0 && length > 0) {
			parts.push(' ');
			origin[length++] = pendingSpace;
		}
		pendingSpace = -1;
		parts.push(normaliseChar(ch));
		origin[length++] = i;
	}
	return { normalised: parts.join(''), origin: origin.subarray(0, length) };
}

/**
 * Normalises only what copy-and-paste legitimately changes: runs of white space become one
 * space and typographic quote marks become straight ones. Spelling, dashes and accents stay,
 * so a quote that differs in any word is not "verbatim".
 */
export function normaliseQuoteText(text: string): string {
	// The same result as `prepareSourceText(text).normalised`, without the offsets.
	let collapsed = text.replace(SPACE_RUN, ' ');
	if (collapsed.startsWith(' ')) collapsed = collapsed.slice(1);
	if (collapsed.endsWith(' ')) collapsed = collapsed.slice(0, -1);
	return collapsed.replace(ALL_SINGLE_QUOTES, "'").replace(ALL_DOUBLE_QUOTES, '"');
}

/**
 * Finds a quote in a prepared source text, tolerating only the differences
 * `normaliseQuoteText` removes. Returns the span in the original text or null; costs one
 * normalisation of the quote and one search, whatever the number of earlier lookups.
 */
export function locateQuoteIn(prepared: PreparedText, quote: string): QuoteSpan | null {
	const needle = normaliseQuoteText(quote);
	if (needle.length === 0) return null;
	const at = prepared.normalised.indexOf(needle);
	if (at < 0) return null;
	const last = prepared.origin[at + needle.length - 1] as number;
	return { start: prepared.origin[at] as number, end: last + 1 };
}

/**
 * Finds a quote in its source text, tolerating only the differences `normaliseQuoteText`
 * removes. Returns the span in the original text (for highlighting in context) or null.
 * Normalises the whole text on each call: to look up many quotes, prepare it once instead.
 */
export function locateQuote(sourceText: string, quote: string): QuoteSpan | null {
	return locateQuoteIn(prepareSourceText(sourceText), quote);
}
