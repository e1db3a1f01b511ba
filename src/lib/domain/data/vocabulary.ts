/**
 * The atlas's fixed vocabularies as plain constants and types, free of zod so that UI code can
 * import them without pulling the validator into the client bundle. `schema.ts` builds its
 * enums from these.
 */

/** The fixed category vocabulary: colour, legend and filters key off these. */
export const CATEGORIES = [
	'attack',
	'police-raid',
	'arrest',
	'evidence',
	'movement',
	'statement',
	'cancellation',
	'background'
] as const;
/** One of `CATEGORIES`. */
export type Category = (typeof CATEGORIES)[number];

/** How exactly the time is known: "March 2016" is `month`, never 1 March 00:00. */
export const TIME_PRECISIONS = ['minute', 'hour', 'day', 'month', 'year'] as const;
/** One of `TIME_PRECISIONS`. */
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

/** How exactly the place is known; the map draws coarser precisions as wider halos. */
export const LOCATION_PRECISIONS = ['address', 'street', 'district', 'city', 'region'] as const;
/** One of `LOCATION_PRECISIONS`. */
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

/** What kind of text a source is. */
export const SOURCE_KINDS = ['news-report', 'feature', 'opinion', 'blog', 'news-brief'] as const;
/** One of `SOURCE_KINDS`. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How a linked event relates to the event that links to it. */
export const LINK_RELATIONS = [
	'same-operation',
	'movement',
	'evidence',
	'follow-up',
	'related'
] as const;
/** One of `LINK_RELATIONS`. */
export type LinkRelation = (typeof LINK_RELATIONS)[number];

/**
 * Relations whose wording puts the linked event after the declaring one ("Followed by",
 * "Movement to"), so the validator refuses such a link to an event that certainly began
 * earlier. Evidence may point either way in time: a car found on Saturday points to Friday.
 */
export const TIME_ORDERED_RELATIONS: readonly LinkRelation[] = ['follow-up', 'movement'];

/** What an editorial note on an event is about. */
export const NOTE_KINDS = ['dispute', 'context'] as const;

/** Parts of an event that may come from the public record rather than from the sources. */
export const EDITORIAL_SUBJECTS = ['event', 'time', 'place', 'figures'] as const;
