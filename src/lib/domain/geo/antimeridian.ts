import { midpoint } from '@turf/midpoint';
import type { Position } from 'geojson';

/** Longitude and latitude in degrees; the longitude may be unwrapped past ±180°. */
type LonLat = [lon: number, lat: number];

/** `lon` moved by whole turns to within 180° of `near`, so a step between them is the short way. */
const unwrap = (lon: number, near: number) => lon + 360 * Math.round((near - lon) / 360);

/** Which copy of the world an unwrapped longitude is in: 0 for [-180, 180), 1 for [180, 540)… */
const worldOf = (lon: number) => Math.floor((lon + 180) / 360);

/** Bisection steps for a crossing: 2⁻⁴⁰ of any step between vertices is well under a millimetre. */
const BISECTIONS = 40;

/**
 * The latitude at which the great circle from `a` to `b` (unwrapped, on either side of `x`)
 * crosses the meridian at unwrapped longitude `x`: Turf's geodesic `midpoint`, halved until
 * both ends agree. Longitude along a great-circle arc is monotonic, so this converges.
 */
function crossingLatitude(a: LonLat, b: LonLat, x: number): number {
	let [west, east] = a[0] < b[0] ? [a, b] : [b, a];
	for (let i = 0; i < BISECTIONS; i += 1) {
		const [lon = 0, lat = 0] = midpoint(west, east).geometry.coordinates;
		const middle: LonLat = [unwrap(lon, west[0]), lat];
		if (middle[0] < x) west = middle;
		else east = middle;
	}
	return (west[1] + east[1]) / 2;
}

/**
 * A line in WGS84 degrees, cut where it crosses the antimeridian, as RFC 7946 (§3.1.9) asks:
 * each step between vertices is taken the short way round (less than 180° of longitude), and
 * where such a step passes ±180° the part before ends on the antimeridian and the part after
 * starts there, at the latitude where the great circle between the two vertices crosses it. A
 * line that never crosses comes back as one part. Consecutive duplicate vertices are dropped,
 * and so is a part that would be a single point (a line starting exactly on ±180° and heading
 * away from that side).
 *
 * Turf's `greatCircle` splits at the antimeridian itself, but by a heuristic that misses some
 * long arcs and leaves the step that crosses out, so its parts do not meet (Turfjs/turf#3030);
 * flattening its parts and splitting them here gives lines that always meet at ±180°.
 */
export function splitAtAntimeridian(line: readonly Position[]): Position[][] {
	const parts: Position[][] = [];
	let part: Position[] = [];
	const add = (position: LonLat) => {
		const last = part.at(-1);
		if (!last || last[0] !== position[0] || last[1] !== position[1]) part.push(position);
	};
	let previous: LonLat | undefined;
	for (const [lon = 0, lat = 0] of line) {
		const here: LonLat = [previous ? unwrap(lon, previous[0]) : lon, lat];
		const world = worldOf(here[0]);
		const before = previous ? worldOf(previous[0]) : world;
		if (previous && before !== world) {
			// The meridian between the two copies of the world: ±180° once wrapped back.
			const x = 180 + 360 * Math.min(before, world);
			const crossing =
				here[0] === x ? lat : previous[0] === x ? previous[1] : crossingLatitude(previous, here, x);
			add([x - 360 * before, crossing]);
			if (part.length > 1) parts.push(part);
			part = [[x - 360 * world, crossing]];
		}
		add([here[0] - 360 * world, lat]);
		previous = here;
	}
	if (part.length > 1) parts.push(part);
	return parts;
}
