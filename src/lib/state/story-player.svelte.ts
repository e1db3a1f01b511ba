import { createContext, untrack } from 'svelte';
import type { Story } from '$lib/domain/data/story-schema';
import { stepPatch } from '$lib/domain/story';
import { initialView } from '$lib/domain/view';
import type { AtlasState } from './atlas-state.svelte';

/**
 * Which story is open, at which step, and how it is shown. Every step reaches the view through
 * `atlas.apply(…, 'story')`, like any other change; the player keeps no copy of the view. A step
 * asked for before the events have loaded is applied once they have, since only then can its
 * event ids be checked.
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
	private pending = false;

	constructor(
		private readonly atlas: AtlasState,
		stories: readonly Story[]
	) {
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

	/** Moves to a step (clamped to the story) and shows it. */
	go(index: number): void {
		if (!this.story) return;
		this.index = Math.min(this.count - 1, Math.max(0, index));
		this.pending = true;
		this.showPending();
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

	/** Applies the current step if one is waiting and the events are there to check it against. */
	showPending(): void {
		untrack(() => {
			const step = this.step;
			if (!this.pending || !step || this.atlas.dataStatus.kind !== 'ready') return;
			this.pending = false;
			const defaults = initialView(this.atlas.extent);
			const { patch, fit, problems } = stepPatch(step, defaults, this.atlas.timeZone);
			const refused = [...problems, ...this.atlas.apply(patch, 'story', { fit })];
			if (refused.length > 0)
				console.warn('Atlas: parts of this story step were ignored:', refused);
		});
	}
}

const [getStoryPlayer, setStoryPlayer] = createContext<StoryPlayer>();

export { getStoryPlayer, setStoryPlayer };
