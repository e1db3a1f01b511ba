import { bbox } from '@turf/bbox';
import { featureCollection, point } from '@turf/helpers';
import type { BBox } from 'geojson';
import type { AtlasEvent } from '../data/schema';

/**
 * `[west, south, east, north]` in degrees around every event point and route, for fitting the
 * camera; null when there are no events, because an empty bbox is all infinities.
 */
export function computeEventsBbox(
	events: readonly Pick<AtlasEvent, 'coordinates' | 'route'>[]
): BBox | null {
	if (events.length === 0) return null;
	const points = events.flatMap((e) => [e.coordinates, ...(e.route ?? [])]);
	return bbox(featureCollection(points.map((c) => point(c))));
}
