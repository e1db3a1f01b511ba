import type { AtlasIndex } from './atlas-index';
import type { AtlasEvent } from './data/schema';

/** Why an event is in a place's history. */
export type PlaceTie =
	/** The event's own locality is the place. */
	| { kind: 'here' }
	/** A link joins it to an event at the place (`via`), in either direction. */
	| { kind: 'linked'; via: AtlasEvent }
	/** One of its claims measures a distance or nearness to the place itself. */
	| { kind: 'claim' };

export interface PlaceHistoryEntry {
	event: AtlasEvent;
	/** The first reason found, in the order here, claim, linked: "here" says the most. */
	tie: PlaceTie;
}

/**
 * Everything that happened at a place or is tied to it, in reading order (time first): the
 * events whose locality it is, the events linked to those (the links read from either end), and
 * the events whose claims name the place. Cost: the place's events and their links, plus one
 * pass over the events for claims, which most events lack.
 */
export function placeHistory(index: AtlasIndex, name: string): PlaceHistoryEntry[] {
	const place = index.placeByName.get(name);
	if (!place) return [];
	const ties = new Map<string, PlaceTie>();
	for (const id of place.eventIds) ties.set(id, { kind: 'here' });
	for (const event of index.events) {
		if (ties.has(event.id)) continue;
		const named = event.claims.some((c) => c.from.locality === name || c.to.locality === name);
		if (named) ties.set(event.id, { kind: 'claim' });
	}
	for (const id of place.eventIds) {
		const via = index.byId.get(id);
		if (!via) continue;
		for (const { event } of index.connections.get(id)) {
			if (!ties.has(event.id)) ties.set(event.id, { kind: 'linked', via });
		}
	}
	return [...ties]
		.map(([id, tie]) => ({ event: index.byId.get(id), tie, at: index.positionOf.get(id) ?? 0 }))
		.filter((e): e is { event: AtlasEvent; tie: PlaceTie; at: number } => e.event !== undefined)
		.sort((a, b) => a.at - b.at)
		.map(({ event, tie }) => ({ event, tie }));
}

/** The ids of a place's history, for framing it on the map. */
export function placeHistoryIds(index: AtlasIndex, name: string): string[] {
	return placeHistory(index, name).map((entry) => entry.event.id);
}
