import { circle } from '@turf/circle';
import type { Feature, Polygon } from 'geojson';
import type { AtlasEvent } from '../data/schema';
import { PRECISION_RADIUS_M } from './precision';

/**
 * The precision halo of an event: a geodesic circle whose true ground radius is
 * `PRECISION_RADIUS_M[precision]`, or null for an address (nothing to draw). 64 steps keep the
 * outline smooth up to the zoom at which a 150 m halo fills the screen. Near the antimeridian
 * the ring runs on past ±180° rather than being split, which MapLibre draws as one disc.
 */
export function buildPrecisionHalo(
	event: Pick<AtlasEvent, 'coordinates' | 'place'>
): Feature<Polygon> | null {
	const radius = PRECISION_RADIUS_M[event.place.precision];
	if (radius <= 0) return null;
	return circle(event.coordinates, radius / 1000, { steps: 64, units: 'kilometers' });
}
