import type { AtlasIndex } from './atlas-index';
import type { Story } from './data/story-schema';
import { buildHandout, type Handout } from './handout';

/** One step as a story's handout prints it: the project's words, and the events it shows. */
export interface HandoutStep {
	/** 1, 2, 3…: the step's number in the player's counter. */
	number: number;
	/** The project's own words, printed as such (never as a quote). */
	text: string;
	/** The table's numbers and titles of the events the step selects or frames, in its order. */
	events: { number: number; title: string }[];
}

export interface StoryHandout {
	handout: Handout;
	steps: HandoutStep[];
}

/**
 * The events a step shows: the one it selects, then those it frames together, each once. A
 * step's view names at most one event; `fit` lists the others the map shows with it.
 */
export function stepEventIds(step: Story['steps'][number]): string[] {
	const ids = step.view.event === undefined ? [] : [step.view.event];
	return [...new Set([...ids, ...(step.fit ?? [])])];
}

/**
 * Every event a story's steps show, in the atlas's reading order, so the handout's table is a
 * chronology like the whole atlas's; the steps point into it by number. An id the atlas does
 * not hold is kept at the end, for `buildHandout` to report as missing instead of dropping it.
 */
export function storyEventIds(index: AtlasIndex, story: Story): string[] {
	const ids = [...new Set(story.steps.flatMap(stepEventIds))];
	const position = (id: string) => index.positionOf.get(id) ?? Number.POSITIVE_INFINITY;
	return ids.sort((a, b) => position(a) - position(b));
}

/** A story's printable handout: the chosen events as `buildHandout` lists them, and its steps. */
export function buildStoryHandout(index: AtlasIndex, story: Story): StoryHandout {
	const handout = buildHandout(index, { eventIds: storyEventIds(index, story) });
	const rowOf = new Map(handout.rows.map((row) => [row.id, row]));
	const steps = story.steps.map((step, i): HandoutStep => ({
		number: i + 1,
		text: step.text,
		events: stepEventIds(step).flatMap((id) => {
			const row = rowOf.get(id);
			return row ? [{ number: row.number, title: row.title }] : [];
		})
	}));
	return { handout, steps };
}

/**
 * The live atlas's address that opens a story at its first step (`?story=<id>`, read by
 * story-url.svelte.ts), from the site's root address (which ends with a slash).
 */
export function storyLink(root: string, storyId: string): string {
	return `${root}?${new URLSearchParams({ story: storyId }).toString()}`;
}
