import { loadAtlasPage } from '$lib/server/atlas-page';
import { loadBuiltDataset } from '$lib/server/dataset';
import { loadBuiltStories } from '$lib/server/stories';

/** The home page is the atlas plus its stories (the embed page has no story player). */
export function load() {
	return { ...loadAtlasPage(), stories: loadBuiltStories(loadBuiltDataset().index) };
}
