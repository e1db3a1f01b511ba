import { untrack } from 'svelte';
import { readStepNumber } from '$lib/domain/story';
import type { StoryPlayer } from './story-player.svelte';

/** The link parameters the player owns, beside the view's (see url-codec.ts). */
const STORY = 'story';
const STEP = 'step';
const PRESENT = 'present';

function replaceParams(update: (params: URLSearchParams) => void): void {
	const params = new URLSearchParams(location.search);
	update(params);
	const text = params.toString().replace(/%2F/gi, '/').replace(/%3A/gi, ':');
	const search = text ? `?${text}` : '';
	if (search === location.search) return;
	try {
		history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
	} catch (error) {
		console.warn('Atlas: cannot write the story into the address bar.', error);
	}
}

/**
 * The story's link adapter: `story=<id>&step=<n>` (1-based, as the counter shows it) and
 * `present=1` open the player there, so a teacher can send a class to step 5; the address then
 * follows the player. A story or step that does not exist is reported in the page and ignored.
 * Call once, from a component's initialisation, after the view's own URL adapter.
 */
export function syncStoryWithUrl(player: StoryPlayer): void {
	let restored = false;
	$effect(() =>
		untrack(() => {
			// Read once at start, never state: the player's own fields are what the page reacts to.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			const params = new URLSearchParams(location.search);
			const id = params.get(STORY);
			restored = true;
			if (id === null) return;
			const story = player.find(id);
			if (!story) {
				player.notice = `The link names a story this atlas does not have (“${id.slice(0, 60)}”); the atlas opened without it.`;
				return;
			}
			const stepText = params.get(STEP);
			const index = stepText === null ? 0 : readStepNumber(stepText, story.steps.length);
			if (index === null) {
				player.notice = `This story has steps 1 to ${story.steps.length}; the link asked for step “${stepText?.slice(0, 20)}”, so it starts at step 1.`;
			}
			player.presenting = params.get(PRESENT) === '1';
			player.open(story, index ?? 0);
		})
	);

	$effect(() => {
		const id = player.story?.id ?? null;
		const step = player.index + 1;
		const presenting = player.presenting;
		if (!restored) return;
		replaceParams((params) => {
			if (id === null) {
				params.delete(STORY);
				params.delete(STEP);
			} else {
				params.set(STORY, id);
				params.set(STEP, String(step));
			}
			if (presenting) params.set(PRESENT, '1');
			else params.delete(PRESENT);
		});
	});
}
