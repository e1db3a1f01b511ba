import { matchQuoteIn, normaliseQuoteText, type PreparedText, type QuoteMatch } from './quotes';
import { showText as show } from './describe-value';
import { codePointLabel, describeChar, findHiddenChars } from './unicode-names';
import { isInsideWord } from './word-boundaries';

/**
 * Says why a quote is not a verbatim excerpt of its source, precisely enough to fix it without
 * searching: which invisible character the quote has and the source has not, whether the two
 * differ only in Unicode normalisation, or where the nearest match departs from the source.
 * Only failed quotes come here, so the few extra searches of the text it makes cost nothing to
 * a valid atlas.
 */

/** How much of the quote or source is shown around a difference, in characters. */
const CONTEXT = 30;
/** Matches shorter than this say nothing about where the author copied from. */
const MEANINGFUL_MATCH = 8;
/** A word or number is followed this far at most when showing how the source continues it. */
const WORD_REACH = 40;

/** Which Unicode normalisation form a text is in; `either` when it has nothing to compose. */
type NormalForm = 'NFC' | 'NFD' | 'either' | 'mixed';

function formOf(text: string): NormalForm {
	const composed = text === text.normalize('NFC');
	const decomposed = text === text.normalize('NFD');
	if (composed && decomposed) return 'either';
	if (composed) return 'NFC';
	return decomposed ? 'NFD' : 'mixed';
}

function describeForm(form: NormalForm): string {
	return form === 'mixed' ? 'a mix of NFC and NFD' : form;
}

/** `text` cut to its first `length` characters, never inside a surrogate pair. */
function head(text: string, length = CONTEXT): string {
	if (text.length <= length) return text;
	const code = text.charCodeAt(length - 1);
	const cut = code >= 0xd800 && code <= 0xdbff ? length - 1 : length;
	return `${text.slice(0, cut)}…`;
}

/** `text` cut to its last `length` characters, never inside a surrogate pair. */
function tail(text: string, length = CONTEXT): string {
	if (text.length <= length) return text;
	const code = text.charCodeAt(text.length - length);
	const cut = code >= 0xdc00 && code <= 0xdfff ? length - 1 : length;
	return `…${text.slice(text.length - cut)}`;
}

/** The character starting at `index`, whole even when it is a surrogate pair. */
function charAt(text: string, index: number): string {
	const codePoint = text.codePointAt(index);
	return codePoint === undefined ? '' : String.fromCodePoint(codePoint);
}

/** The character ending at `index`, whole even when it is a surrogate pair. */
function charBefore(text: string, index: number): string {
	if (index <= 0) return '';
	const code = text.charCodeAt(index - 1);
	const start = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? index - 2 : index - 1;
	return text.slice(start, index);
}

function codePoints(text: string): string {
	return [...text].map((char) => codePointLabel(char.codePointAt(0) ?? 0)).join(' ');
}

/**
 * The length of the longest beginning of `needle` that occurs in `text` (or, with `fromEnd`,
 * the longest ending): found by halving, since any part of an occurring part occurs too, in
 * about log2(quote length) searches of the text.
 */
function longestPartFound(text: string, needle: string, fromEnd: boolean): number {
	const part = (length: number) =>
		fromEnd ? needle.slice(needle.length - length) : needle.slice(0, length);
	let found = 0;
	let tooLong = needle.length + 1;
	while (tooLong - found > 1) {
		const middle = Math.floor((found + tooLong) / 2);
		if (text.includes(part(middle))) found = middle;
		else tooLong = middle;
	}
	return found;
}

/** A source text with what explaining failures needs, each computed on first use. */
export class QuoteDiagnosis {
	private nfcText: string | undefined;
	private sourceForm: NormalForm | undefined;

	constructor(private readonly prepared: PreparedText) {}

	private nfc(): string {
		return (this.nfcText ??= this.prepared.normalised.normalize('NFC'));
	}

	private form(): NormalForm {
		return (this.sourceForm ??= formOf(this.prepared.normalised));
	}

	/** Why `quote`, as `match` found it, is not a verbatim excerpt on word boundaries. */
	explain(quote: string, match: QuoteMatch): string {
		if (match.kind === 'inside-word') return this.explainInsideWord(quote, match);
		return (
			this.explainHidden(quote) ?? this.explainNormalisation(quote) ?? this.explainNearest(quote)
		);
	}

	private explainInsideWord(
		quote: string,
		match: Extract<QuoteMatch, { kind: 'inside-word' }>
	): string {
		const text = this.prepared.normalised;
		const needle = normaliseQuoteText(quote);
		if (match.end) {
			let wordEnd = match.to;
			while (isInsideWord(text, wordEnd) && wordEnd - match.to < WORD_REACH) {
				wordEnd += charAt(text, wordEnd).length;
			}
			const continued = `${tail(needle)}${text.slice(match.to, wordEnd)}`;
			return `the quote ends inside a word or number: the source continues ${show(tail(needle))} as ${show(continued)}`;
		}
		let wordStart = match.from;
		while (isInsideWord(text, wordStart) && match.from - wordStart < WORD_REACH) {
			wordStart -= charBefore(text, wordStart).length;
		}
		const preceded = `${text.slice(wordStart, match.from)}${head(needle)}`;
		return `the quote starts inside a word or number: the source has ${show(head(needle))} as part of ${show(preceded)}`;
	}

	/** The quote is verbatim but for invisible characters the source does not have. */
	private explainHidden(quote: string): string | undefined {
		const needle = normaliseQuoteText(quote);
		const hidden = findHiddenChars(needle);
		const first = hidden[0];
		if (first === undefined) return undefined;
		let visible = '';
		let from = 0;
		for (const { index, char } of hidden) {
			visible += needle.slice(from, index);
			from = index + char.length;
		}
		visible += needle.slice(from);
		if (matchQuoteIn(this.prepared, visible).kind !== 'found') return undefined;
		const where =
			first.index === 0 ? 'at its start' : `after ${show(tail(needle.slice(0, first.index)))}`;
		const more = hidden.length > 1 ? ` (and ${hidden.length - 1} more invisible characters)` : '';
		return `the quote has ${describeChar(first.char)} ${where}${more}, which the source does not have`;
	}

	/** The quote and its source spell the same text in different Unicode normalisation forms. */
	private explainNormalisation(quote: string): string | undefined {
		const needle = normaliseQuoteText(quote);
		const quoteForm = formOf(needle);
		const sourceForm = this.form();
		const differ = quoteForm !== 'either' || sourceForm !== 'either';
		if (!differ || !this.nfc().includes(needle.normalize('NFC'))) return undefined;
		// The first letter with accents, spelt one way in the quote and the other in the source.
		const example = needle
			.normalize('NFC')
			.match(/\P{M}\p{M}*/gu)
			?.find((cluster) => cluster.normalize('NFD') !== cluster);
		let spelling = '';
		if (example !== undefined) {
			const inQuote = quoteForm === 'NFD' ? example.normalize('NFD') : example;
			const inSource = quoteForm === 'NFD' ? example : example.normalize('NFD');
			spelling = ` (${show(example)} is ${codePoints(inQuote)} in the quote, ${codePoints(inSource)} in the source)`;
		}
		return (
			`the quote and the source differ only in Unicode normalisation: the quote is in ` +
			`${describeForm(quoteForm)}, the source in ${describeForm(sourceForm)}${spelling}`
		);
	}

	/** Where the longest part of the quote found in the source departs from it. */
	private explainNearest(quote: string): string {
		const text = this.prepared.normalised;
		const needle = normaliseQuoteText(quote);
		const fromStart = longestPartFound(text, needle, false);
		const fromEnd = longestPartFound(text, needle, true);
		if (Math.max(fromStart, fromEnd) < Math.min(MEANINGFUL_MATCH, needle.length)) {
			const longest = Math.max(fromStart, fromEnd);
			const found =
				longest === 0
					? 'not even its first or last character is in the source'
					: `at most its first or last ${longest === 1 ? 'character is' : `${longest} characters are`} in the source`;
			return `no passage of the source begins or ends like the quote: ${found}`;
		}
		if (fromStart >= fromEnd) {
			const matched = needle.slice(0, fromStart);
			const at = text.indexOf(matched) + matched.length;
			const inSource = at < text.length ? describeChar(charAt(text, at)) : 'nothing (its end)';
			return (
				`the quote follows the source as far as ${show(tail(matched))}, then has ` +
				`${describeChar(charAt(needle, fromStart))} where the source has ${inSource}`
			);
		}
		const matched = needle.slice(needle.length - fromEnd);
		const at = text.indexOf(matched);
		const inSource = at > 0 ? describeChar(charBefore(text, at)) : 'nothing (its start)';
		return (
			`the quote ends as the source does from ${show(head(matched))}, but before that has ` +
			`${describeChar(charBefore(needle, needle.length - fromEnd))} where the source has ${inSource}`
		);
	}
}
