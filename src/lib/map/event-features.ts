import type { Feature, LineString } from 'geojson';
import type { AtlasEvent } from '$lib/domain/data/schema';
import type { Category } from '$lib/domain/data/vocabulary';

/**
 * The properties of the features drawn for each event, apart from the rest of features.ts so
 * that the page can build one event's features without loading the geometry for a whole dataset.
 */

/**
 * What every event-derived feature carries, so layer filters and paint can work on time and
 * category in the GPU's own terms. Times are epoch ms, `endMs` exclusive. Nothing more: MapLibre
 * re-encodes every property of every feature in a tile each time the slider moves (the time
 * filter reloads the tiles), so a title the layers never read would cost on every step. The
 * page looks the rest up in the index by `id`.
 */
export interface EventFeatureProperties {
	id: string;
	category: Category;
	startMs: number;
	endMs: number;
}

/** A route also carries its event's title, for the label along it. */
export interface RouteFeatureProperties extends EventFeatureProperties {
	title: string;
}

/** The properties every layer reads, flattened from an event (numbers stay numbers). */
export function toEventProperties(event: AtlasEvent): EventFeatureProperties {
	const { id, category, startMs, endMs } = event;
	return { id, category, startMs, endMs };
}

/** An event's route as a line with the properties the route layers read; none without one. */
export function toRouteFeatures(event: AtlasEvent): Feature<LineString, RouteFeatureProperties>[] {
	if (!event.route) return [];
	return [
		{
			type: 'Feature',
			geometry: { type: 'LineString', coordinates: event.route },
			properties: { ...toEventProperties(event), title: event.title }
		}
	];
}
