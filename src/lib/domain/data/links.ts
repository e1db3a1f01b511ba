import type { AtlasEvent, EventLink } from './schema';

/** A link as seen from one event: both the links it declares and the ones pointing at it. */
export interface EventConnection {
	event: AtlasEvent;
	link: EventLink;
	direction: 'outgoing' | 'incoming';
}

/**
 * Every event's connections, in both directions, in one pass over the links: the data declares
 * each link once (on the event where the source states it) while readers need it from either
 * end. An incoming link is left out when the event also declares a link back to its origin, so
 * a pair linked both ways is listed once from each side. Links to unknown ids are skipped.
 * Events without connections have no entry: the work and the memory follow the links, not the
 * events (at 100,000 events, a map and a set per event took seconds).
 */
export function indexConnections(
	events: readonly AtlasEvent[],
	byId: ReadonlyMap<string, AtlasEvent> = new Map(events.map((e) => [e.id, e]))
): Map<string, EventConnection[]> {
	const outgoing = new Map<string, EventConnection[]>();
	const incoming = new Map<string, EventConnection[]>();
	const add = (lists: Map<string, EventConnection[]>, id: string, connection: EventConnection) => {
		const list = lists.get(id);
		if (list) list.push(connection);
		else lists.set(id, [connection]);
	};
	for (const event of events) {
		for (const link of event.links) {
			const target = byId.get(link.to);
			if (!target) continue;
			add(outgoing, event.id, { event: target, link, direction: 'outgoing' });
			if (target.id !== event.id && !target.links.some((back) => back.to === event.id)) {
				add(incoming, target.id, { event, link, direction: 'incoming' });
			}
		}
	}
	// Each event's own links first, then the ones pointing at it, as the panel lists them.
	const connections = new Map<string, EventConnection[]>();
	for (const event of events) {
		const own = outgoing.get(event.id);
		const pointing = incoming.get(event.id);
		if (own || pointing) connections.set(event.id, [...(own ?? []), ...(pointing ?? [])]);
	}
	return connections;
}
