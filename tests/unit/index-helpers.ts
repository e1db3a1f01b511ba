import { buildAtlasIndex, type AtlasIndex } from '../../src/lib/domain/atlas-index';
import type { AtlasEvent, EventLink, Source } from '../../src/lib/domain/data/schema';
import type { AtlasData } from '../../src/lib/domain/data/validate';
import type { TimePrecision } from '../../src/lib/domain/data/vocabulary';
import { endOfPrecision } from '../../src/lib/domain/time/instant';
import { ms } from './time-helpers';

/** Options of a made-up event; everything else gets a plain default. */
export interface EventOptions {
	precision?: TimePrecision;
	zone?: string;
	/** Length in hours; default: one unit of the precision. */
	hours?: number;
	links?: EventLink[];
	parent?: string;
	coordinates?: [number, number];
}

/** A validated-looking event starting at an ISO instant, for tests that need only a few fields. */
export function makeEvent(id: string, start: string, options: EventOptions = {}): AtlasEvent {
	const { precision = 'minute', zone = 'Europe/Paris' } = options;
	const startMs = ms(start);
	const endMs =
		options.hours === undefined
			? endOfPrecision(startMs, zone, precision)
			: startMs + options.hours * 3_600_000;
	return {
		id,
		title: id,
		summary: '',
		category: 'background',
		start,
		timeZone: zone,
		timePrecision: precision,
		place: { name: 'x', locality: 'x', country: 'FR', precision: 'city' },
		quotes: [{ source: 's', text: 't' }],
		figures: [],
		editorial: [],
		notes: [],
		links: options.links ?? [],
		claims: [],
		parent: options.parent,
		coordinates: options.coordinates ?? [2, 48],
		startMs,
		endMs
	};
}

/** A validated-looking dataset of a handful of made-up events, in the Paris zone. */
export function makeData(events: AtlasEvent[], sources: Source[] = []): AtlasData {
	return {
		meta: {
			title: 't',
			introduction: ['i'],
			contentNote: 'c',
			timeZone: 'Europe/Paris',
			language: 'en',
			figures: []
		},
		events,
		sources,
		texts: {}
	};
}

/** The index of a handful of made-up events, with the given sources and the Paris zone. */
export function makeIndex(events: AtlasEvent[], sources: Source[] = []): AtlasIndex {
	return buildAtlasIndex(makeData(events, sources));
}
