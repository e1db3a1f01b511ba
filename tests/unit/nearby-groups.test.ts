import { clustersDbscan } from '@turf/clusters-dbscan';
import { featureCollection, point } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import { groupNearbyPoints } from '$lib/domain/geo/nearby-groups';

/** A small seeded generator (mulberry32), so a failure names the same points every run. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Each point's group as the index of the first point in it, from DBSCAN with minPoints 1. */
function dbscanGroups(points: [number, number][], radiusKm: number): number[] {
	const result = clustersDbscan(featureCollection(points.map((p) => point(p))), radiusKm, {
		units: 'kilometers',
		minPoints: 1
	});
	const first = new Map<number, number>();
	return result.features.map((f, i) => {
		const cluster = f.properties.cluster;
		if (cluster === undefined) return i;
		if (!first.has(cluster)) first.set(cluster, i);
		return first.get(cluster)!;
	});
}

describe('groupNearbyPoints', () => {
	it.each([5, 15, 40])('finds the groups DBSCAN finds, %i km apart, over Belgium', (radius) => {
		const next = random(radius);
		const points = Array.from({ length: 600 }, (): [number, number] => [
			2.5 + next() * 3.9,
			49.5 + next() * 2
		]);
		expect(groupNearbyPoints(points, radius)).toEqual(dbscanGroups(points, radius));
	});

	it('joins points on either side of the antimeridian and keeps far ones apart', () => {
		const points: [number, number][] = [
			[179.99, -16.5],
			[-179.99, -16.5],
			[178, -16.5]
		];
		expect(groupNearbyPoints(points, 15)).toEqual([0, 0, 2]);
	});

	it('joins a chain of points each within the radius of the next', () => {
		// About 11 km between neighbours, 33 km end to end.
		const points: [number, number][] = [
			[4, 50],
			[4, 50.1],
			[4, 50.2],
			[4, 50.3]
		];
		expect(groupNearbyPoints(points, 12)).toEqual([0, 0, 0, 0]);
		expect(groupNearbyPoints(points, 10)).toEqual([0, 1, 2, 3]);
	});
});
