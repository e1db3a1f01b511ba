import { z } from 'zod';
import {
	CATEGORIES,
	DISTANCE_ALONG,
	DISTANCE_UNITS,
	EDITORIAL_SUBJECTS,
	LINK_RELATIONS,
	LOCATION_PRECISIONS,
	NOTE_KINDS,
	SOURCE_KINDS,
	TIME_PRECISIONS
} from './vocabulary';
import { MAX_EVENTS, MAX_ID_LENGTH, MAX_LINE_LENGTH, formatCount } from './limits';
import {
	identifier,
	isoDate,
	line,
	optionalLine,
	optionalProse,
	prose,
	quoteText
} from './string-rules';

const slug = identifier(
	/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
	'a lowercase slug such as 2015-11-18-saint-denis-raid'
);
const SOURCE_ID = /^[A-Za-z0-9_-]+$/;
const SOURCE_ID_EXAMPLE = 'a source id such as 000_024441ece85ae484';
const sourceId = identifier(SOURCE_ID, SOURCE_ID_EXAMPLE);
/**
 * A quote's or figure's source: shaped like an id, and checked against sources.json after
 * parsing, so an id refused there (such as `__proto__`) is reported once, on its definition.
 */
const sourceRef = z
	.string()
	.max(MAX_ID_LENGTH, { message: SOURCE_ID_EXAMPLE, abort: true })
	.regex(SOURCE_ID, SOURCE_ID_EXAMPLE);
/** A zone name is checked further (known, spelt right) in validate-time.ts and validate.ts. */
const zoneName = z
	.string()
	.trim()
	.min(1, 'an IANA time zone such as Europe/Paris')
	.max(MAX_LINE_LENGTH, 'an IANA time zone such as Europe/Paris');

/** Longitude/latitude in WGS84, RFC 7946 order. */
const position = z.tuple([
	z.number().min(-180, 'a longitude from -180 to 180').max(180, 'a longitude from -180 to 180'),
	z.number().min(-90, 'a latitude from -90 to 90').max(90, 'a latitude from -90 to 90')
]);

export const quoteSchema = z.strictObject({
	source: sourceRef,
	text: quoteText
});

export const figureSchema = z
	.strictObject({
		source: sourceRef,
		/** Slug grouping comparable figures across sources, e.g. `killed`, `wounded`. */
		measure: slug,
		value: z.number().nonnegative('a number of zero or more'),
		/** The top of a range the source gives ("between 470 and 520"), `value` being its bottom. */
		upTo: z.number().nonnegative('a number of zero or more').optional(),
		/** What the number counts, as the project words it: "people killed in the Paris attacks". */
		label: line,
		unit: optionalLine
	})
	.refine((f) => f.upTo === undefined || f.upTo > f.value, {
		path: ['upTo'],
		message: 'a number above value, the bottom of the range'
	});

export const placeSchema = z.strictObject({
	name: line,
	address: optionalLine,
	locality: line,
	/** ISO 3166-1 alpha-2 code. */
	country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code such as BE'),
	precision: z.enum(LOCATION_PRECISIONS)
});

export const linkSchema = z.strictObject({
	to: slug,
	relation: z.enum(LINK_RELATIONS),
	note: optionalProse
});

/**
 * One end of a measured claim, exactly one of: an event of the file; a locality the events name
 * (its point is computed from the data like the map's place label, see `placeAnchors`); or a
 * country's border, as the atlas's basemap draws it ("near the German border"), whose nearest
 * point to the other end is measured.
 */
export const claimEndSchema = z
	.strictObject({ event: slug.optional(), locality: line.optional(), border: line.optional() })
	.refine(
		(end) =>
			[end.event, end.locality, end.border].filter((value) => value !== undefined).length === 1,
		{ message: 'one of an event id, a locality or a border, and only one' }
	);

/**
 * A distance or a nearness the source states ("drove 300 km to Paris", "near Molenbeek"), kept
 * with its quote so the panel can set it against what the map measures. Without `distance` it is
 * a nearness with no figure.
 */
export const claimSchema = z
	.strictObject({
		quote: quoteSchema,
		from: claimEndSchema,
		to: claimEndSchema,
		distance: z
			.strictObject({
				value: z.number().positive('a distance above zero'),
				unit: z.enum(DISTANCE_UNITS),
				along: z.enum(DISTANCE_ALONG)
			})
			.optional(),
		note: optionalProse
	})
	.refine((claim) => claim.from.border === undefined || claim.to.border === undefined, {
		message: 'at most one end may be a border: its nearest point is measured from the other end',
		path: ['to']
	});

export const eventPropertiesSchema = z.strictObject({
	title: line,
	summary: prose,
	category: z.enum(CATEGORIES),
	/** ISO 8601 with an explicit offset; checked further in validate-time.ts. */
	start: z.string().max(MAX_LINE_LENGTH, 'an ISO 8601 date-time such as 2015-11-13T21:40:00+01:00'),
	end: z
		.string()
		.max(MAX_LINE_LENGTH, 'an ISO 8601 date-time such as 2015-11-13T21:40:00+01:00')
		.optional(),
	timeZone: zoneName,
	timePrecision: z.enum(TIME_PRECISIONS),
	place: placeSchema,
	quotes: z.array(quoteSchema).min(1, 'at least one quote'),
	figures: z.array(figureSchema).default([]),
	/** What comes from the public record and not from the sources, with why. */
	editorial: z
		.array(z.strictObject({ about: z.enum(EDITORIAL_SUBJECTS), note: prose }))
		.default([]),
	notes: z.array(z.strictObject({ kind: z.enum(NOTE_KINDS), text: prose })).default([]),
	links: z.array(linkSchema).default([]),
	/** Distances and nearnesses the sources state about this event (see `claimSchema`). */
	claims: z.array(claimSchema).default([]),
	parent: slug.optional(),
	/** Optional route for a movement, in addition to (never instead of) the point. */
	route: z.array(position).min(2, 'at least two positions').optional()
});

export const eventFeatureSchema = z.strictObject({
	type: z.literal('Feature'),
	id: slug,
	geometry: z.strictObject({ type: z.literal('Point'), coordinates: position }),
	properties: eventPropertiesSchema
});

export const featureCollectionSchema = z.object({
	type: z.literal('FeatureCollection'),
	features: z
		.array(z.unknown())
		.min(1, 'at least one event')
		.max(MAX_EVENTS, `at most ${formatCount(MAX_EVENTS)} events`)
});

export const sourceSchema = z.strictObject({
	id: sourceId,
	file: z
		.string()
		.max(MAX_LINE_LENGTH, { message: 'a .txt file name under geodata/sources/', abort: true })
		.regex(/^[\w.-]+\.txt$/, 'a .txt file name under geodata/sources/'),
	/** Descriptive title written by the project; `headline` holds one printed in the text. */
	title: line,
	headline: optionalLine,
	kind: z.enum(SOURCE_KINDS),
	/** When the text was written, as an interval: one day when known, wider when inferred. */
	written: z.strictObject({
		from: isoDate,
		to: isoDate,
		inferred: z.boolean(),
		basis: prose
	}),
	stated: z.array(prose).min(1, 'at least one stated fact'),
	inferred: z.array(prose).default([])
});

/** sources.json as a list; each source is checked on its own, so one bad source spoils no other. */
export const sourcesFileSchema = z.array(z.unknown()).min(1, 'at least one source');

/** The atlas's own words: everything story-specific lives in data, never in code. */
export const atlasMetaSchema = z.strictObject({
	title: line,
	subtitle: optionalLine,
	introduction: z.array(prose).min(1, 'at least one paragraph'),
	contentNote: prose,
	/** IANA zone the time slider speaks in; each event is still told in its own zone. */
	timeZone: zoneName,
	language: z.string().regex(/^[a-z]{2}(?:-[A-Z]{2})?$/, 'a BCP 47 language tag such as en'),
	/**
	 * Numbers the sources give that belong to no single event (how many people left to fight,
	 * how many came back), each as its source gives it, so their disagreement can be shown.
	 */
	figures: z.array(figureSchema).default([])
});

export type AtlasMeta = z.infer<typeof atlasMetaSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Place = z.infer<typeof placeSchema>;
export type EventLink = z.infer<typeof linkSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ClaimEnd = z.infer<typeof claimEndSchema>;
export type EventProperties = z.infer<typeof eventPropertiesSchema>;
export type Source = z.infer<typeof sourceSchema>;

/** A validated event: the GeoJSON feature flattened, with its instants precomputed in ms. */
export interface AtlasEvent extends EventProperties {
	id: string;
	coordinates: [number, number];
	/** Start of the interval the event occupies, epoch ms. */
	startMs: number;
	/** End of that interval (exclusive), epoch ms: `end`, else start plus the precision span. */
	endMs: number;
}
