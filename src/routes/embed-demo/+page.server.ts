import { base } from '$app/paths';
import { loadBuiltDataset } from '$lib/server/dataset';
import { formatEventTime } from '$lib/domain/time/local-time';

export const prerender = true;

/**
 * The demo article's steps come from the data: the top-level events (those that are no other
 * event's part) in reading order, each with its title, its local time and its start.
 */
export function load() {
	const { index } = loadBuiltDataset(base);
	const steps = index.events
		.filter((event) => !event.parent)
		.map((event) => ({
			id: event.id,
			title: event.title,
			when: formatEventTime(event),
			startMs: event.startMs
		}));
	return { meta: index.meta, steps };
}
