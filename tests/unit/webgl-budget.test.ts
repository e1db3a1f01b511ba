import { describe, expect, it } from 'vitest';
import {
	forgetStale,
	hasFreeSlot,
	mustYield,
	shouldRelease,
	type Claim
} from '../../src/lib/domain/webgl-budget';

function claim(id: string, claimedAt: number, forced = false): Claim {
	return { id, claimedAt, seenAt: claimedAt, forced };
}

function claims(...list: Claim[]): Map<string, Claim> {
	return new Map(list.map((c) => [c.id, c]));
}

describe('hasFreeSlot', () => {
	it('lets a map start while fewer maps than the budget are live', () => {
		expect(hasFreeSlot(claims(), 2)).toBe(true);
		expect(hasFreeSlot(claims(claim('a', 1)), 2)).toBe(true);
		expect(hasFreeSlot(claims(claim('a', 1), claim('b', 2)), 2)).toBe(false);
	});
});

describe('forgetStale', () => {
	it('forgets a live map not heard of for longer than the time to live', () => {
		const heard = claims({ ...claim('a', 0), seenAt: 1000 }, { ...claim('b', 0), seenAt: 5000 });
		expect([...forgetStale(heard, 6000, 3500).keys()]).toEqual(['b']);
		expect([...forgetStale(heard, 4500, 3500).keys()]).toEqual(['a', 'b']);
	});
});

describe('mustYield', () => {
	it('makes the newest maps beyond the budget give their slots back, and no other', () => {
		const all = [claim('a', 1), claim('b', 2), claim('c', 3), claim('d', 4)];
		const yielding = all.filter((own) => mustYield(own, claims(...all), 2)).map((c) => c.id);
		expect(yielding).toEqual(['c', 'd']);
	});

	it('breaks a tie between two claims made at the same moment by id, the same for both', () => {
		const [a, b] = [claim('a', 5), claim('b', 5)];
		expect(mustYield(a, claims(b), 1)).toBe(false);
		expect(mustYield(b, claims(a), 1)).toBe(true);
	});

	it('keeps a map the reader started, even beyond the budget', () => {
		const forced = claim('z', 9, true);
		expect(mustYield(forced, claims(claim('a', 1), claim('b', 2)), 2)).toBe(false);
	});

	it('does not count its own claim twice when the others have heard it', () => {
		const own = claim('b', 2);
		expect(mustYield(own, claims(claim('a', 1), own), 2)).toBe(false);
	});
});

describe('shouldRelease', () => {
	const options = { releaseAfterMs: 30_000, someoneWaiting: false };

	it('keeps a map in view, even when another embed is waiting', () => {
		expect(shouldRelease(null, 100_000, { ...options, someoneWaiting: true })).toBe(false);
	});

	it('releases a map out of view for the whole delay, not before', () => {
		expect(shouldRelease(0, 29_999, options)).toBe(false);
		expect(shouldRelease(0, 30_000, options)).toBe(true);
	});

	it('releases a map out of view at once when another embed is waiting', () => {
		expect(shouldRelease(1000, 1001, { ...options, someoneWaiting: true })).toBe(true);
	});
});
