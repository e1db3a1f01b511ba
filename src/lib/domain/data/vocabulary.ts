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

/** Units a measured claim may state its distance in ("drove 300 km", "500 metres away"). */
export const DISTANCE_UNITS = ['km', 'm', 'mi'] as const;
/** One of `DISTANCE_UNITS`. */
export type DistanceUnit = (typeof DISTANCE_UNITS)[number];
/** Kilometres in one of each unit, so a stated figure compares with a measured one. */
export const KM_PER_UNIT: Record<DistanceUnit, number> = { km: 1, m: 0.001, mi: 1.609344 };

/**
 * What a stated distance runs along: `road` when the source says it was driven or walked (a road
 * is longer than the straight line the map measures), `unstated` when it just says "4 km from".
 */
export const DISTANCE_ALONG = ['road', 'unstated'] as const;
/** One of `DISTANCE_ALONG`. */
export type DistanceAlong = (typeof DISTANCE_ALONG)[number];
