import { isInsideWord } from './word-boundaries';

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;
/**
 * White space as JavaScript's `\s` knows it, except U+FEFF: that one is the invisible byte order
 * mark (or zero-width no-break space), which prints as nothing, so it must not stand for a space.
 */
const WHITE_SPACE = /[^\S\uFEFF]/;
const ALL_SINGLE_QUOTES = new RegExp(SINGLE_QUOTES.source, 'g');
const ALL_DOUBLE_QUOTES = new RegExp(DOUBLE_QUOTES.source, 'g');
const SPACE_RUN = /[^\S\uFEFF]+/g;

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

/** What `prepareSourceText` does with one UTF-16 code unit. */
const Unit = { Keep: 0, Space: 1, SingleQuote: 2, DoubleQuote: 3 } as const;
type Unit = (typeof Unit)[keyof typeof Unit];

/**
 * The class of one code unit, as the regular expressions above decide it but without running
 * them on every character: preparing is the one pass over every character of every source.
 * Printable ASCII, the bulk of most texts, is settled by the first comparison.
 */
function unitKind(code: number): Unit {
	if (code > 0x20 && code < 0x7f) return Unit.Keep;
	const char = String.fromCharCode(code);
	if (WHITE_SPACE.test(char)) return Unit.Space;
	if (SINGLE_QUOTES.test(char)) return Unit.SingleQuote;
	if (DOUBLE_QUOTES.test(char)) return Unit.DoubleQuote;
	return Unit.Keep;
}

/**
 * Normalises a text once for repeated quote lookups: runs of white space become one space and
 * typographic quote marks become straight ones, remembering where each character came from.
 * Linear in the length of the text; unchanged stretches are copied whole.
 */
export function prepareSourceText(text: string): PreparedText {
	const parts: string[] = [];
	const origin = new Uint32Array(text.length);
	let length = 0;
	let pendingSpace = -1;
	/** Start of the stretch of kept characters not yet copied to `parts`. */
	let kept = 0;
	for (let i = 0; i < text.length; i++) {
		const kind = unitKind(text.charCodeAt(i));
		if (kind === Unit.Space) {
			if (pendingSpace < 0) {
				parts.push(text.slice(kept, i));
				pendingSpace = i;
			}
			continue;
		}
		if (pendingSpace >= 0) {
			if (length > 0) {
				parts.push(' ');
				origin[length++] = pendingSpace;
			}
			pendingSpace = -1;
			kept = i;
		}
		if (kind !== Unit.Keep) {
			parts.push(text.slice(kept, i), kind === Unit.SingleQuote ? "'" : '"');
			kept = i + 1;
		}
		origin[length++] = i;
	}
	if (pendingSpace < 0) parts.push(text.slice(kept));
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
 * How a quote was found in a prepared source text. `inside-word` means it occurs only as part
 * of longer words or numbers ("with 13" in "with 130 dead"): `from` and `to` are that first
 * occurrence in `prepared.normalised`, and `start`/`end` say which of its ends cut a word.
 */
export type QuoteMatch =
	| { kind: 'found'; span: QuoteSpan }
	| { kind: 'inside-word'; from: number; to: number; start: boolean; end: boolean }
	| { kind: 'missing' };

/**
 * Every start of `needle` in `text` from `from` on, in order, by Knuth–Morris–Pratt: linear
 * in the lengths of both, however often and however overlapping the occurrences are. Only
 * needed when the first occurrence cuts a word, so the native `indexOf` serves the usual case.
 */
function* occurrencesFrom(text: string, needle: string, from: number): Generator<number> {
	// fallback[i]: the length of the longest proper border of needle[0..i].
	const fallback = new Int32Array(needle.length);
	for (let i = 1, border = 0; i < needle.length; i++) {
		const unit = needle.charCodeAt(i);
		while (border > 0 && unit !== needle.charCodeAt(border)) {
			border = fallback[border - 1] as number;
		}
		if (unit === needle.charCodeAt(border)) border++;
		fallback[i] = border;
	}
	for (let i = from, matched = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		while (matched > 0 && unit !== needle.charCodeAt(matched)) {
			matched = fallback[matched - 1] as number;
		}
		if (unit === needle.charCodeAt(matched)) matched++;
		if (matched === needle.length) {
			yield i + 1 - needle.length;
			matched = fallback[matched - 1] as number;
		}
	}
}

/**
 * Finds a quote in a prepared source text as a run of whole words, tolerating only the
 * differences `normaliseQuoteText` removes. Its first occurrence on word boundaries wins;
 * occurrences inside longer words are skipped, the first of them kept to explain a failure.
 * One normalisation of the quote and one native search of the text; a second, linear scan
 * only when that first occurrence cuts a word.
 */
export function matchQuoteIn(prepared: PreparedText, quote: string): QuoteMatch {
	const needle = normaliseQuoteText(quote);
	const text = prepared.normalised;
	const first = needle.length === 0 ? -1 : text.indexOf(needle);
	if (first < 0) return { kind: 'missing' };
	let partial: QuoteMatch | undefined;
	for (const at of occurrencesAfter(text, needle, first)) {
		const end = at + needle.length;
		const cutsStart = isInsideWord(text, at);
		const cutsEnd = isInsideWord(text, end);
		if (!cutsStart && !cutsEnd) {
			const last = prepared.origin[end - 1] as number;
			return { kind: 'found', span: { start: prepared.origin[at] as number, end: last + 1 } };
		}
		partial ??= { kind: 'inside-word', from: at, to: end, start: cutsStart, end: cutsEnd };
	}
	return partial ?? { kind: 'missing' };
}

/** The occurrence `first` (found by `indexOf`), then the later ones, found linearly. */
function* occurrencesAfter(text: string, needle: string, first: number): Generator<number> {
	yield first;
	yield* occurrencesFrom(text, needle, first + 1);
}

/**
 * Finds a quote in a prepared source text as `matchQuoteIn` does. Returns the span in the
 * original text, or null when it is missing or only part of longer words.
 */
export function locateQuoteIn(prepared: PreparedText, quote: string): QuoteSpan | null {
	const match = matchQuoteIn(prepared, quote);
	return match.kind === 'found' ? match.span : null;
}

/**
 * Finds a quote in its source text as `matchQuoteIn` does. Returns the span in the original
 * text (for highlighting in context) or null. Normalises the whole text on each call: to look
 * up many quotes, prepare it once instead.
 */
export function locateQuote(sourceText: string, quote: string): QuoteSpan | null {
	return locateQuoteIn(prepareSourceText(sourceText), quote);
}
