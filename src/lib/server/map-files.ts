import { createHash } from 'node:crypto';
import { truncate } from '@turf/truncate';
import type { AtlasIndex } from '$lib/domain/atlas-index';
import { computeEventsBbox } from '$lib/domain/geo/bbox';
import { buildPlaceLabels } from '$lib/domain/geo/place-labels';
import { countryName } from '$lib/domain/wording';
import { buildMapData, describeMapData, type AtlasMapData } from '$lib/map/features';
import type { MapBasics } from '$lib/map/map-sources';

/** One prepared GeoJSON file for a map source, named by its content. */
export interface MapFile {
	fileName: string;
	json: string;
}

/**
 * The map's sources prepared at build time as content-hashed GeoJSON files, and the small
 * facts (bbox, countries, place labels) the page carries so the map can start before the events
 * have loaded in the page. The sources themselves (`data`, their coordinates cut to six decimals)
 * are returned too, so the poster and the handout's map draw them without building them again.
 */
export function buildMapFiles(
	index: AtlasIndex,
	base: string
): { files: MapFile[]; basics: MapBasics; data: AtlasMapData } {
	const data = buildMapData(index.events);
	const files: MapFile[] = [];
	const urls = {} as Record<keyof AtlasMapData, string>;
	for (const key of Object.keys(data) as (keyof AtlasMapData)[]) {
		// Six decimals are about 0.1 m: finer than any place in the data, and the halo and link
		// files shrink by almost half.
		const json = JSON.stringify(truncate(data[key], { precision: 6, mutate: true }));
		const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
		const fileName = `map-${key}.${hash}.geojson`;
		files.push({ fileName, json });
		urls[key] = `${base}/data/${fileName}`;
	}
	return {
		files,
		data,
		basics: {
			sources: { data: urls, ...describeMapData(data) },
			bbox: computeEventsBbox(index.events),
			countries: [...new Set(index.events.map((e) => countryName(e.place.country)))],
			places: buildPlaceLabels(index.events)
		}
	};
}
