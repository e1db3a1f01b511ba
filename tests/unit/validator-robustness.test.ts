import { describe, expect, it } from 'vitest';
import { describe as describeValue } from '../../src/lib/domain/data/describe-value';
import { MAX_EVENTS, MAX_SOURCE_TEXT_LENGTH } from '../../src/lib/domain/data/limits';
import {
	formatValidationError,
	validateAtlas,
	type AtlasInput,
	type ValidationError
} from '../../src/lib/domain/data/validate';
import { readAtlasInput } from '../../src/lib/server/geodata';

// Inputs that once crashed the validator or made it mislead: each must end in data or in
// errors naming the file, the item and the field, never in an exception.

const FIXTURES = 'tests/fixtures/atlas';
const base = readAtlasInput('.', {
	meta: `${FIXTURES}/atlas.json`,
	events: `${FIXTURES}/events.geojson`,
	sources: `${FIXTURES}/sources.json`,
	texts: `${FIXTURES}/sources`
});
const EVENTS = base.eventsFile;
const SOURCES = base.sourcesFile;
const FIRST = '2015-11-13-test-event (#0)';
const SECOND = '2015-11-14-second-event (#1)';

type Json = Record<string, unknown>;

/** A copy of the fixture atlas, changed by `change`, and the errors it gets (none: []). */
function errorsAfter(change: (input: AtlasInput & { events: Json; sources: Json[] }) => void) {
	const input = structuredClone(base) as AtlasInput & { events: Json; sources: Json[] };
	change(input);
	const result = validateAtlas(input);
	return result.ok ? [] : result.errors;
}

const features = (input: { events: Json }) => input.events.features as Json[];
const propertiesOf = (input: { events: Json }, index: number) =>
	features(input)[index]!.properties as Json;

/** `[[[…]]]` nested `depth` deep, built as JSON.parse would build it from a file. */
function nested(depth: number): unknown {
	return JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
}

describe('the validator never throws', () => {
	const deep = nested(100_000);

	it.each([
		['a title', (i: { events: Json }) => (propertiesOf(i, 0).title = deep), 'properties.title'],
		[
			'a quote',
			(i: { events: Json }) => (propertiesOf(i, 0).quotes = [deep]),
			'properties.quotes.0'
		],
		['a feature', (i: { events: Json }) => (features(i)[0] = deep as Json), '(root)'],
		['the features', (i: { events: Json }) => (i.events.features = deep), '(root)']
	])('on an array nested 100,000 deep in %s', (_, change, field) => {
		const errors = errorsAfter(change);
		expect(errors.length).toBeGreaterThan(0);
		expect(errors[0]).toMatchObject({ file: EVENTS, item: expect.stringMatching(/#0\)?$/), field });
		expect(errors[0]!.received).toMatch(/^\[{20}/);
	});

	it('on roots of every type, naming each file', () => {
		for (const [label, root] of Object.entries({
			null: null,
			five: 5,
			text: 'x',
			yes: true,
			array: [],
			object: {},
			deep
		})) {
			const errors = errorsAfter((input) => {
				input.meta = root;
				input.events = root as Json;
				input.sources = root as Json[];
			});
			const files = new Set(errors.map((e) => e.file));
			expect(files, label).toEqual(new Set([base.metaFile, SOURCES, EVENTS]));
		}
	});

	it('on an input that is not even the shape of the atlas files', () => {
		for (const input of [null, 42, 'x', [], { texts: [] }, { ...base, texts: { 'a.txt': 5 } }]) {
			const result = validateAtlas(input as unknown as AtlasInput);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.errors[0]!.file).toBe('validator input');
		}
	});

	it('on cycles and prototypes planted in the parsed objects', () => {
		const errors = errorsAfter((input) => {
			const p = propertiesOf(input, 0);
			p.place = JSON.parse('{"__proto__": {"name": "x"}, "constructor": 1}');
			const cyclic: Json = {};
			cyclic.self = cyclic;
			propertiesOf(input, 1).title = cyclic;
		});
		expect(errors.map(({ item, field }) => ({ item, field }))).toEqual([
			{ item: FIRST, field: 'properties.place.name' },
			{ item: FIRST, field: 'properties.place.locality' },
			{ item: FIRST, field: 'properties.place.country' },
			{ item: FIRST, field: 'properties.place.precision' },
			{ item: FIRST, field: 'properties.place' },
			{ item: SECOND, field: 'properties.title' }
		]);
		expect(errors[4]!.expected).toBe('no unknown keys (found __proto__, constructor)');
		expect(errors[5]!.received).toBe(`${'{"self":'.repeat(10).slice(0, 77)}...`);
	});
});

describe('limits, each named in its error', () => {
	it('refuses a 50 MB title in a moment, without printing it', () => {
		const started = performance.now();
		const errors = errorsAfter((input) => (propertiesOf(input, 0).title = 'x'.repeat(50_000_000)));
		expect(performance.now() - started).toBeLessThan(2000);
		expect(errors).toEqual([
			{
				file: EVENTS,
				item: FIRST,
				field: 'properties.title',
				expected: 'one line of at most 200 characters',
				received: `"${'x'.repeat(76)}... (50,000,000 characters)`
			}
		]);
	});

	it(`refuses more than ${MAX_EVENTS} events before looking at any of them`, () => {
		const errors = errorsAfter(
			(input) => (input.events.features = new Array(MAX_EVENTS + 1).fill(0))
		);
		expect(errors).toEqual([
			{
				file: EVENTS,
				item: undefined,
				field: 'features',
				expected: 'at most 200,000 events',
				received: `${`[${'0,'.repeat(40)}`.slice(0, 77)}... (200,001 items)`
			}
		]);
	});

	it('refuses a source text over the limit, on its entry in sources.json', () => {
		const texts = { 'fixture-report.txt': 'x '.repeat(MAX_SOURCE_TEXT_LENGTH / 2 + 1) };
		const errors = errorsAfter((input) => (input.texts = texts));
		expect(errors).toEqual([
			{
				file: SOURCES,
				item: 'fixture-report (#0)',
				field: 'file',
				expected: 'a text of at most 10,000,000 characters (fixture-report.txt has 10,000,002)',
				received: '"fixture-report.txt"'
			}
		]);
	});

	it('refuses a source text that starts with a byte order mark', () => {
		const text = base.texts['fixture-report.txt'];
		const errors = errorsAfter(
			(input) => (input.texts = { 'fixture-report.txt': `\uFEFF${text}` })
		);
		expect(errors).toEqual([
			{
				file: SOURCES,
				item: 'fixture-report (#0)',
				field: 'file',
				expected:
					'a text file that does not start with a UTF-8 byte order mark ' +
					'(fixture-report.txt does: save it as UTF-8 without one)',
				received: '"fixture-report.txt"'
			}
		]);
	});
});

describe('one-line strings', () => {
	it('accept the joiners and emoji selectors, which join or shape letters but hide nothing', () => {
		const title = 'Gathering of the Bahá\u200Dí community \u2764\uFE0F, Tehran'; // ZWJ, VS16
		expect(errorsAfter((input) => (propertiesOf(input, 0).title = title))).toEqual([]);
	});

	it('refuse a line break, naming it', () => {
		const errors = errorsAfter((input) => (propertiesOf(input, 0).title = 'Two\nlines'));
		expect(errors[0]?.expected).toBe(
			'one line without control or invisible characters (found U+000A LINE FEED at character 3)'
		);
	});
});

describe('cascades collapsed', () => {
	it('reports a missing event named by many links and parents once, with the count', () => {
		const errors = errorsAfter((input) => {
			propertiesOf(input, 0).links = [{ to: '2099-01-01-gone', relation: 'related' }];
			propertiesOf(input, 1).parent = '2099-01-01-gone';
		});
		expect(errors).toEqual([
			{
				file: EVENTS,
				item: FIRST,
				field: 'properties.links.0.to',
				expected: 'the id of another event in this file',
				received: '"2099-01-01-gone"',
				detail: 'named 2 times in this file; only the first is listed'
			}
		]);
	});

	it('does not report quotes citing a source whose entry is broken, only the entry', () => {
		const errors = errorsAfter((input) => (input.sources[0]!.kind = 'tweet'));
		expect(errors.map((e) => [e.file, e.field])).toEqual([[SOURCES, 'kind']]);
	});

	it('names a long cycle of parents once, cut to its first six events', () => {
		const errors = errorsAfter((input) => {
			const template = features(input)[1]!;
			const ids = Array.from({ length: 8 }, (_, k) => `2015-11-14-loop-${k}`);
			input.events.features = ids.map((id, k) => {
				const feature = structuredClone(template);
				feature.id = id;
				(feature.properties as Json).parent = ids[(k + 1) % ids.length];
				return feature;
			});
		});
		expect(errors).toHaveLength(1);
		expect(errors[0]!.detail).toBe(
			'the parents form a cycle: 2015-11-14-loop-0 → 2015-11-14-loop-1 → 2015-11-14-loop-2 → ' +
				'2015-11-14-loop-3 → 2015-11-14-loop-4 → 2015-11-14-loop-5 → … → 2015-11-14-loop-0'
		);
	});
});

describe('time rules', () => {
	const startErrors = (start: string, precision: string, zone = 'Europe/Brussels') =>
		errorsAfter((input) => {
			const p = propertiesOf(input, 1);
			Object.assign(p, { start, timePrecision: precision, timeZone: zone });
		});

	it('accepts a start at the beginning of its unit, whatever the precision', () => {
		expect(startErrors('2015-11-14T00:00:00+01:00', 'day')).toEqual([]);
		expect(startErrors('2015-11-01T00:00+01:00', 'month')).toEqual([]);
		expect(startErrors('2015-01-01T00:00:00.000+01:00', 'year')).toEqual([]);
		expect(startErrors('2015-11-14T09:00:00+01:00', 'hour')).toEqual([]);
	});

	it('accepts a day that begins at 01:00 because its midnight was skipped', () => {
		// Brazil moved its clocks from 00:00 to 01:00 on 4 November 2018.
		expect(startErrors('2018-11-04T01:00:00-02:00', 'day', 'America/Sao_Paulo')).toEqual([]);
	});

	it('refuses a start finer than its precision, naming the start it should be', () => {
		const [minute] = startErrors('2015-11-14T09:00:30+01:00', 'minute');
		expect(minute?.expected).toBe(
			'the start of a minute in Europe/Brussels, as timePrecision "minute" says (2015-11-14T09:00:00+01:00)'
		);
		const [year] = startErrors('2015-03-01T00:00:00+01:00', 'year');
		expect(year?.expected).toContain('(2015-01-01T00:00:00+01:00)');
	});

	it('spells out 24:00 as the next day, across the end of a year', () => {
		const errors = errorsAfter((input) => {
			Object.assign(propertiesOf(input, 1), { start: '2015-12-31T24:00+01:00' });
		});
		expect(errors[0]?.expected).toBe(
			'a time of day from 00:00 to 23:59 (24:00 is 00:00 of the next day: 2016-01-01T00:00+01:00)'
		);
	});

	it('accepts correctly spelt zone aliases and refuses miscased ones, with the right name', () => {
		const zoneErrors = (zone: string) =>
			errorsAfter((input) => (input.meta = { ...(input.meta as Json), timeZone: zone }));
		expect(zoneErrors('Etc/UTC')).toEqual([]);
		expect(zoneErrors('US/Eastern')).toEqual([]);
		expect(zoneErrors('us/eastern')[0]?.expected).toBe(
			'an IANA time zone spelt as the tz database spells it (did you mean America/New_York?)'
		);
		expect(zoneErrors('EUROPE/PARIS')[0]?.expected).toContain('did you mean Europe/Paris?');
	});
});

describe('the validated data', () => {
	it('holds the source texts in a record without a prototype', () => {
		const result = validateAtlas(base);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(Object.getPrototypeOf(result.data.texts)).toBeNull();
		expect(result.data.texts['__proto__']).toBeUndefined();
		expect(result.data.texts['constructor']).toBeUndefined();
	});

	it('says where errors are and what more is known about them, on one line', () => {
		const error: ValidationError = {
			file: 'events.geojson',
			item: 'a (#0)',
			field: 'properties.quotes.0.source',
			expected: 'a source id listed in sources.json',
			received: '"x"',
			detail: 'cited 2 times in this file; only the first is listed'
		};
		expect(formatValidationError(error)).toBe(
			'events.geojson › a (#0) › properties.quotes.0.source: expected a source id listed in ' +
				'sources.json, got "x" — cited 2 times in this file; only the first is listed'
		);
	});
});

describe('describe', () => {
	it('shows values briefly, whatever their size, depth or kind', () => {
		expect(describeValue(undefined)).toBe('nothing');
		expect(describeValue(-Infinity)).toBe('-Infinity (a number too large to hold, such as -1e400)');
		expect(describeValue(Number.NaN)).toBe('NaN (not a number)');
		expect(describeValue(12n)).toBe('12n');
		expect(describeValue({ a: [1, 'b', null] })).toBe('{"a":[1,"b",null]}');
		expect(describeValue('\u202Eevil')).toBe('"\\u202eevil"');
		expect(describeValue(nested(1_000_000))).toBe(`${'['.repeat(77)}...`);
	});
});
