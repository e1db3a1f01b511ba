import type { AtlasEvent, EventLink } from './schema';

/** A link as seen from one event: both the links it declares and the ones pointing at it. */
export interface EventConnection {
	event: AtlasEvent;
	link: EventLink;
	direction: 'outgoing' | 'incoming';
}

/**
 * Every event's connections, in both directions: the data declares each link once (on the event
 * where the source states it) while readers need it from either end. An incoming link is left
 * out when the event also declares a link back to its origin, so a pair linked both ways is
 * listed once from each side. Links to unknown ids are skipped.
 *
 * Kept as the links pointing at each event, filled as the events arrive (`add`, in reading
 * order), and worked out for one event when asked (a card, a panel, a place's history): at
 * 100,000 events, working out every event's connections at once took the page half a second.
 */
export class EventConnections {
	/** The events that link to each id, with the link, in the order they were added. */
	readonly #pointing = new Map<string, { event: AtlasEvent; link: EventLink }[]>();
	readonly #byId: ReadonlyMap<string, AtlasEvent>;

	/** `byId` is the index's own map: it may still grow after this is made. */
	constructor(byId: ReadonlyMap<string, AtlasEvent>) {
		this.#byId = byId;
	}

	/** Notes the links of the next event in reading order. */
	add(event: AtlasEvent): void {
		for (const link of event.links) {
			const pointing = this.#pointing.get(link.to);
			if (pointing) pointing.push({ event, link });
			else this.#pointing.set(link.to, [{ event, link }]);
		}
	}

	/** An event's own links first, then the ones pointing at it, as the panel lists them. */
	get(id: string): EventConnection[] {
		const event = this.#byId.get(id);
		if (!event) return [];
		const connections: EventConnection[] = [];
		for (const link of event.links) {
			const target = this.#byId.get(link.to);
			if (target) connections.push({ event: target, link, direction: 'outgoing' });
		}
		for (const { event: origin, link } of this.#pointing.get(id) ?? []) {
			if (origin.id === id || event.links.some((back) => back.to === origin.id)) continue;
			connections.push({ event: origin, link, direction: 'incoming' });
		}
		return connections;
	}
}
