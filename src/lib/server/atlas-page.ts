import { base } from '$app/paths';
import { loadBuiltDataset } from '$lib/server/dataset';
import { listPeriods } from '$lib/server/static-list';
import { readStreetTiles } from '$lib/server/street-tiles';

/**
 * What an atlas page needs before the events arrive: the atlas's own words, the sources, the
 * time extent for the slider, the note on clocks (so the time bar is laid out as it will stay:
 * a note that wrapped only once the events arrived resized the map), and where to fetch the
 * events. The events and the source texts are
 * not in the page's hydration data: the page fetches them as a file. Shared by the home page and
 * the embed page.
 */
export function loadAtlasPage() {
	const { index, fileName, mapBasics } = loadBuiltDataset(base);
	return {
		meta: index.meta,
		sources: index.sources,
		extent: index.extent,
		clocks: index.clocks,
		eventCount: index.events.length,
		dataUrl: `${base}/data/${fileName}`,
		map: { ...mapBasics, streets: readStreetTiles() },
		periods: listPeriods(index)
	};
}

export type AtlasPageData = ReturnType<typeof loadAtlasPage>;
