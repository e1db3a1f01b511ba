import { centroid } from '@turf/centroid';
import { featureCollection, point } from '@turf/helpers';
import type { FeatureCollection, Point } from 'geojson';
import type { AtlasEvent } from '../data/schema';
import type { LocationPrecision } from '../data/vocabulary';

/** A place name the data uses, and how many events it holds (more events: label wins room). */
export interface PlaceLabelProperties {
	name: string;
	events: number;
}

const LOCALITY_WIDE: ReadonlySet<LocationPrecision> = new Set(['district', 'city']);

/**
 * Label anchors for every locality the events name, so the map labels exactly the places the
 * data is about and nothing is hard-coded. A locality is placed at the centroid of its district-
 * or city-level points (which stand for the locality itself), else of all its points.
 */
export function buildPlaceLabels(
	events: readonly Pick<AtlasEvent, 'coordinates' | 'place'>[]
): FeatureCollection<Point, PlaceLabelProperties> {
	const groups = new Map<string, Pick<AtlasEvent, 'coordinates' | 'place'>[]>();
	for (const event of events) {
		const group = groups.get(event.place.locality) ?? [];
		group.push(event);
		groups.set(event.place.locality, group);
	}
	const labels = [...groups].map(([name, group]) => {
		const coarse = group.filter((e) => LOCALITY_WIDE.has(e.place.precision));
		const anchors = (coarse.length > 0 ? coarse : group).map((e) => point(e.coordinates));
		return centroid(featureCollection(anchors), { properties: { name, events: group.length } });
	});
	return featureCollection(labels);
}
