import { centroid } from '@turf/centroid';
import { featureCollection, point } from '@turf/helpers';
import type { AtlasEvent } from '../data/schema';
import type { LocationPrecision } from '../data/vocabulary';

/**
 * A place a reader can select: one locality the events name (`place.locality`), never a name
 * written into the code. Two events are at the same place when their localities are the same
 * string, so the data decides what "Molenbeek-Saint-Jean" or "Paris" covers.
 */
export interface AtlasPlace {
	/** The locality as the data spells it; also the place's id in URLs. */
	name: string;
	/** The point that stands for the place when a claim is measured to it (see `placeAnchor`). */
	anchor: [number, number];
	/** How exactly `anchor` stands for the place: the coarsest precision it was computed from. */
	precision: LocationPrecision;
	/** How many event points `anchor` is the middle of, so the panel can say where it lies. */
	anchorPoints: number;
	/** Whether those points stand for the whole locality (district or city level) or for sites. */
	anchorWide: boolean;
	/** The events whose locality it is, in the order given (reading order from the index). */
	eventIds: string[];
}

type Placed = Pick<AtlasEvent, 'id' | 'coordinates' | 'place'>;

/** District- and city-level points stand for the locality itself, finer ones for a site in it. */
const LOCALITY_WIDE: ReadonlySet<LocationPrecision> = new Set(['district', 'city']);
const COARSEST_FIRST: readonly LocationPrecision[] = [
	'region',
	'city',
	'district',
	'street',
	'address'
];

/**
 * The point for a locality, by the rule the map's place labels use (`buildPlaceLabels`): the
 * centroid of its district- or city-level points, else of all its points. Its precision is the
 * coarsest of those points, and never finer than a district when it is a centroid of sites: the
 * middle of several addresses is not itself an address.
 */
export function placeAnchor(
	group: readonly Placed[]
): Pick<AtlasPlace, 'anchor' | 'precision' | 'anchorPoints' | 'anchorWide'> {
	const coarse = group.filter((e) => LOCALITY_WIDE.has(e.place.precision));
	const used = coarse.length > 0 ? coarse : group;
	const found = new Set(used.map((e) => e.place.precision));
	const coarsest = COARSEST_FIRST.find((p) => found.has(p)) ?? 'district';
	const precision = coarse.length === 0 && used.length > 1 ? 'district' : coarsest;
	const middle = centroid(featureCollection(used.map((e) => point(e.coordinates))));
	const [lon = 0, lat = 0] = middle.geometry.coordinates;
	return {
		anchor: [lon, lat],
		precision,
		anchorPoints: used.length,
		anchorWide: coarse.length > 0
	};
}

/** Every place the events name, most events first, then by name. One pass, then one per place. */
export function groupPlaces(events: readonly Placed[]): AtlasPlace[] {
	const groups = new Map<string, Placed[]>();
	for (const event of events) {
		const group = groups.get(event.place.locality);
		if (group) group.push(event);
		else groups.set(event.place.locality, [event]);
	}
	return [...groups]
		.map(([name, group]) => ({ name, ...placeAnchor(group), eventIds: group.map((e) => e.id) }))
		.sort((a, b) => b.eventIds.length - a.eventIds.length || a.name.localeCompare(b.name));
}
