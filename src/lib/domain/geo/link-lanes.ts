import { distance } from '@turf/distance';
import type { Feature, Position } from 'geojson';
import type { LinkLineGeometry } from './links';

/** Ends closer than this share a lane group whatever the line's length, in kilometres. */
const MIN_TOLERANCE_KM = 1;
/** Ends within this share of the line's length of another line's ends make one bundle. */
const TOLERANCE_SHARE = 0.15;
/** The widest a bundle spreads, in line spacings: beyond it, lanes draw closer together. */
const MAX_SPREAD = 8;

/** Turf's mean earth radius in kilometres, for the bound below. */
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_OF_LATITUDE = (EARTH_RADIUS_KM * Math.PI) / 180;

/**
 * Whether two points are surely farther apart than `km`, from their latitudes alone: the great
 * circle distance is never shorter than the difference in latitude, so most pairs of a large
 * atlas are ruled out without the trigonometry of `distance` (the grouping compares each line
 * with every bundle before it). The margin keeps rounding from ruling out a pair that
 * `distance` would accept.
 */
function surelyBeyond(p: Position, q: Position, km: number): boolean {
	return (
		Math.abs((p[1] as number) - (q[1] as number)) * KM_PER_DEGREE_OF_LATITUDE * (1 - 1e-9) > km
	);
}

const ends = (line: LinkLineGeometry): [Position, Position] => {
	const points = line.type === 'LineString' ? line.coordinates : line.coordinates.flat();
	return [points[0] as Position, points.at(-1) as Position];
};

/**
 * Lanes for bundles of nearly parallel links, so that several links between the same two areas
 * (Brussels and Paris, say) are drawn side by side rather than on top of one another, each with
 * its own dash still readable. Two lines are in one bundle when each end of one lies near an
 * end of the other (`TOLERANCE_SHARE` of the first line's length, at least `MIN_TOLERANCE_KM`),
 * in either direction; bundles are formed greedily in input order, so the result is
 * deterministic. A lane is a signed offset in line spacings, centred on the bundle (0 alone;
 * -0.5 and 0.5 for two), its sign flipped for a line running the other way, because a map
 * offsets a line to its own right. A bundle of more than `MAX_SPREAD + 1` lines is squeezed
 * into that width, so a busy pair of cities reads as one broad ribbon, not a road across the map.
 * Returns one lane per line, in input order.
 */
export function assignLinkLanes(lines: readonly Feature<LinkLineGeometry>[]): number[] {
	const bundles: { ends: [Position, Position]; toleranceKm: number; members: number[] }[] = [];
	const direction: number[] = [];
	lines.forEach((line, i) => {
		const [a, b] = ends(line.geometry);
		const km = (p: Position, q: Position) => distance(p, q, { units: 'kilometers' });
		for (const bundle of bundles) {
			const [p, q] = bundle.ends;
			const tol = bundle.toleranceKm;
			const sameRuledOut = surelyBeyond(a, p, tol) || surelyBeyond(b, q, tol);
			if (sameRuledOut && (surelyBeyond(a, q, tol) || surelyBeyond(b, p, tol))) continue;
			const same = km(a, p) <= tol && km(b, q) <= tol;
			const reversed = km(a, q) <= tol && km(b, p) <= tol;
			if (same || reversed) {
				bundle.members.push(i);
				direction[i] = same ? 1 : -1;
				return;
			}
		}
		const toleranceKm = Math.max(MIN_TOLERANCE_KM, TOLERANCE_SHARE * km(a, b));
		bundles.push({ ends: [a, b], toleranceKm, members: [i] });
		direction[i] = 1;
	});
	const lanes = new Array<number>(lines.length).fill(0);
	for (const { members } of bundles) {
		const spacing = Math.min(1, MAX_SPREAD / Math.max(1, members.length - 1));
		members.forEach((i, k) => {
			lanes[i] = (k - (members.length - 1) / 2) * spacing * (direction[i] ?? 1);
		});
	}
	return lanes;
}
