import { untrack } from 'svelte';
import { stepPatch } from '$lib/domain/story';
import { initialView } from '$lib/domain/view';
import type { AtlasState } from './atlas-state.svelte';
import type { StoryPlayer } from './story-player.svelte';

/**
 * Shows the player's steps: each step the player moves to is applied through
 * `atlas.apply(…, 'story')` as soon as the events are there to check it against (a step asked for
 * before they have loaded waits for them). Call once, from a component's initialisation.
 */
export function showStorySteps(atlas: AtlasState, player: StoryPlayer): void {
	$effect(() => {
		if (player.pending && atlas.dataStatus.kind === 'loading') atlas.eventsAwaited = true;
		if (!player.pending || atlas.dataStatus.kind !== 'ready') return;
		untrack(() => {
			const step = player.step;
			player.pending = false;
			if (!step) return;
			const defaults = initialView(atlas.extent);
			const { patch, fit, problems } = stepPatch(step, defaults, atlas.timeZone);
			const refused = [...problems, ...atlas.apply(patch, 'story', { fit })];
			if (refused.length > 0)
				console.warn('Atlas: parts of this story step were ignored:', refused);
		});
	});
}
