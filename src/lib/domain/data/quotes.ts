const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;

/** Span of a quote inside its source text, as UTF-16 offsets into the original text. */
export interface QuoteSpan {
	start: number;
	end: number;
}

function normaliseChar(ch: string): string {
	if (SINGLE_QUOTES.test(ch)) return "'";
	if (DOUBLE_QUOTES.test(ch)) return '"';
	return ch;
}

/**
 * Normalises only what copy-and-paste legitimately changes: runs of white space become one
 * space and typographic quote marks become straight ones. Spelling, dashes and accents stay,
 * so a quote that differs in any word is not "verbatim".
 */
export function normaliseQuoteText(text: string): string {
	return locateIndex(text).normalised;
}

/** The normalised text plus, for each of its characters, the offset it came from. */
function locateIndex(text: string): { normalised: string; origin: number[] } {
	let normalised = '';
	const origin: number[] = [];
	let pendingSpace = -1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i] as string;
		if (/\s/.test(ch)) {
			if (pendingSpace < 0) pendingSpace = i;
			continue;
		}
		if (pendingSpace >= 0 && normalised.length > 0) {
			normalised += ' ';
			origin.push(pendingSpace);
		}
		pendingSpace = -1;
		normalised += normaliseChar(ch);
		origin.push(i);
	}
	return { normalised, origin };
}

/**
 * Finds a quote in its source text, tolerating only the differences `normaliseQuoteText`
 * removes. Returns the span in the original text (for highlighting in context) or null.
 */
export function locateQuote(sourceText: string, quote: string): QuoteSpan | null {
	const needle = normaliseQuoteText(quote);
	if (needle.length === 0) return null;
	const { normalised, origin } = locateIndex(sourceText);
	const at = normalised.indexOf(needle);
	if (at < 0) return null;
	const last = origin[at + needle.length - 1] as number;
	return { start: origin[at] as number, end: last + 1 };
}
