import type { AtlasEvent, EventLink } from './schema';

/** A link as seen from one event: both the links it declares and the ones pointing at it. */
export interface EventConnection {
	event: AtlasEvent;
	link: EventLink;
	direction: 'outgoing' | 'incoming';
}

/**
 * Every connection of an event, in both directions, because the data declares each link only
 * once (on the event where the source states it) while readers need it from either end.
 */
export function connectionsOf(event: AtlasEvent, events: readonly AtlasEvent[]): EventConnection[] {
	const byId = new Map(events.map((e) => [e.id, e]));
	const connections: EventConnection[] = [];
	for (const link of event.links) {
		const target = byId.get(link.to);
		if (target) connections.push({ event: target, link, direction: 'outgoing' });
	}
	for (const other of events) {
		if (other.id === event.id) continue;
		for (const link of other.links) {
			if (link.to === event.id && !event.links.some((l) => l.to === other.id)) {
				connections.push({ event: other, link, direction: 'incoming' });
			}
		}
	}
	return connections;
}

/** The events whose `parent` is this one, e.g. the sites of a multi-site attack. */
export function childrenOf(event: AtlasEvent, events: readonly AtlasEvent[]): AtlasEvent[] {
	return events.filter((e) => e.parent === event.id);
}
