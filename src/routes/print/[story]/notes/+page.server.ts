import { base } from '$app/paths';
import { loadBuiltDataset } from '$lib/server/dataset';
import { findStory, storyEntries } from '../story-handout';

/**
 * A story's teacher notes on their own printable page: a teacher prints them or not, and the
 * class's handout never carries them. No JavaScript, like the handout.
 */
export const csr = false;

export const entries = storyEntries;

export function load({ params }) {
	const story = findStory(params.story);
	return {
		meta: loadBuiltDataset(base).index.meta,
		story: {
			id: story.id,
			title: story.title,
			teacherNotes: story.teacherNotes,
			steps: story.steps.map((step) => step.text)
		}
	};
}
