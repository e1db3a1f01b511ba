import {
	bbox,
	centroid,
	circle,
	distance,
	featureCollection,
	greatCircle,
	lineString,
	point
} from '@turf/turf';
import type { BBox, Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { AtlasEvent, LinkRelation, LocationPrecision } from '../data/schema';

/**
 * Ground radius, in metres, of the area a point at each precision stands for. An address is
 * exact (no halo); coarser precisions get a halo of roughly a street's length, a district, a
 * city and a region, so a district-level point never reads as a doorstep.
 */
export const PRECISION_RADIUS_M: Record<LocationPrecision, number> = {
	address: 0,
	street: 150,
	district: 1_000,
	city: 4_000,
	region: 25_000
};

/** Below this distance a link is drawn straight: a great circle adds nothing but vertices. */
const STRAIGHT_LINK_MAX_KM = 50;

/**
 * The precision halo of an event: a geodesic circle whose true ground radius is
 * `PRECISION_RADIUS_M[precision]`, or null for an address (nothing to draw). 64 steps keep the
 * outline smooth up to the zoom at which a 150 m halo fills the screen.
 */
export function buildPrecisionHalo(
	event: Pick<AtlasEvent, 'coordinates' | 'place'>
): Feature<Polygon> | null {
	const radius = PRECISION_RADIUS_M[event.place.precision];
	if (radius <= 0) return null;
	return circle(event.coordinates, radius / 1000, { steps: 64, units: 'kilometers' });
}

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

/** Properties of a link line: both ends' ids, so the map can show the lines of one event. */
export interface LinkLineProperties {
	from: string;
	to: string;
	relation: LinkRelation;
}

/**
 * One line per declared link between two events at different places, in WGS84 degrees. Long links
 * (Brussels–Paris) follow the great circle; short ones are straight. Links between events at the
 * same point are dropped (a zero-length line draws nothing), as are links to unknown ids and the
 * reverse duplicate of a link already drawn.
 */
export function buildLinkLines(
	events: readonly Pick<AtlasEvent, 'id' | 'coordinates' | 'links'>[]
): FeatureCollection<LineString, LinkLineProperties> {
	const byId = new Map(events.map((e) => [e.id, e]));
	const seen = new Set<string>();
	const lines: Feature<LineString, LinkLineProperties>[] = [];
	for (const event of events) {
		for (const link of event.links) {
			const target = byId.get(link.to);
			const pair = [event.id, link.to].sort().join('\n');
			if (!target || seen.has(pair)) continue;
			seen.add(pair);
			const [a, b] = [event.coordinates, target.coordinates];
			if (a[0] === b[0] && a[1] === b[1]) continue;
			const properties = { from: event.id, to: target.id, relation: link.relation };
			const arc =
				distance(a, b, { units: 'kilometers' }) < STRAIGHT_LINK_MAX_KM
					? null
					: greatCircle(a, b, { npoints: 64 }).geometry;
			// A great circle split at the antimeridian comes back as a MultiLineString; none of
			// the atlas's links come near it, so a straight line is an acceptable stand-in there.
			const coordinates = arc?.type === 'LineString' ? arc.coordinates : [a, b];
			lines.push(lineString(coordinates, properties));
		}
	}
	return featureCollection(lines);
}

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
