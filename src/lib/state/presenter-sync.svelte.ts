import { untrack } from 'svelte';
import {
	createRefusalWarner,
	encodePresenterMessage,
	parsePresenterMessage,
	presenterChannelName
} from '$lib/domain/presenter-messages';
import type { StoryPlayer } from './story-player.svelte';

/**
 * Keeps a presenter view (a second window, `/presenter`) in step with the open story: tells it
 * each step shown, and moves the player when it asks. The player stays the only thing that
 * changes steps, so the view still changes only through `atlas.apply(…, 'story')`. Without
 * BroadcastChannel there is no presenter view, and the presentation works as before. Call once,
 * from a component's initialisation.
 */
export function syncPresenterView(player: StoryPlayer): void {
	const warnRefused = createRefusalWarner();
	$effect(() => {
		const story = player.story;
		if (!story || typeof BroadcastChannel === 'undefined') return;
		const channel = new BroadcastChannel(presenterChannelName(story.id));
		const tell = (step: number) =>
			channel.postMessage(encodePresenterMessage({ type: 'step', story: story.id, step }));

		channel.onmessage = (event: MessageEvent) => {
			const result = parsePresenterMessage(event.data, story.id, story.steps.length);
			if (result.kind === 'refused') return warnRefused(result);
			const { message } = result;
			const index = untrack(() => player.index);
			// A "go" to the step already shown still answers, so the presenter view is never left guessing.
			if (message.type === 'go' && message.step !== index) player.go(message.step);
			else if (message.type !== 'step') tell(index);
		};

		// Each step the player shows, reached from either window, is told to the presenter view.
		$effect(() => tell(player.index));
		return () => channel.close();
	});
}
