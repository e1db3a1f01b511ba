import { describe, expect, it } from 'vitest';
import { locateQuote, normaliseQuoteText } from '../../src/lib/domain/data/quotes';

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
