import { endOfPrecision } from '../time/instant';
import { describeLink } from '../link-wording';
import type { AtlasEvent } from './schema';
import { TIME_ORDERED_RELATIONS } from './vocabulary';

/** A link whose wording says the linked event came later, though it certainly began earlier. */
export interface LinkAgainstTime {
	event: AtlasEvent;
	/** Position of the link in `event.links`. */
	index: number;
	target: AtlasEvent;
}

/**
 * The links whose wording contradicts the two events' times: a `follow-up` or `movement` from A
 * reads "Followed by B" or "Movement to B", which is false when B had begun before A. "Before"
 * allows for precision: B certainly began earlier only when even the last moment its start
 * could stand for (the end of its start's day, for a `day` event) is before A's start, so a
 * day-precision event on the evening's own date never counts as earlier.
 */
export function findLinksAgainstTime(events: readonly AtlasEvent[]): LinkAgainstTime[] {
	const byId = new Map(events.map((e) => [e.id, e]));
	const found: LinkAgainstTime[] = [];
	for (const event of events) {
		event.links.forEach((link, index) => {
			if (!TIME_ORDERED_RELATIONS.includes(link.relation)) return;
			const target = byId.get(link.to);
			if (!target || target.id === event.id) return;
			const latestStart = endOfPrecision(target.startMs, target.timeZone, target.timePrecision);
			if (latestStart <= event.startMs) found.push({ event, index, target });
		});
	}
	return found;
}

/** How the refused link reads in the panel, to say what the data would claim. */
export function wordingOf(found: LinkAgainstTime): string {
	return describeLink(found.event.links[found.index]!, 'outgoing');
}
