import { distance } from '@turf/distance';
import type { AtlasEvent } from '../../src/lib/domain/data/schema';
import type { NearSite } from './filter';

/**
 * Events placed to the address or the street, or that name an address: only around those do
 * buildings help a reader (a city-level point has no building of its own).
 */
const PRECISE = new Set(['address', 'street']);

/** The points around which buildings are kept, from the dataset's events (duplicates dropped). */
export function buildingSites(
	events: readonly Pick<AtlasEvent, 'coordinates' | 'place'>[]
): [number, number][] {
	const seen = new Map<string, [number, number]>();
	for (const event of events) {
		if (!PRECISE.has(event.place.precision) && !event.place.address) continue;
		const [lon, lat] = event.coordinates;
		seen.set(`${lon},${lat}`, [lon, lat]);
	}
	return [...seen.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** Whether a point lies within `radiusMetres` of any site (great-circle distance). */
export function nearAnySite(sites: readonly [number, number][], radiusMetres: number): NearSite {
	const km = radiusMetres / 1000;
	// A cheap test first: a degree of latitude is never shorter than 110 km.
	const margin = km / 110;
	return (lon, lat) =>
		sites.some(
			([siteLon, siteLat]) =>
				Math.abs(siteLat - lat) <= margin &&
				distance([siteLon, siteLat], [lon, lat], { units: 'kilometers' }) <= km
		);
}
