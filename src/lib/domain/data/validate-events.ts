import {
	eventFeatureSchema,
	featureCollectionSchema,
	type AtlasEvent,
	type EventProperties,
	type Source
} from './schema';
import { SourceTexts } from './source-texts';
import {
	describe,
	issuesToErrors,
	itemLabel,
	valueAt,
	type ValidationError
} from './validation-errors';
import { readTime, ZoneRules, type Report } from './validate-time';

const UNKNOWN_SOURCE = 'a source id listed in sources.json';
const ANOTHER_EVENT = 'the id of another event in this file';

/** Checks that every quote is verbatim and every quote and figure cites a listed source. */
function checkCitations(p: EventProperties, item: string, texts: SourceTexts, report: Report) {
	p.quotes.forEach((quote, q) => {
		if (!texts.has(quote.source)) {
			report(item, `properties.quotes.${q}.source`, UNKNOWN_SOURCE, quote.source);
		} else if (texts.quotes(quote.source, quote.text) === false) {
			const expected = `a verbatim excerpt of ${quote.source}`;
			report(item, `properties.quotes.${q}.text`, expected, quote.text);
		}
	});
	p.figures.forEach((figure, f) => {
		if (!texts.has(figure.source)) {
			report(item, `properties.figures.${f}.source`, UNKNOWN_SOURCE, figure.source);
		}
	});
}

/** Checks that each event's parent and links name another feature of the file. */
function checkReferences(
	events: readonly AtlasEvent[],
	knownIds: ReadonlySet<unknown>,
	labels: ReadonlyMap<string, string>,
	report: Report
) {
	for (const event of events) {
		const item = labels.get(event.id) ?? event.id;
		if (event.parent !== undefined && (event.parent === event.id || !knownIds.has(event.parent))) {
			report(item, 'properties.parent', ANOTHER_EVENT, event.parent);
		}
		event.links.forEach((link, l) => {
			if (link.to === event.id || !knownIds.has(link.to)) {
				report(item, `properties.links.${l}.to`, ANOTHER_EVENT, link.to);
			}
		});
	}
}

/**
 * Turns the parsed features into events, reporting every semantic problem the schema cannot
 * see: times, zones, unknown sources, quotes not verbatim, duplicate ids, dangling links.
 * Linear in the number of features: ids and sources are looked up in maps, each source text
 * is normalised once and each zone question is answered once.
 */
export function validateEvents(
	file: string,
	raw: unknown,
	sources: readonly Source[],
	texts: Readonly<Record<string, string>>,
	errors: ValidationError[]
): AtlasEvent[] {
	const collection = featureCollectionSchema.safeParse(raw);
	if (!collection.success) {
		errors.push(...issuesToErrors(collection.error.issues, raw, file, undefined, ''));
		return [];
	}
	const report: Report = (item, field, expected, received) =>
		errors.push({ file, item, field, expected, received: describe(received) });
	const sourceTexts = new SourceTexts(sources, texts);
	const zones = new ZoneRules();
	const events: AtlasEvent[] = [];
	const labels = new Map<string, string>();
	// Ids of every feature, valid or not, so one broken feature does not also break its links.
	const knownIds = new Set<unknown>();
	for (const feature of collection.data.features) {
		const id = valueAt(feature, ['id']);
		if (typeof id === 'string') knownIds.add(id);
	}

	collection.data.features.forEach((feature, index) => {
		const item = itemLabel(feature, index);
		const parsed = eventFeatureSchema.safeParse(feature);
		if (!parsed.success) {
			errors.push(...issuesToErrors(parsed.error.issues, feature, file, item, ''));
			return;
		}
		const { id, geometry, properties: p } = parsed.data;
		if (labels.has(id)) report(item, 'id', `an id not already used by ${labels.get(id)}`, id);
		labels.set(id, item);
		if (!zones.isKnown(p.timeZone)) {
			report(item, 'properties.timeZone', 'an IANA time zone such as Europe/Paris', p.timeZone);
		}
		const zone = p.timeZone;
		const startMs = readTime(p.start, zone, 'properties.start', item, report, zones);
		const endMs = p.end && readTime(p.end, zone, 'properties.end', item, report, zones);
		if (startMs !== undefined && endMs !== undefined && endMs !== '' && endMs < startMs) {
			report(item, 'properties.end', `a time on or after the start ${p.start}`, p.end);
		}
		checkCitations(p, item, sourceTexts, report);
		if (startMs === undefined || (typeof endMs === 'number' && endMs < startMs)) return;
		const end = typeof endMs === 'number' ? endMs : zones.endOf(startMs, zone, p.timePrecision);
		events.push({ ...p, id, coordinates: geometry.coordinates, startMs, endMs: end });
	});

	checkReferences(events, knownIds, labels, report);
	return events;
}
