import type { AtlasEvent } from '$lib/domain/data/schema';
import { buildMapData, describeMapData } from './features';
import type { AtlasMapSources } from './map-sources';

/**
 * The map sources of a dataset loaded at run time, built in the page. Imported lazily: the
 * geometry it needs (Turf) is only downloaded when a dataset other than the build's arrives.
 */
export function buildRuntimeMapSources(events: readonly AtlasEvent[]): AtlasMapSources {
	const data = buildMapData(events);
	return { data, ...describeMapData(data) };
}
