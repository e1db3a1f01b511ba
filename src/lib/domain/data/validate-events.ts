import {
	eventFeatureSchema,
	featureCollectionSchema,
	type AtlasEvent,
	type EventProperties
} from './schema';
import type { CheckedSources } from './validate-sources';
import { MAX_DIAGNOSED_QUOTES } from './limits';
import { findLinksAgainstTime, wordingOf } from './link-order';
import { findParentCycles } from './parent-cycles';
import { ReferenceTally } from './reference-tally';
import { SourceTexts } from './source-texts';
import {
	describe,
	issuesToErrors,
	itemLabel,
	valueAt,
	type ValidationError
} from './validation-errors';
import { checkAlignment, readTime, ZoneRules, type Report } from './validate-time';

const UNKNOWN_SOURCE = 'a source id listed in sources.json';
const ANOTHER_EVENT = 'the id of another event in this file';
/** Ids shown when naming a cycle of parents; a longer one is cut. */
const CYCLE_SHOWN = 6;

/** What the checks of one events file share. */
interface EventsRun {
	file: string;
	errors: ValidationError[];
	report: Report;
	texts: SourceTexts;
	/** Unknown source ids, each reported once with its number of citations. */
	unknownSources: ReferenceTally;
	/** Failed quotes explained so far (see `MAX_DIAGNOSED_QUOTES`). */
	explained: number;
}

/** Checks one quote: a listed source, and a verbatim excerpt of its text on word boundaries. */
function checkQuote(run: EventsRun, item: string, field: string, source: string, text: string) {
	if (!run.texts.has(source)) {
		run.unknownSources.note(source, () => ({
			file: run.file,
			item,
			field: `${field}.source`,
			expected: UNKNOWN_SOURCE,
			received: describe(source)
		}));
		return;
	}
	const match = run.texts.match(source, text);
	if (match === undefined || match.kind === 'found') return;
	const expected =
		match.kind === 'inside-word'
			? `a verbatim excerpt of ${source} made of whole words`
			: `a verbatim excerpt of ${source}`;
	const detail =
		run.explained < MAX_DIAGNOSED_QUOTES
			? run.texts.explain(source, text, match)
			: `not explained further: only the first ${MAX_DIAGNOSED_QUOTES} failed quotes are`;
	run.explained++;
	run.errors.push({
		file: run.file,
		item,
		field: `${field}.text`,
		expected,
		received: describe(text),
		detail
	});
}

/** Checks that every quote is verbatim and every quote and figure cites a listed source. */
function checkCitations(run: EventsRun, p: EventProperties, item: string) {
	p.quotes.forEach((quote, q) => {
		checkQuote(run, item, `properties.quotes.${q}`, quote.source, quote.text);
	});
	p.claims.forEach((claim, c) => {
		const field = `properties.claims.${c}.quote`;
		checkQuote(run, item, field, claim.quote.source, claim.quote.text);
	});
	p.figures.forEach((figure, f) => {
		if (run.texts.has(figure.source)) return;
		run.unknownSources.note(figure.source, () => ({
			file: run.file,
			item,
			field: `properties.figures.${f}.source`,
			expected: UNKNOWN_SOURCE,
			received: describe(figure.source)
		}));
	});
}

/** `a → b → a`, cut in the middle when long. */
function describeCycle(cycle: readonly string[]): string {
	const shown = cycle.length > CYCLE_SHOWN ? [...cycle.slice(0, CYCLE_SHOWN), '…'] : cycle;
	return [...shown, cycle[0]].join(' → ');
}

/**
 * Checks that each event's parent and links name another feature of the file, reporting each
 * missing id once however often it is named, and that no chain of parents loops.
 */
function checkReferences(
	run: EventsRun,
	events: readonly AtlasEvent[],
	knownIds: ReadonlySet<unknown>,
	labels: ReadonlyMap<string, string>
) {
	const missing = new ReferenceTally(run.errors, 'named');
	const reference = (item: string, field: string, target: string, self: boolean) => {
		if (self) return run.report(item, field, ANOTHER_EVENT, target);
		if (knownIds.has(target)) return;
		missing.note(target, () => ({
			file: run.file,
			item,
			field,
			expected: ANOTHER_EVENT,
			received: describe(target)
		}));
	};
	for (const event of events) {
		const item = labels.get(event.id) ?? event.id;
		if (event.parent !== undefined) {
			reference(item, 'properties.parent', event.parent, event.parent === event.id);
		}
		event.links.forEach((link, l) => {
			reference(item, `properties.links.${l}.to`, link.to, link.to === event.id);
		});
	}
	// A parent naming its own event is reported above; longer loops here, once each.
	for (const cycle of findParentCycles(events).filter((c) => c.length > 1)) {
		const [first = '', parent = ''] = cycle;
		run.errors.push({
			file: run.file,
			item: labels.get(first) ?? first,
			field: 'properties.parent',
			expected: 'a parent that is not among its own descendants',
			received: describe(parent),
			detail: `the parents form a cycle: ${describeCycle(cycle)}`
		});
	}
}

/**
 * Checks that both ends of every measured claim exist: an event of the file, or a locality some
 * event names (matched exactly, as the place list groups them), so the panel never measures to
 * a point it cannot place.
 */
function checkClaimEnds(
	run: EventsRun,
	events: readonly AtlasEvent[],
	knownIds: ReadonlySet<unknown>,
	labels: ReadonlyMap<string, string>
) {
	const localities = new Set(events.map((e) => e.place.locality));
	for (const event of events) {
		const item = labels.get(event.id) ?? event.id;
		event.claims.forEach((claim, c) => {
			for (const side of ['from', 'to'] as const) {
				const end = claim[side];
				const field = `properties.claims.${c}.${side}`;
				if (end.event !== undefined && !knownIds.has(end.event)) {
					run.report(item, `${field}.event`, ANOTHER_EVENT, end.event);
				}
				if (end.locality !== undefined && !localities.has(end.locality)) {
					run.report(
						item,
						`${field}.locality`,
						'a locality named by an event of this file (place.locality)',
						end.locality
					);
				}
			}
		});
	}
}

/** Refuses each directed link that reads against the two events' times (see link-order.ts). */
function checkLinkOrder(
	run: EventsRun,
	events: readonly AtlasEvent[],
	labels: ReadonlyMap<string, string>
) {
	for (const found of findLinksAgainstTime(events)) {
		const { event, index, target } = found;
		const relation = event.links[index]!.relation;
		run.errors.push({
			file: run.file,
			item: labels.get(event.id) ?? event.id,
			field: `properties.links.${index}.to`,
			expected: `an event that began no earlier than this one, as "${relation}" reads "${wordingOf(found)}"`,
			received: describe(target.id),
			detail:
				`${target.id} began ${target.start}, before this event's start ${event.start}; ` +
				'declare the link on the earlier event'
		});
	}
}

/** A place said to be known to the address must give it, or the panel shows a bare claim. */
function checkPlace(run: EventsRun, p: EventProperties, item: string) {
	if (p.place.precision !== 'address' || p.place.address !== undefined) return;
	run.report(
		item,
		'properties.place.address',
		'an address, as place.precision "address" says (or a coarser precision)',
		undefined
	);
}

/**
 * Turns the parsed features into events, reporting every semantic problem the schema cannot
 * see: times, zones, unknown sources, quotes not verbatim, duplicate ids, dangling links,
 * cycles of parents, links worded against the events' times, address precision without one,
 * claims measured to an event or a locality that is not there. Linear in the number of features: ids and sources are looked up in maps,
 * each source text is normalised once and each zone question is answered once.
 */
export function validateEvents(
	file: string,
	raw: unknown,
	sources: CheckedSources,
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
	const run: EventsRun = {
		file,
		errors,
		report,
		texts: new SourceTexts(sources.sources, sources.listed, texts),
		unknownSources: new ReferenceTally(errors, 'cited'),
		explained: 0
	};
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
		const zone = p.timeZone;
		const zoneName = zones.check(zone);
		if (!zoneName.ok) report(item, 'properties.timeZone', zoneName.expected, zone);
		const start = readTime(p.start, zone, 'properties.start', item, report, zones);
		const end =
			p.end === undefined
				? undefined
				: readTime(p.end, zone, 'properties.end', item, report, zones);
		if (start !== undefined && end !== undefined && end.ms < start.ms) {
			report(item, 'properties.end', `a time on or after the start ${p.start}`, p.end);
		}
		if (start !== undefined) {
			const where = { item, field: 'properties.start', report, zones };
			checkAlignment(p.start, start, zone, p.timePrecision, where);
		}
		// An end finer than the precision (17:15 on an `hour` event) contradicts it as a start would.
		if (end !== undefined && p.end !== undefined) {
			const where = { item, field: 'properties.end', report, zones };
			checkAlignment(p.end, end, zone, p.timePrecision, where);
		}
		checkPlace(run, p, item);
		checkCitations(run, p, item);
		if (start === undefined) return;
		const endMs =
			end?.ms ?? (zoneName.ok ? zones.endOf(start.ms, zone, p.timePrecision) : start.ms);
		events.push({ ...p, id, coordinates: geometry.coordinates, startMs: start.ms, endMs });
	});

	checkReferences(run, events, knownIds, labels);
	checkClaimEnds(run, events, knownIds, labels);
	// Only events in known zones: the precision of the others cannot be measured.
	checkLinkOrder(
		run,
		events.filter((e) => zones.isKnown(e.timeZone)),
		labels
	);
	return events;
}
