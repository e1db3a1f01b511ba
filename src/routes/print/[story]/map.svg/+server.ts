import { base } from '$app/paths';
import { storyEventIds } from '$lib/domain/handout-story';
import { loadBuiltDataset } from '$lib/server/dataset';
import { buildPosterSvgDocument, HANDOUT_MAP_SIZE } from '$lib/server/poster-png';
import { findStory, storyEntries } from '../story-handout';

export const prerender = true;

export const entries = storyEntries;

/**
 * A story's handout map: the same drawing as `/print/map.svg`, with only the story's events,
 * framed on them (a story in Paris gets a map of Paris, not of western Europe).
 */
export function GET({ params }) {
	const story = findStory(params.story);
	const { index } = loadBuiltDataset(base);
	const events = storyEventIds(index, story).flatMap((id) => index.byId.get(id) ?? []);
	return new Response(buildPosterSvgDocument(HANDOUT_MAP_SIZE, events), {
		headers: { 'content-type': 'image/svg+xml' }
	});
}
