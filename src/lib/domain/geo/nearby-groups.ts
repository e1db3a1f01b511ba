import { earthRadius } from '@turf/helpers';

/**
 * Groups points that lie within `radiusKm` of each other, directly or through a chain of others
 * (single linkage: what DBSCAN gives with `minPoints: 1`), and returns each point's group as the
 * index of the group's first point. Distances are great-circle distances on @turf/helpers'
 * sphere, as @turf/distance measures them, so the groups are the ones `clustersDbscan` finds
 * (the tests hold it to that); but where DBSCAN lists every neighbour of every point (10,000 places
 * spread over two countries kept the page's thread busy for about two seconds), this
 * measures a pair only while its two points are still in different groups.
 *
 * Points are bucketed on a grid over their positions on the unit sphere, the cells' diagonal a
 * little shorter than the chord of `radiusKm`: the points of one cell are all within the radius
 * of each other and join at once, and a point's neighbours lie at most two cells away, across
 * the antimeridian and the poles alike. Two cells are measured against each other only while
 * they are in different groups, and only until one pair is close enough.
 */
export function groupNearbyPoints(
	points: readonly (readonly [number, number])[],
	radiusKm: number
): number[] {
	const parent = points.map((_, i) => i);
	const find = (i: number): number => {
		let root = i;
		while (parent[root] !== root) root = parent[root]!;
		// Path halving keeps later finds short.
		for (let at = i; parent[at] !== root;) [at, parent[at]] = [parent[at]!, root];
		return root;
	};
	// The smaller index becomes the root, so a group is named by its first point.
	const join = (a: number, b: number) => {
		const [ra, rb] = [find(a), find(b)];
		if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
	};
	const chord = 2 * Math.sin(Math.min(Math.PI, radiusKm / (earthRadius / 1000)) / 2);
	// Slack on both sides of the radius, so rounding never decides a pair at exactly the radius.
	const cell = (chord / Math.sqrt(3)) * 0.999;
	const reach = Math.ceil(chord / cell);
	// Cells named by one number while three coordinates fit in a double (any radius over about
	// 60 m), by a string below that: numbers look up several times faster.
	const side = 2 * (Math.ceil(1 / cell) + reach + 1) + 1;
	const keyOf: (x: number, y: number, z: number) => number | string =
		side ** 3 < Number.MAX_SAFE_INTEGER
			? (x, y, z) => (x * side + y) * side + z
			: (x, y, z) => `${x},${y},${z}`;
	const cells = new Map<number | string, { at: [number, number, number]; members: number[] }>();
	const unit = new Float64Array(points.length * 3);
	points.forEach(([lon, lat], i) => {
		const [phi, lambda] = [(lat * Math.PI) / 180, (lon * Math.PI) / 180];
		unit[3 * i] = Math.cos(phi) * Math.cos(lambda);
		unit[3 * i + 1] = Math.cos(phi) * Math.sin(lambda);
		unit[3 * i + 2] = Math.sin(phi);
		const at: [number, number, number] = [
			Math.floor(unit[3 * i]! / cell),
			Math.floor(unit[3 * i + 1]! / cell),
			Math.floor(unit[3 * i + 2]! / cell)
		];
		const id = keyOf(...at);
		const here = cells.get(id);
		if (here) {
			here.members.push(i);
			join(here.members[0]!, i);
		} else cells.set(id, { at, members: [i] });
	});
	// The straight chord through the sphere grows with the distance along it: comparing chords
	// is comparing @turf/distance's haversine distances, without the trigonometry.
	const close = (i: number, j: number) => {
		const [dx, dy, dz] = [
			unit[3 * i]! - unit[3 * j]!,
			unit[3 * i + 1]! - unit[3 * j + 1]!,
			unit[3 * i + 2]! - unit[3 * j + 2]!
		];
		return dx * dx + dy * dy + dz * dz <= chord * chord;
	};
	for (const { at, members } of cells.values()) {
		const [x, y, z] = at;
		for (let dx = -reach; dx <= reach; dx++) {
			for (let dy = -reach; dy <= reach; dy++) {
				for (let dz = -reach; dz <= reach; dz++) {
					const other = cells.get(keyOf(x + dx, y + dy, z + dz));
					// Each pair of cells once, and none already in one group.
					if (!other || other.members[0]! <= members[0]!) continue;
					if (find(other.members[0]!) === find(members[0]!)) continue;
					search: for (const i of members) {
						for (const j of other.members) {
							if (close(i, j)) {
								join(i, j);
								break search;
							}
						}
					}
				}
			}
		}
	}
	return parent.map((_, i) => find(i));
}
