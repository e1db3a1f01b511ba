import type { AtlasEvent } from '$lib/domain/data/schema';

/**
 * The most steps the embed demo's article (`/embed-demo`) has. The demo shows how a newsroom
 * page drives the embed, so thirty steps across the atlas's time span show it as well as every
 * event would (the first atlas has thirty top-level events, all shown); the events themselves
 * are read on the home page and the period pages. Every step is an element of the prerendered
 * page, so without a bound the page would grow with the atlas (36 MB at 100,000 events).
 */
export const DEMO_STEP_LIMIT = 30;

/**
 * The events the demo article steps through: the top-level events (those that are no other
 * event's part), in reading order. Up to `limit` of them, all; beyond it, `limit` of them
 * spread evenly over the reading order, the first and the last included, so the article still
 * crosses the whole time span.
 */
export function chooseDemoEvents(
	eventsInReadingOrder: readonly AtlasEvent[],
	limit = DEMO_STEP_LIMIT
): AtlasEvent[] {
	const topLevel = eventsInReadingOrder.filter((event) => !event.parent);
	if (topLevel.length <= limit) return topLevel;
	if (limit <= 1) return topLevel.slice(0, Math.max(0, limit));
	const last = topLevel.length - 1;
	return Array.from(
		{ length: limit },
		(_, i) => topLevel[Math.round((i * last) / (limit - 1))] as AtlasEvent
	);
}
