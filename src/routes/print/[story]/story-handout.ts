import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import type { Story } from '$lib/domain/data/story-schema';
import { loadBuiltDataset } from '$lib/server/dataset';
import { loadBuiltStories } from '$lib/server/stories';

/** Every story's id, for the pages and map images prerendered under `/print/<story>`. */
export function storyEntries(): { story: string }[] {
	return loadBuiltStories(loadBuiltDataset(base).index).map((story) => ({ story: story.id }));
}

/**
 * The story a `/print/<story>` address names. Only the stories of the build are prerendered, so
 * this 404 is what the dev server (or a build asked for another id) answers, never a thrown error.
 */
export function findStory(id: string): Story {
	const story = loadBuiltStories(loadBuiltDataset(base).index).find((s) => s.id === id);
	if (!story) error(404, 'This atlas has no story with that name');
	return story;
}
