import { base } from '$app/paths';
import { buildPageTags, describeAtlas } from '$lib/domain/page-meta';
import { loadAtlasPage } from '$lib/server/atlas-page';
import { loadBuiltDataset } from '$lib/server/dataset';
import { readSite } from '$lib/server/site';
import { loadBuiltStories } from '$lib/server/stories';

/**
 * The home page is the atlas plus its stories (the embed page has no story player). Its head
 * tags are worked out here, so the page's first scripts need not carry the code that does it.
 */
export function load({ url }) {
	const page = loadAtlasPage();
	const { meta } = page;
	const pageTags = buildPageTags(readSite(base), {
		title: meta.title,
		description: describeAtlas(meta),
		path: url.pathname
	});
	return { ...page, stories: loadBuiltStories(loadBuiltDataset().index), pageTags };
}
