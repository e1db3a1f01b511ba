import { distance } from '@turf/distance';
import { greatCircle } from '@turf/great-circle';
import { featureCollection, lineString, multiLineString } from '@turf/helpers';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import type { AtlasEvent } from '../data/schema';
import type { LinkRelation } from '../data/vocabulary';
import { splitAtAntimeridian } from './antimeridian';

/** Properties of a link line: both ends' ids, so the map can show the lines of one event. */
export interface LinkLineProperties {
	from: string;
	to: string;
	relation: LinkRelation;
}

/**
 * A link's line: a LineString, or a MultiLineString where it crosses the antimeridian and is
 * split there (one part on each side of ±180°).
 */
export type LinkLineGeometry = LineString | MultiLineString;

/** Below this distance a link is drawn straight: a great circle adds nothing but vertices. */
const STRAIGHT_LINK_MAX_KM = 50;

/**
 * A great circle gets a vertex every this many kilometres (at least 8, at most 64): between two
 * vertices it strays from the true arc by metres, less than a pixel below zoom 14, while the map
 * re-tiles every vertex of every link each time the slider moves.
 */
const LINK_SEGMENT_KM = 20;

/**
 * One line per declared link between two events at different places, in WGS84 degrees. Long links
 * (Brussels–Paris) follow the great circle; short ones are straight. A link that crosses the
 * antimeridian is split there into a MultiLineString whose parts meet at ±180°
 * (`splitAtAntimeridian`), rather than running the long way round the world. Links between
 * events at the same point are dropped (a zero-length line draws nothing), as are links to
 * unknown ids and the reverse duplicate of a link already drawn.
 */
export function buildLinkLines(
	events: readonly Pick<AtlasEvent, 'id' | 'coordinates' | 'links'>[]
): FeatureCollection<LinkLineGeometry, LinkLineProperties> {
	const byId = new Map(events.map((e) => [e.id, e]));
	const seen = new Set<string>();
	const lines: Feature<LinkLineGeometry, LinkLineProperties>[] = [];
	for (const event of events) {
		for (const link of event.links) {
			const target = byId.get(link.to);
			const pair = [event.id, link.to].sort().join('\n');
			if (!target || seen.has(pair)) continue;
			seen.add(pair);
			const [a, b] = [event.coordinates, target.coordinates];
			if (a[0] === b[0] && a[1] === b[1]) continue;
			const properties: LinkLineProperties = {
				from: event.id,
				to: target.id,
				relation: link.relation
			};
			const km = distance(a, b, { units: 'kilometers' });
			const npoints = Math.min(64, Math.max(8, Math.ceil(km / LINK_SEGMENT_KM)));
			const path =
				km < STRAIGHT_LINK_MAX_KM ? [a, b] : flatten(greatCircle(a, b, { npoints }).geometry);
			const [first, ...rest] = splitAtAntimeridian(path);
			// Nothing left: the same place written as 180° and -180°.
			if (!first) continue;
			const line = rest.length === 0 ? lineString(first) : multiLineString([first, ...rest]);
			lines.push({ type: 'Feature', geometry: line.geometry, properties });
		}
	}
	return featureCollection(lines);
}

/** The vertices of a line, or of a line Turf has already split, in order. */
const flatten = (line: LinkLineGeometry): Position[] =>
	line.type === 'LineString' ? line.coordinates : line.coordinates.flat();
