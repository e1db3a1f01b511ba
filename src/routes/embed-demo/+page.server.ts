import { base } from '$app/paths';
import { loadBuiltDataset } from '$lib/server/dataset';
import { chooseDemoEvents } from '$lib/server/demo-steps';
import { formatCount } from '$lib/domain/data/limits';
import { formatEventTime } from '$lib/domain/time/local-time';

export const prerender = true;

/**
 * The demo article's steps come from the data: top-level events (those that are no other
 * event's part) in reading order, at most `DEMO_STEP_LIMIT` of them spread over the atlas's time
 * span (see `chooseDemoEvents`), each with its title, its local time and its start.
 */
export function load() {
	const { index } = loadBuiltDataset(base);
	const steps = chooseDemoEvents(index.events).map((event) => ({
		id: event.id,
		title: event.title,
		when: formatEventTime(event),
		startMs: event.startMs
	}));
	const topLevel = index.events.reduce((count, event) => (event.parent ? count : count + 1), 0);
	return {
		meta: index.meta,
		steps,
		/** Whether the steps are a sample, which the page says, with the atlas's size. */
		sampled: steps.length < topLevel,
		eventCount: formatCount(index.events.length)
	};
}
