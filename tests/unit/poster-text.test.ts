import { describe, expect, it } from 'vitest';
import { describePoster } from '../../src/lib/domain/poster-text';

describe('describePoster', () => {
	it('says how many events it shows and where, in alphabetical order', () => {
		expect(describePoster(40, ['France', 'Belgium'])).toBe(
			'Still map of the 40 events of this atlas in Belgium and France, each drawn as a dot coloured by its category.'
		);
		expect(describePoster(3, ['Spain', 'France', 'Italy'])).toContain(
			'in France, Italy and Spain,'
		);
	});

	it('reads well with one event and with no place', () => {
		expect(describePoster(1, [])).toBe(
			'Still map of the one event of this atlas, drawn as a dot coloured by its category.'
		);
	});
});
