import { distance } from '@turf/distance';
import { greatCircle } from '@turf/great-circle';
import { lineString } from '@turf/helpers';
import type { Feature, LineString, MultiLineString } from 'geojson';

/** Below this the measured line is drawn straight: a great circle adds nothing but vertices. */
const STRAIGHT_MAX_KM = 50;

/** The straight-line (great-circle) distance between two points, in kilometres, by Turf. */
export function straightLineKm(a: readonly [number, number], b: readonly [number, number]): number {
	return distance([a[0], a[1]], [b[0], b[1]], { units: 'kilometers' });
}

/**
 * The line the measure tool draws between two points, carrying its length, so what the map shows
 * and what the text says are one number. Long lines follow the great circle Turf measures along.
 */
export function measureBetween(
	a: readonly [number, number],
	b: readonly [number, number]
): Feature<LineString | MultiLineString, { km: number }> {
	const km = straightLineKm(a, b);
	const from = [a[0], a[1]];
	const to = [b[0], b[1]];
	if (km < STRAIGHT_MAX_KM) return lineString([from, to], { km });
	const arc = greatCircle(from, to, { npoints: 64, properties: { km } });
	return { type: 'Feature', geometry: arc.geometry, properties: { km } };
}
