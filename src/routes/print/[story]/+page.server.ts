import { base } from '$app/paths';
import { listCategories } from '$lib/domain/atlas-index';
import { buildQrPicture } from '$lib/domain/handout-qr';
import { buildStoryHandout, storyLink } from '$lib/domain/handout-story';
import { loadBuiltDataset } from '$lib/server/dataset';
import { HANDOUT_MAP_SIZE } from '$lib/server/poster-png';
import { readSite } from '$lib/server/site';
import { findStory, storyEntries } from './story-handout';

/**
 * A story's printable handout: like `/print`, plain prerendered HTML with no JavaScript, but
 * holding only the events the story's steps show, with the steps in the project's words. The
 * teacher notes are on their own page (`notes`), so the class's copy never carries them.
 */
export const csr = false;

export const entries = storyEntries;

export function load({ params }) {
	const story = findStory(params.story);
	const { index } = loadBuiltDataset(base);
	const site = readSite(base);
	const { handout, steps } = buildStoryHandout(index, story);
	const href = site.root === null ? null : storyLink(site.root, story.id);
	return {
		meta: index.meta,
		story: {
			id: story.id,
			title: story.title,
			introduction: story.introduction,
			contentNote: story.contentNote
		},
		handout,
		steps,
		// The key: the categories of the story's events, in the same order as every other key.
		categories: listCategories(handout.rows),
		map: { src: `${base}/print/${story.id}/map.svg`, ...HANDOUT_MAP_SIZE },
		link: href === null ? null : { href, qr: buildQrPicture(href) }
	};
}
