import { describe, expect, it } from 'vitest';
import {
	locateQuote,
	locateQuoteIn,
	normaliseQuoteText,
	prepareSourceText
} from '../../src/lib/domain/data/quotes';

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
