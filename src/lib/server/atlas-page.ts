import { base } from '$app/paths';
import { loadBuiltDataset } from '$lib/server/dataset';
import { listPeriods } from '$lib/server/static-list';
import { readStreetTiles } from '$lib/server/street-tiles';

/**
 * What an atlas page needs before the events arrive: the atlas's own words, the sources, what
 * the build read off the events (`EarlyFacts`: extent, clocks, categories), and where to fetch
 * the events. The events and the source texts are not in the page's hydration data: the page
 * fetches them as a file. Shared by the home page and the embed page.
 */
export function loadAtlasPage() {
	const { index, fileName, mapBasics } = loadBuiltDataset(base);
	return {
		meta: index.meta,
		sources: index.sources,
		early: { extent: index.extent, clocks: index.clocks, categories: index.categories },
		eventCount: index.events.length,
		dataUrl: `${base}/data/${fileName}`,
		map: { ...mapBasics, streets: readStreetTiles() },
		periods: listPeriods(index)
	};
}

export type AtlasPageData = ReturnType<typeof loadAtlasPage>;
