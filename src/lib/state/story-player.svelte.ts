import { createContext } from 'svelte';
import type { Story } from '$lib/domain/data/story-schema';

/**
 * Which story is open, at which step, and how it is shown. The player keeps no copy of the view:
 * a step it moves to waits in `pending` until `showStorySteps` (story-steps.svelte.ts, started by
 * the StoryPlayer component) applies it through `atlas.apply(…, 'story')`, like any other change,
 * once the events have loaded, since only then can its event ids be checked. The page's first
 * scripts carry only this: the Start buttons work at once, and the step is shown as soon as the
 * player's own chunk has loaded.
 */
export class StoryPlayer {
	readonly stories: readonly Story[];
	story = $state.raw<Story | null>(null);
	index = $state(0);
	/** Presentation mode: large type, high contrast, clicker keys, the chrome hidden. */
	presenting = $state(false);
	/** The teacher notes: hidden by default while presenting, since the room sees the screen. */
	notesShown = $state(false);
	/** A problem to tell the reader: a link to a story that does not exist, fullscreen refused. */
	notice = $state<string | null>(null);
	/** Whether the current step is still to be shown (see `showStorySteps`). */
	pending = $state(false);

	constructor(stories: readonly Story[]) {
		this.stories = stories;
	}

	get step() {
		return this.story?.steps[this.index] ?? null;
	}

	get count() {
		return this.story?.steps.length ?? 0;
	}

	find(id: string): Story | undefined {
		return this.stories.find((story) => story.id === id);
	}

	open(story: Story, index = 0): void {
		this.story = story;
		this.go(index);
	}

	/** Moves to a step (clamped to the story), to be shown (see `pending`). */
	go(index: number): void {
		if (!this.story) return;
		this.index = Math.min(this.count - 1, Math.max(0, index));
		this.pending = true;
	}

	// At either end the step is already shown: pressing on must not fly the map again.
	next = () => {
		if (this.index < this.count - 1) this.go(this.index + 1);
	};
	previous = () => {
		if (this.index > 0) this.go(this.index - 1);
	};
	first = () => this.go(0);
	last = () => this.go(this.count - 1);

	close(): void {
		this.story = null;
		this.presenting = false;
		this.notesShown = false;
		this.pending = false;
	}
}

const [getStoryPlayer, setStoryPlayer] = createContext<StoryPlayer>();

export { getStoryPlayer, setStoryPlayer };
