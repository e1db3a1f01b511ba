import { base } from '$app/paths';
import { loadBuiltDataset } from '$lib/server/dataset';
import { loadBuiltStories } from '$lib/server/stories';

/**
 * The presenter view: a second window a teacher keeps on the laptop's own screen while the
 * projector shows the presentation. One prerendered page for every story; which story is read
 * from `?story=` in the browser, since a prerendered page has no query string.
 */
export function load() {
	const { index } = loadBuiltDataset(base);
	return {
		stories: loadBuiltStories(index).map((story) => ({
			id: story.id,
			title: story.title,
			teacherNotes: story.teacherNotes,
			steps: story.steps.map((step) => ({
				text: step.text,
				// What the room sees selected, so the presenter knows which panel is open.
				eventTitle: step.view.event ? (index.byId.get(step.view.event)?.title ?? null) : null
			}))
		}))
	};
}
