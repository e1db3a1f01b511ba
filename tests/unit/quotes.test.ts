import { describe, expect, it } from 'vitest';
import { QuoteDiagnosis } from '../../src/lib/domain/data/quote-diagnosis';
import {
	locateQuote,
	locateQuoteIn,
	matchQuoteIn,
	normaliseQuoteText,
	prepareSourceText
} from '../../src/lib/domain/data/quotes';
import { countWords } from '../../src/lib/domain/data/word-boundaries';

const source = 'He said: “Come  get\nme.” It’s late.';

describe('locateQuote', () => {
	it('tolerates straight quotes and collapsed white space, and returns the original span', () => {
		const span = locateQuote(source, '"Come get me." It\'s');
		expect(span).not.toBeNull();
		expect(source.slice(span!.start, span!.end)).toBe('“Come  get\nme.” It’s');
	});

	it('rejects a change of any word, letter or dash', () => {
		expect(locateQuote(source, 'Come and get me')).toBeNull();
		expect(locateQuote(source, 'come get me')).toBeNull();
		expect(locateQuote('a – b', 'a - b')).toBeNull();
	});

	it('rejects an empty quote', () => {
		expect(locateQuote(source, '   ')).toBeNull();
	});

	it('normalises only white space and quote marks', () => {
		expect(normaliseQuoteText(' “It’s”\t here ')).toBe('"It\'s" here');
	});
});

describe('prepareSourceText and locateQuoteIn', () => {
	const quotes = [
		'"Come get me." It\'s',
		'He said:',
		'late.',
		' me.” It’s ',
		'Come and get me',
		'come get me',
		'   ',
		''
	];

	it('finds the same spans as locateQuote, and nothing where it finds nothing', () => {
		const prepared = prepareSourceText(source);
		for (const quote of quotes) {
			expect(locateQuoteIn(prepared, quote), quote).toEqual(locateQuote(source, quote));
		}
	});

	it('answers many lookups from one preparation, each as an offset into the original text', () => {
		const prepared = prepareSourceText(source);
		const spans = ['He said:', 'get me', "It's late."].map((q) => locateQuoteIn(prepared, q));
		expect(spans.map((span) => span && source.slice(span.start, span.end))).toEqual([
			'He said:',
			'get\nme',
			'It’s late.'
		]);
	});

	it('keeps the normalised text and, for each of its characters, where it came from', () => {
		const prepared = prepareSourceText('  a\t\n“b” ');
		expect(prepared.normalised).toBe(normaliseQuoteText('  a\t\n“b” '));
		expect(prepared.normalised).toBe('a "b"');
		expect([...prepared.origin]).toEqual([2, 3, 5, 6, 7]);
	});
});

describe('matchQuoteIn: whole words only', () => {
	const text = prepareSourceText(
		'The attacks left 130 dead and 13.5 million in damage. It’s the town’s café, Mr Smith’s.'
	);
	const kind = (quote: string) => matchQuoteIn(text, quote).kind;

	it('accepts a quote that starts and ends on word boundaries, even mid-sentence', () => {
		expect(kind('attacks left 130 dead')).toBe('found');
		expect(kind('130 dead and 13.5 million')).toBe('found');
		expect(kind("It's the town's café,")).toBe('found');
	});

	it('refuses a quote that ends inside a number, including after its decimal point', () => {
		expect(kind('The attacks left 13')).toBe('inside-word');
		expect(kind('dead and 13')).toBe('inside-word');
		expect(kind('dead and 13.')).toBe('inside-word');
	});

	it('refuses a quote that starts or ends inside a word, an accent or a possessive', () => {
		expect(kind('he attacks left')).toBe('inside-word');
		expect(kind("It's the town")).toBe('inside-word');
		expect(kind('the town’s caf')).toBe('inside-word');
	});

	it('keeps searching past an occurrence inside a word for one on word boundaries', () => {
		const prepared = prepareSourceText('A total of 130 died; of 13 we know the names.');
		const match = matchQuoteIn(prepared, 'of 13');
		expect(match.kind).toBe('found');
		if (match.kind === 'found') expect(match.span).toEqual({ start: 21, end: 26 });
	});

	it('finds a word boundary before an accent only between whole letters', () => {
		const decomposed = prepareSourceText('The cafe\u0301 was closed.');
		expect(matchQuoteIn(decomposed, 'The cafe').kind).toBe('inside-word');
	});

	it('lets a quote begin or end between any two letters of a script written without spaces', () => {
		const prepared = prepareSourceText('東京で大きな地震があった。');
		expect(matchQuoteIn(prepared, '大きな地震').kind).toBe('found');
	});

	it('stays linear when a long quote occurs a million times inside longer words', () => {
		const prepared = prepareSourceText('aa '.repeat(1_000_000));
		const started = performance.now();
		expect(matchQuoteIn(prepared, `a ${'aa '.repeat(2000)}a`).kind).toBe('inside-word');
		// Searching again from each occurrence would compare 1e6 × 6,000 characters: minutes.
		expect(performance.now() - started).toBeLessThan(5000);
	});
});

describe('countWords', () => {
	it('counts runs of letters and digits, joined by apostrophes and decimal points', () => {
		expect(countWords('a')).toBe(1);
		expect(countWords('with 130,000 dead')).toBe(3);
		expect(countWords("the town's café")).toBe(3);
		expect(countWords(' — … ')).toBe(0);
	});

	it('counts each letter of a script written without spaces as a word', () => {
		expect(countWords('大きな地震')).toBe(5);
	});

	it('stops counting at the bound it is given', () => {
		expect(countWords('one two three four five', 3)).toBe(3);
	});
});

describe('QuoteDiagnosis: why a quote is not found', () => {
	const explain = (source: string, quote: string) => {
		const prepared = prepareSourceText(source);
		return new QuoteDiagnosis(prepared).explain(quote, matchQuoteIn(prepared, quote));
	};

	it('names an invisible character the quote has and the source has not', () => {
		expect(explain('A second event followed.', 'A second\u2060 event followed')).toBe(
			'the quote has U+2060 WORD JOINER after "A second", which the source does not have'
		);
		expect(explain('A second event followed.', '\uFEFFA second event')).toBe(
			'the quote has U+FEFF ZERO WIDTH NO-BREAK SPACE (BYTE ORDER MARK) at its start, ' +
				'which the source does not have'
		);
	});

	it('names the normalisation forms of quote and source', () => {
		expect(explain('Le café était fermé.'.normalize('NFD'), 'Le café était fermé')).toBe(
			'the quote and the source differ only in Unicode normalisation: the quote is in NFC, ' +
				'the source in NFD ("é" is U+00E9 in the quote, U+0065 U+0301 in the source)'
		);
	});

	it('shows where the longest matching part departs from the source', () => {
		expect(explain('The police raided a flat in Saint-Denis.', 'The police raided a house')).toBe(
			'the quote follows the source as far as "The police raided a ", then has "h" where ' +
				'the source has "f"'
		);
		expect(explain('a flat in Saint-Denis.', 'one flat in Saint-Denis')).toBe(
			'the quote ends as the source does from " flat in Saint-Denis", but before that has ' +
				'"e" where the source has "a"'
		);
		expect(
			explain('The shooting lasted ten minutes – police said.', 'lasted ten minutes - police')
		).toBe(
			'the quote follows the source as far as "lasted ten minutes ", then has "-" where the ' +
				'source has U+2013 EN DASH "–"'
		);
	});

	it('escapes invisible characters in the passages it quotes, so the message shows them', () => {
		expect(explain('Bahá\u200Dí families and more', 'Bahá\u200Dí families and less')).toBe(
			'the quote follows the source as far as "Bahá\\u200dí families and ", then has "l" ' +
				'where the source has "m"'
		);
	});

	it('says when nothing of the source resembles the quote', () => {
		expect(explain('Police said.', 'Xylophones vibrate quietly')).toBe(
			'no passage of the source begins or ends like the quote: not even its first or last ' +
				'character is in the source'
		);
		expect(explain('Police said.', 'Police raided the flat')).toBe(
			'no passage of the source begins or ends like the quote: at most its first or last 7 ' +
				'characters are in the source'
		);
	});
});
