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
 */
export function indexConnections(events: readonly AtlasEvent[]): Map<string, EventConnection[]> {
	const byId = new Map(events.map((e) => [e.id, e]));
	const declared = new Map(events.map((e) => [e.id, new Set(e.links.map((l) => l.to))]));
	const outgoing = new Map<string, EventConnection[]>(events.map((e) => [e.id, []]));
	const incoming = new Map<string, EventConnection[]>(events.map((e) => [e.id, []]));
	for (const event of events) {
		for (const link of event.links) {
			const target = byId.get(link.to);
			if (!target) continue;
			outgoing.get(event.id)?.push({ event: target, link, direction: 'outgoing' });
			if (target.id !== event.id && !declared.get(target.id)?.has(event.id)) {
				incoming.get(target.id)?.push({ event, link, direction: 'incoming' });
			}
		}
	}
	// Each event's own links first, then the ones pointing at it, as the panel lists them.
	return new Map(
		events.map((e) => [e.id, [...(outgoing.get(e.id) ?? []), ...(incoming.get(e.id) ?? [])]])
	);
}

/** The events whose `parent` is each event (the sites of a multi-site attack), in data order. */
export function indexChildren(events: readonly AtlasEvent[]): Map<string, AtlasEvent[]> {
	const children = new Map<string, AtlasEvent[]>();
	for (const event of events) {
		if (event.parent === undefined) continue;
		const siblings = children.get(event.parent);
		if (siblings) siblings.push(event);
		else children.set(event.parent, [event]);
	}
	return children;
}
