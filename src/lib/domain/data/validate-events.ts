import { locateQuote } from './quotes';
import {
	eventFeatureSchema,
	featureCollectionSchema,
	type AtlasEvent,
	type Source
} from './schema';
import {
	endOfPrecision,
	formatOffset,
	isKnownTimeZone,
	parseInstant,
	zoneOffsetAt
} from '../time/instant';
import {
	describe,
	issuesToErrors,
	itemLabel,
	valueAt,
	type ValidationError
} from './validation-errors';

type Report = (item: string, field: string, expected: string, received?: unknown) => void;

/** Reads one time field, checking its offset against the place's zone at that instant. */
function readTime(
	value: string,
	zone: string,
	field: string,
	item: string,
	report: Report
): number | undefined {
	const parsed = parseInstant(value);
	if (!parsed.ok) {
		report(item, field, parsed.expected, value);
		return undefined;
	}
	if (isKnownTimeZone(zone)) {
		const expectedOffset = zoneOffsetAt(parsed.ms, zone);
		if (expectedOffset !== parsed.offsetMinutes) {
			report(
				item,
				field,
				`the offset ${formatOffset(expectedOffset)} that ${zone} had then`,
				value
			);
		}
	}
	return parsed.ms;
}

/**
 * Turns the parsed features into events, reporting every semantic problem the schema cannot
 * see: times, zones, unknown sources, quotes not verbatim, duplicate ids, dangling links.
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
	const sourceText = new Map(sources.map((s) => [s.id, texts[s.file]]));
	const events: AtlasEvent[] = [];
	const labels = new Map<string, string>();
	// Ids of every feature, valid or not, so one broken feature does not also break its links.
	const knownIds = new Set(
		collection.data.features.map((f) => valueAt(f, ['id'])).filter((id) => typeof id === 'string')
	);

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
		if (!isKnownTimeZone(p.timeZone)) {
			report(item, 'properties.timeZone', 'an IANA time zone such as Europe/Paris', p.timeZone);
		}
		const startMs = readTime(p.start, p.timeZone, 'properties.start', item, report);
		const endMs = p.end && readTime(p.end, p.timeZone, 'properties.end', item, report);
		if (startMs !== undefined && endMs !== undefined && endMs !== '' && endMs < startMs) {
			report(item, 'properties.end', `a time on or after the start ${p.start}`, p.end);
		}
		p.quotes.forEach((quote, q) => {
			const text = sourceText.get(quote.source);
			if (!sourceText.has(quote.source)) {
				report(
					item,
					`properties.quotes.${q}.source`,
					'a source id listed in sources.json',
					quote.source
				);
			} else if (text !== undefined && !locateQuote(text, quote.text)) {
				report(
					item,
					`properties.quotes.${q}.text`,
					`a verbatim excerpt of ${quote.source}`,
					quote.text
				);
			}
		});
		p.figures.forEach((figure, f) => {
			if (!sourceText.has(figure.source)) {
				report(
					item,
					`properties.figures.${f}.source`,
					'a source id listed in sources.json',
					figure.source
				);
			}
		});
		if (startMs === undefined || (typeof endMs === 'number' && endMs < startMs)) return;
		const end =
			typeof endMs === 'number' ? endMs : endOfPrecision(startMs, p.timeZone, p.timePrecision);
		events.push({ ...p, id, coordinates: geometry.coordinates, startMs, endMs: end });
	});

	for (const event of events) {
		const item = labels.get(event.id) ?? event.id;
		if (event.parent !== undefined && (event.parent === event.id || !knownIds.has(event.parent))) {
			report(item, 'properties.parent', 'the id of another event in this file', event.parent);
		}
		event.links.forEach((link, l) => {
			if (link.to === event.id || !knownIds.has(link.to)) {
				report(item, `properties.links.${l}.to`, 'the id of another event in this file', link.to);
			}
		});
	}
	return events;
}
