import { initialView } from '../view';
import { stepPatch } from '../story';
import type { TimeRange } from '../time/range';
import { storiesFileSchema, storySchema, type Story } from './story-schema';
import { issuesToErrors, itemLabel, type ValidationError } from './validation-errors';

/** What a story is checked against: the validated events and the atlas's zone and extent. */
export interface StoryContext {
	eventIds: ReadonlySet<string>;
	timeZone: string;
	extent: TimeRange;
}

export type StoriesResult =
	{ ok: true; stories: Story[] } | { ok: false; errors: ValidationError[] };

/** The checks a story's shape cannot express: its ids exist, its views parse as links do. */
function checkStory(story: Story, item: string, file: string, context: StoryContext) {
	const errors: ValidationError[] = [];
	const defaults = initialView(context.extent);
	story.steps.forEach((step, index) => {
		const at = `steps.${index}`;
		const { problems } = stepPatch(step, defaults, context.timeZone);
		for (const problem of problems) {
			errors.push({
				file,
				item,
				field: `${at}.view.${problem.param}`,
				expected: 'a value the atlas accepts in a link',
				received: JSON.stringify(step.view[problem.param]),
				detail: problem.reason.replace(/^expected /, '')
			});
		}
		const event = step.view.event;
		if (event !== undefined && !context.eventIds.has(event)) {
			errors.push({
				file,
				item,
				field: `${at}.view.event`,
				expected: 'the id of an event in the events file',
				received: JSON.stringify(event)
			});
		}
		(step.fit ?? []).forEach((id, position) => {
			if (context.eventIds.has(id)) return;
			errors.push({
				file,
				item,
				field: `${at}.fit.${position}`,
				expected: 'the id of an event in the events file',
				received: JSON.stringify(id)
			});
		});
	});
	return errors;
}

/**
 * Checks the stories file against the validated atlas: each story's shape, then each step's
 * view as the URL codec reads it and every event id it names. Errors name the story, the step
 * and the field (`stories.json › 13-november (#0) › steps.4.view.event`).
 */
export function validateStories(raw: unknown, file: string, context: StoryContext): StoriesResult {
	const list = storiesFileSchema.safeParse(raw);
	if (!list.success)
		return { ok: false, errors: issuesToErrors(list.error.issues, raw, file, undefined, '') };
	const errors: ValidationError[] = [];
	const stories: Story[] = [];
	const seen = new Set<string>();
	list.data.forEach((entry, index) => {
		const item = itemLabel(entry, index);
		const parsed = storySchema.safeParse(entry);
		if (!parsed.success) {
			errors.push(...issuesToErrors(parsed.error.issues, entry, file, item, ''));
			return;
		}
		if (seen.has(parsed.data.id)) {
			errors.push({
				file,
				item,
				field: 'id',
				expected: 'an id no other story has',
				received: JSON.stringify(parsed.data.id)
			});
		}
		seen.add(parsed.data.id);
		errors.push(...checkStory(parsed.data, item, file, context));
		stories.push(parsed.data);
	});
	return errors.length > 0 ? { ok: false, errors } : { ok: true, stories };
}
