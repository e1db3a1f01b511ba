import { describe, expect, it } from 'vitest';
import { distance } from '@turf/distance';
import { assignLinkLanes } from '../../src/lib/domain/geo/link-lanes';

/** A short north–south link starting `north` degrees north of 48° N, at 2° E. */
const link = (north: number) => ({
	type: 'Feature' as const,
	properties: {},
	geometry: {
		type: 'LineString' as const,
		coordinates: [
			[2, 48 + north],
			[2, 48.005 + north]
		]
	}
});

describe('lanes of links due north of one another (the latitude shortcut)', () => {
	// The links are 0.56 km long, so their ends may be 1 km apart (the least tolerance).
	it('bundles a link whose ends are just within 1 km of the other’s', () => {
		expect(distance([2, 48], [2, 48.0089])).toBeLessThan(1);
		expect(assignLinkLanes([link(0), link(0.0089)])).toEqual([-0.5, 0.5]);
	});

	it('keeps apart a link whose ends are just over 1 km from the other’s', () => {
		expect(distance([2, 48], [2, 48.0091])).toBeGreaterThan(1);
		expect(assignLinkLanes([link(0), link(0.0091)])).toEqual([0, 0]);
	});
});
