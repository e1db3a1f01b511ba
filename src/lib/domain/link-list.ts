import type { AtlasEvent, EventLink, Quote } from './data/schema';
import { LINK_RELATIONS, type LinkRelation } from './data/vocabulary';
import { isEventDrawn, type TimeRange } from './time/range';
import { describeLink } from './link-wording';

/**
 * The links between events as a reader meets them on the map and in the link list: one entry
 * per linked pair, whichever end declares it, so the list and the lines agree (the map draws a
 * pair once too, see `buildLinkLines`).
 */
export interface LinkEntry {
	/** The pair's ids, sorted and joined (`linkKey`): the same whichever end declares the link. */
	key: string;
	/** The event that declares the link (the first of the pair to, when both do). */
	from: AtlasEvent;
	to: AtlasEvent;
	link: EventLink;
	/** The other end's link back, when the pair is declared both ways: its note is shown too. */
	reverse: EventLink | null;
	/** Both ends at the very same point: the map draws no line, only the list tells it. */
	samePlace: boolean;
	/** The quote the link rests on, from the declaring event (see `chooseLinkQuote`). */
	quote: Quote;
	/** When the link exists on the time axis: from the later start of its two ends. */
	startMs: number;
}

/**
 * The key of a linked pair, in either order: a map line's `from` and `to` find its entry. `~`
 * never occurs in an event id (a slug), and keeps the key usable as an HTML id.
 */
export function linkKey(a: string, b: string): string {
	return a < b ? `${a}~${b}` : `${b}~${a}`;
}

/**
 * The quote shown with a link. Links carry no quote of their own, so it is one of the declaring
 * event's own (every event has at least one): the first whose source also backs the other end,
 * since that source speaks of both events; else the first. Never a made-up sentence.
 */
export function chooseLinkQuote(
	from: Pick<AtlasEvent, 'quotes'>,
	to: Pick<AtlasEvent, 'quotes'>
): Quote {
	const other = new Set(to.quotes.map((q) => q.source));
	return from.quotes.find((q) => other.has(q.source)) ?? (from.quotes[0] as Quote);
}

/**
 * Every link between known events, one per pair, in the order their links come into being on
 * the time axis (the later end's start), then by declaring event: the order a reader scrubbing
 * forward sees them appear.
 */
export function listLinks(events: readonly AtlasEvent[]): LinkEntry[] {
	const byId = new Map(events.map((e) => [e.id, e]));
	const entries = new Map<string, LinkEntry>();
	for (const from of events) {
		for (const link of from.links) {
			const to = byId.get(link.to);
			if (!to || to.id === from.id) continue;
			const back = entries.get(linkKey(from.id, to.id));
			if (back) {
				back.reverse ??= link;
				continue;
			}
			entries.set(linkKey(from.id, to.id), {
				key: linkKey(from.id, to.id),
				from,
				to,
				link,
				reverse: null,
				samePlace:
					from.coordinates[0] === to.coordinates[0] && from.coordinates[1] === to.coordinates[1],
				quote: chooseLinkQuote(from, to),
				startMs: Math.max(from.startMs, to.startMs)
			});
		}
	}
	return [...entries.values()].sort(
		(a, b) => a.startMs - b.startMs || a.from.startMs - b.from.startMs || a.key.localeCompare(b.key)
	);
}

/**
 * What the link list says before it is opened: how many links, and of which kinds (in the
 * vocabulary's order). Worked out with the index, in the dataset worker: listing 65,000 links took
 * the page about half a second.
 */
export interface LinkSummary {
	count: number;
	relations: readonly LinkRelation[];
}

export function summarizeLinks(entries: readonly LinkEntry[]): LinkSummary {
	const used = new Set(entries.map((e) => e.link.relation));
	return { count: entries.length, relations: LINK_RELATIONS.filter((r) => used.has(r)) };
}

const listed = new WeakMap<readonly AtlasEvent[], LinkEntry[]>();

/** `listLinks` of one index's events, worked out once, when first needed (list opened, line hovered). */
export function linkEntriesOf(events: readonly AtlasEvent[]): LinkEntry[] {
	let entries = listed.get(events);
	if (!entries) listed.set(events, (entries = listLinks(events)));
	return entries;
}

/**
 * A link is drawn while both its ends are: the map's twin of this rule is the links layer's
 * filter (`buildLinkFilter`), which the unit tests hold to it.
 */
export function isLinkDrawn(
	entry: Pick<LinkEntry, 'from' | 'to'>,
	range: TimeRange,
	fadePast: boolean
): boolean {
	return isEventDrawn(entry.from, range, fadePast) && isEventDrawn(entry.to, range, fadePast);
}

/**
 * What each kind of link is called in the key and the list, in one phrase. The relation's
 * direction-specific wording ("Followed by") stays the panel's (`describeLink`).
 */
export const LINK_KIND_LABEL: Record<LinkRelation, string> = {
	movement: 'Movement from one place to the other',
	'same-operation': 'Same operation',
	evidence: 'Evidence found at one pointing to the other',
	'follow-up': 'One followed the other',
	related: 'Related'
};

/** "Movement to", as the panel words the link from the declaring event's side. */
export function describeLinkRelation(entry: Pick<LinkEntry, 'link'>): string {
	return describeLink(entry.link, 'outgoing');
}

/** The link in one line of text: "Verviers raid — followed by — Molenbeek focus". */
export function describeLinkEntry(entry: Pick<LinkEntry, 'from' | 'to' | 'link'>): string {
	return `${entry.from.title} — ${describeLinkRelation(entry).toLowerCase()} — ${entry.to.title}`;
}

/** The notes the data gives the link, from both ends when both declare it, without repeats. */
export function linkNotes(entry: Pick<LinkEntry, 'link' | 'reverse'>): string[] {
	const notes = [entry.link.note, entry.reverse?.note].filter((n): n is string => !!n);
	return [...new Set(notes)];
}
