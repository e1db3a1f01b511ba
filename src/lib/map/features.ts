import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { buildPrecisionHalo } from '$lib/domain/geo/halo';
import { haloMinZoom, PRECISION_RADIUS_M } from '$lib/domain/geo/precision';
import { buildLinkLines, type LinkLineGeometry } from '$lib/domain/geo/links';
import { assignLinkLanes } from '$lib/domain/geo/link-lanes';
import { spreadCoincidentEvents } from '$lib/domain/geo/spiderfy';
import type { AtlasMapSources } from './map-sources';
import { buildStackData, type StackData } from './stacks';
import { mergeIntervals } from '$lib/domain/time/intervals';
import type { AtlasEvent } from '$lib/domain/data/schema';
import type { Category, LinkRelation, LocationPrecision } from '$lib/domain/data/vocabulary';
import {
	toEventProperties,
	toRouteFeatures,
	type EventFeatureProperties,
	type RouteFeatureProperties
} from './event-features';

export type { EventFeatureProperties, RouteFeatureProperties };

/**
 * One halo per spot and precision: events at the very same point share it, so their translucent
 * fills do not pile up into an opaque disc. `startMs0`/`endMs0` … hold the union of the members'
 * intervals (`mergeIntervals`), so a spot with hundreds of events needs only as many filter
 * clauses as it has separate stretches of time (see `listIntervalKeys`). The union is shown
 * exactly when some member is and, when none is, past exactly when some member is: the halo is
 * drawn and faded as its members are. `category` is the members' if they agree, else 'mixed'.
 */
export type HaloFeatureProperties = {
	/** The member events' ids, space-separated. */
	ids: string;
	category: Category | 'mixed';
	precision: LocationPrecision;
	/** How many events share the halo. */
	count: number;
	/** How many merged intervals the halo carries. */
	intervals: number;
	/** The lowest zoom at which the halo reaches beyond its event's circle (see haloMinZoom). */
	minZoom: number;
} & Record<`startMs${number}` | `endMs${number}`, number>;

/** A link line carries both ends' intervals, so it is drawn only while both ends are. */
export interface LinkFeatureProperties {
	from: string;
	to: string;
	relation: LinkRelation;
	fromStartMs: number;
	fromEndMs: number;
	toStartMs: number;
	toEndMs: number;
	/** Offset from the line's path, in line spacings, within a bundle of parallel links. */
	lane: number;
}

/** The GeoJSON the map uploads once; filtering afterwards happens through global state only. */
export interface AtlasMapData {
	events: FeatureCollection<Point, EventFeatureProperties>;
	halos: FeatureCollection<Polygon, HaloFeatureProperties>;
	routes: FeatureCollection<LineString, RouteFeatureProperties>;
	/** MultiLineStrings for links split where they cross the antimeridian. */
	links: FeatureCollection<LinkLineGeometry, LinkFeatureProperties>;
	/** A count per spot shared by events, and a leg from each of its dots (see stacks.ts). */
	stacks: StackData['stacks'];
	legs: StackData['legs'];
}

/**
 * Builds all four sources from validated events. Points are sorted by start so that, where
 * several share a spot, the most recent is drawn on top and answers a hover first. Events that
 * share their exact coordinates are drawn a few metres apart (`spreadCoincidentEvents`, in the
 * order given, which the page repeats to put the selection ring on the same spot).
 */
export function buildMapData(events: readonly AtlasEvent[]): AtlasMapData {
	const sorted = [...events].sort((a, b) => a.startMs - b.startMs);
	const spread = spreadCoincidentEvents(events);
	const byId = new Map(events.map((e) => [e.id, e]));
	const lines = buildLinkLines(events).features;
	const lanes = assignLinkLanes(lines);
	const { stacks, legs } = buildStackData(events, spread);
	const links = lines.flatMap((line, i) => {
		const [from, to] = [byId.get(line.properties.from), byId.get(line.properties.to)];
		if (!from || !to) return [];
		const timing = {
			fromStartMs: from.startMs,
			fromEndMs: from.endMs,
			toStartMs: to.startMs,
			toEndMs: to.endMs,
			lane: lanes[i] ?? 0
		};
		return [{ ...line, properties: { ...line.properties, ...timing } }];
	});
	return {
		events: {
			type: 'FeatureCollection',
			features: sorted.map((event) => ({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: spread.get(event.id) ?? event.coordinates },
				properties: toEventProperties(event)
			}))
		},
		halos: { type: 'FeatureCollection', features: buildHalos(sorted) },
		routes: { type: 'FeatureCollection', features: sorted.flatMap(toRouteFeatures) },
		links: { type: 'FeatureCollection', features: links },
		stacks,
		legs
	};
}

/** The smallest circle radius the points layer draws, in CSS pixels (see RADIUS in layers.ts). */
const HALO_MIN_PIXELS = 5;

function buildHalos(events: readonly AtlasEvent[]): AtlasMapData['halos']['features'] {
	const groups = new Map<string, AtlasEvent[]>();
	for (const event of events) {
		const key = [...event.coordinates, event.place.precision].join();
		groups.set(key, [...(groups.get(key) ?? []), event]);
	}
	return [...groups.values()].flatMap((members) => {
		const first = members[0] as AtlasEvent;
		const halo = buildPrecisionHalo(first);
		if (!halo) return [];
		const categories = new Set(members.map((e) => e.category));
		const union = mergeIntervals(members);
		const properties: HaloFeatureProperties = {
			ids: members.map((e) => e.id).join(' '),
			category: categories.size === 1 ? first.category : 'mixed',
			precision: first.place.precision,
			count: members.length,
			intervals: union.length,
			minZoom: haloMinZoom(
				PRECISION_RADIUS_M[first.place.precision],
				first.coordinates[1],
				HALO_MIN_PIXELS
			)
		};
		union.forEach(({ startMs, endMs }, i) => {
			properties[`startMs${i}`] = startMs;
			properties[`endMs${i}`] = endMs;
		});
		return [{ ...halo, properties }];
	});
}

/**
 * What the layers are written for, besides the data itself: the intervals their expressions read
 * and the sizes their overview zooms follow. The same for the build's files and for a dataset
 * loaded at run time.
 */
export function describeMapData(data: AtlasMapData): Omit<AtlasMapSources, 'data'> {
	return {
		haloIntervals: countHaloIntervals(data),
		stackIntervals: countStackIntervals(data),
		linkLines: data.links.features.length,
		halos: data.halos.features.length,
		routes: data.routes.features.length
	};
}

/** The most distinct intervals any stack carries: how many the count expression reads. */
export function countStackIntervals(data: AtlasMapData): number {
	return data.stacks.features.reduce((most, f) => Math.max(most, f.properties.intervals), 1);
}

/**
 * The most merged intervals any halo carries: how many the halo layers must look at. A fold, not
 * `Math.max(...all)`: spreading one argument per halo overflows the call stack in a large atlas.
 */
export function countHaloIntervals(data: AtlasMapData): number {
	return data.halos.features.reduce((most, f) => Math.max(most, f.properties.intervals), 1);
}
