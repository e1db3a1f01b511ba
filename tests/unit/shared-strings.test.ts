import { describe, expect, it } from 'vitest';
import {
	createStringSharer,
	SHARED_STRING_MAX_LENGTH
} from '../../src/lib/domain/data/shared-strings';

describe('createStringSharer', () => {
	it('leaves every value of a batch of events as it was: strings, numbers, nulls, nesting', () => {
		const event = () => ({
			id: 'e1',
			category: 'attack',
			timeZone: 'Europe/Paris',
			coordinates: [2.37, 48.86],
			startMs: 1447446000000,
			end: null,
			verified: true,
			quotes: [{ sourceId: '000_024441ece85ae484', text: 'x'.repeat(500), figures: [] }],
			place: { name: 'Paris', country: 'FR' }
		});
		const share = createStringSharer();
		const batch = [event(), { ...event(), id: 'e2' }];
		expect(share(batch)).toEqual([event(), { ...event(), id: 'e2' }]);
		// A later batch goes through the same pool and comes out as it went in too.
		expect(share([{ ...event(), id: 'e3' }])).toEqual([{ ...event(), id: 'e3' }]);
	});

	it('works in place: the batch handed over is the one given back', () => {
		const batch = [{ id: 'a', tags: ['x', 'y'] }];
		expect(createStringSharer()(batch)).toBe(batch);
	});

	it('hands back strings and other primitives given on their own', () => {
		const share = createStringSharer();
		expect(share('Europe/Brussels')).toBe('Europe/Brussels');
		expect(share('q'.repeat(SHARED_STRING_MAX_LENGTH + 1))).toBe(
			'q'.repeat(SHARED_STRING_MAX_LENGTH + 1)
		);
		expect(share(42)).toBe(42);
		expect(share(null)).toBe(null);
	});
});
