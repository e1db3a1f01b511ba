import type { BBox } from 'geojson';
import { groupNearbyPoints } from './nearby-groups';
import type { AtlasEvent } from '../data/schema';

/** What the cluster views read of an event. */
export type ClusterEvent = Pick<AtlasEvent, 'id' | 'coordinates'> & {
	place: Pick<AtlasEvent['place'], 'locality' | 'country'>;
};

/** A one-click view: a named group of events the map can fit. */
export interface ClusterView {
	/** Stable within a dataset: 'all', or 'cluster-' and the first member's id. */
	id: string;
	/** Derived from the members' places, never written in code (see `nameCluster`). */
	name: string;
	/** 'all' frames the whole atlas; 'cluster' one group of nearby events. */
	kind: 'all' | 'cluster';
	/** The members, in the order given. */
	eventIds: string[];
	/** `[west, south, east, north]` around every member. */
	bbox: BBox;
}

export interface ClusterOptions {
	/**
	 * Events whose places lie within this many kilometres of each other, directly or through a
	 * chain of others, share a view: a city with its suburbs, but not two cities.
	 */
	radiusKm: number;
	/** A group needs at least this many events to be worth a view of its own. */
	minEvents: number;
	/** The reader's language, for country names. */
	locale: string;
}

/** About a metropolitan area: Saint-Denis and Montreuil join Paris; Antwerp stays apart from Brussels. */
export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { radiusKm: 15, minEvents: 3, locale: 'en' };

/**
 * The views a reader can jump to: the whole atlas first, then each group of nearby events, the
 * largest first. Only distinct places are clustered (events at one spot count once for the
 * distance, but all for the size), so a dataset of 100,000 events at a few thousand places costs
 * what its places cost. A group that is the whole atlas, or a single spot, gets no view of its
 * own: the one is the first view, and the other is a single event's zoom.
 */
export function buildClusterViews(
	events: readonly ClusterEvent[],
	options: Partial<ClusterOptions> = {}
): ClusterView[] {
	const { radiusKm, minEvents, locale } = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
	if (events.length === 0) return [];
	const spots = new Map<string, ClusterEvent[]>();
	for (const event of events) {
		const key = event.coordinates.join();
		const here = spots.get(key);
		if (here) here.push(event);
		else spots.set(key, [event]);
	}
	const groups = [...spots.values()];
	// Every place within radiusKm of another in its group (single linkage); a lone place is a
	// group of its own.
	const groupOf = groupNearbyPoints(
		groups.map((members) => members[0]!.coordinates),
		radiusKm
	);
	const byCluster = new Map<number, ClusterEvent[][]>();
	groupOf.forEach((group, spot) => {
		const places = byCluster.get(group);
		if (places) places.push(groups[spot]!);
		else byCluster.set(group, [groups[spot]!]);
	});
	const order = new Map(events.map((e, i) => [e.id, i]));
	const clusters = [...byCluster.values()]
		.filter((places) => places.length > 1)
		.map((places) => places.flat().sort((a, b) => order.get(a.id)! - order.get(b.id)!))
		.filter((members) => members.length >= minEvents && members.length < events.length)
		.map((members) => toView(members, 'cluster', nameCluster(members, locale)))
		.sort((a, b) => b.eventIds.length - a.eventIds.length || a.name.localeCompare(b.name));
	return [toView(events, 'all', nameCountries(events, locale)), ...clusters];
}

function toView(
	members: readonly ClusterEvent[],
	kind: ClusterView['kind'],
	name: string
): ClusterView {
	// A loop, not Math.min(...): 100,000 arguments overflow the stack.
	const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [lon, lat] of members.map((e) => e.coordinates)) {
		box[0] = Math.min(box[0], lon);
		box[1] = Math.min(box[1], lat);
		box[2] = Math.max(box[2], lon);
		box[3] = Math.max(box[3], lat);
	}
	return {
		id: kind === 'all' ? 'all' : `cluster-${members[0]!.id}`,
		name,
		kind,
		eventIds: members.map((e) => e.id),
		bbox: box
	};
}

/** Values by how often they occur, most often first, ties in alphabetical order. */
function byFrequency(values: readonly string[]): string[] {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts.entries()]
		.sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
		.map(([value]) => value);
}

/**
 * A group is named after the locality most of its events give (Brussels, not Molenbeek, when
 * more happened in Brussels), or after its countries when it spans a border.
 */
export function nameCluster(members: readonly ClusterEvent[], locale: string): string {
	const countries = byFrequency(members.map((e) => e.place.country));
	if (countries.length > 1) return nameCountries(members, locale);
	return byFrequency(members.map((e) => e.place.locality))[0] ?? '';
}

/** The countries the events took place in, most events first: "Belgium–France". */
export function nameCountries(members: readonly ClusterEvent[], locale: string): string {
	const names = byFrequency(members.map((e) => e.place.country)).map((code) =>
		countryName(code, locale)
	);
	return names.length > 3 ? `${names.slice(0, 3).join('–')} and more` : names.join('–');
}

function countryName(code: string, locale: string): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
	} catch {
		// An unknown code (validated as two capitals, but not every pair is a country).
		return code;
	}
}
