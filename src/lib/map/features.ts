import type { FeatureCollection, LineString, Point, Polygon } from 'geojson';
import { buildLinkLines, buildPrecisionHalo } from '$lib/domain/geo';
import type { AtlasEvent, Category, LinkRelation, LocationPrecision } from '$lib/domain/schema';

/**
 * What every event-derived feature carries, so layer filters and paint can work on time,
 * category and precision in the GPU's own terms. Times are epoch ms, `endMs` exclusive.
 */
export interface EventFeatureProperties {
	id: string;
	title: string;
	category: Category;
	precision: LocationPrecision;
	startMs: number;
	endMs: number;
}

/** A link line carries both ends' intervals, so it is drawn only while both ends are. */
export interface LinkFeatureProperties {
	from: string;
	to: string;
	relation: LinkRelation;
	fromStartMs: number;
	fromEndMs: number;
	toStartMs: number;
	toEndMs: number;
}

/** The GeoJSON the map uploads once; filtering afterwards happens through global state only. */
export interface AtlasMapData {
	events: FeatureCollection<Point, EventFeatureProperties>;
	halos: FeatureCollection<Polygon, EventFeatureProperties>;
	routes: FeatureCollection<LineString, EventFeatureProperties>;
	links: FeatureCollection<LineString, LinkFeatureProperties>;
}

/** The properties every layer reads, flattened from an event (numbers stay numbers). */
export function toEventProperties(event: AtlasEvent): EventFeatureProperties {
	const { id, title, category, startMs, endMs } = event;
	return { id, title, category, precision: event.place.precision, startMs, endMs };
}

/**
 * Builds all four sources from validated events. Points are sorted by start so that, where
 * several share a spot, the most recent is drawn on top and answers a hover first.
 */
export function buildMapData(events: readonly AtlasEvent[]): AtlasMapData {
	const sorted = [...events].sort((a, b) => a.startMs - b.startMs);
	const byId = new Map(events.map((e) => [e.id, e]));
	const halos: AtlasMapData['halos']['features'] = [];
	for (const event of sorted) {
		const halo = buildPrecisionHalo(event);
		if (halo) halos.push({ ...halo, properties: toEventProperties(event) });
	}
	const links = buildLinkLines(events).features.flatMap((line) => {
		const [from, to] = [byId.get(line.properties.from), byId.get(line.properties.to)];
		if (!from || !to) return [];
		const timing = {
			fromStartMs: from.startMs,
			fromEndMs: from.endMs,
			toStartMs: to.startMs,
			toEndMs: to.endMs
		};
		return [{ ...line, properties: { ...line.properties, ...timing } }];
	});
	return {
		events: {
			type: 'FeatureCollection',
			features: sorted.map((event) => ({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: event.coordinates },
				properties: toEventProperties(event)
			}))
		},
		halos: { type: 'FeatureCollection', features: halos },
		routes: {
			type: 'FeatureCollection',
			features: sorted.flatMap((event) =>
				event.route
					? [
							{
								type: 'Feature' as const,
								geometry: { type: 'LineString' as const, coordinates: event.route },
								properties: toEventProperties(event)
							}
						]
					: []
			)
		},
		links: { type: 'FeatureCollection', features: links }
	};
}
