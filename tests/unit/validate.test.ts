import { describe, expect, it } from 'vitest';
import {
	formatValidationError,
	validateAtlas,
	type ValidationError
} from '../../src/lib/domain/data/validate';
import { readAtlasInput } from '../../src/lib/server/geodata';

const FIXTURES = 'tests/fixtures';

function readFixture(events: string) {
	return readAtlasInput('.', {
		meta: `${FIXTURES}/atlas/atlas.json`,
		sources: `${FIXTURES}/atlas/sources.json`,
		texts: `${FIXTURES}/atlas/sources`,
		events
	});
}

function errorsOf(name: string): ValidationError[] {
	const result = validateAtlas(readFixture(`${FIXTURES}/invalid/${name}.geojson`));
	if (result.ok) throw new Error(`${name} was accepted`);
	return result.errors;
}

describe('validateAtlas on the valid fixture', () => {
	it('accepts it and computes instants and precision intervals', () => {
		const result = validateAtlas(readFixture(`${FIXTURES}/atlas/events.geojson`));
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const [first, second] = result.data.events;
		expect(first?.startMs).toBe(Date.UTC(2015, 10, 13, 20, 40));
		expect(first?.endMs).toBe(Date.UTC(2015, 10, 13, 23, 20));
		// A day-precision event fills its whole local day in Brussels.
		expect(second?.startMs).toBe(Date.UTC(2015, 10, 13, 23, 0));
		expect(second?.endMs).toBe(Date.UTC(2015, 10, 14, 23, 0));
		expect(result.data.texts['fixture-report']).toContain('Example Hall');
	});
});

const FILE = `${FIXTURES}/invalid`;
const FIRST = '2015-11-13-test-event (#0)';

describe('validateAtlas names the file, the item, the field and what was expected', () => {
	const cases: [string, Partial<ValidationError>][] = [
		[
			'not-a-feature-collection',
			{ item: undefined, field: 'type', expected: '"FeatureCollection"' }
		],
		['polygon-geometry', { item: FIRST, field: 'geometry.type', expected: '"Point"' }],
		[
			'longitude-out-of-range',
			{
				item: FIRST,
				field: 'geometry.coordinates.0',
				expected: 'a longitude from -180 to 180',
				received: '200'
			}
		],
		[
			'latitude-out-of-range',
			{
				item: FIRST,
				field: 'geometry.coordinates.1',
				expected: 'a latitude from -90 to 90',
				received: '-95'
			}
		],
		[
			'time-without-offset',
			{
				item: FIRST,
				field: 'properties.start',
				expected: 'an ISO 8601 date-time with an offset such as +01:00'
			}
		],
		[
			'impossible-date',
			{
				item: FIRST,
				field: 'properties.start',
				expected: 'a date and time that exist in the calendar'
			}
		],
		[
			'offset-wrong-for-zone',
			{
				item: FIRST,
				field: 'properties.start',
				expected: 'the offset +01:00 that Europe/Paris had then'
			}
		],
		[
			'end-before-start',
			{
				item: FIRST,
				field: 'properties.end',
				expected: 'a time on or after the start 2015-11-13T21:40:00+01:00'
			}
		],
		[
			'unknown-time-zone',
			{ item: FIRST, field: 'properties.timeZone', received: '"Europe/Atlantis"' }
		],
		['unknown-category', { item: FIRST, field: 'properties.category', received: '"riot"' }],
		[
			'unknown-time-precision',
			{ item: FIRST, field: 'properties.timePrecision', received: '"week"' }
		],
		[
			'unknown-location-precision',
			{ item: FIRST, field: 'properties.place.precision', received: '"building"' }
		],
		[
			'quote-not-verbatim',
			{
				item: FIRST,
				field: 'properties.quotes.0.text',
				expected: 'a verbatim excerpt of fixture-report'
			}
		],
		[
			'unknown-source',
			{
				item: FIRST,
				field: 'properties.quotes.0.source',
				expected: 'a source id listed in sources.json'
			}
		],
		[
			'duplicate-id',
			{
				item: '2015-11-13-test-event (#1)',
				field: 'id',
				expected: 'an id not already used by 2015-11-13-test-event (#0)'
			}
		],
		[
			'link-to-missing-event',
			{ item: FIRST, field: 'properties.links.0.to', received: '"2099-01-01-missing"' }
		],
		[
			'parent-missing',
			{
				item: '2015-11-14-second-event (#1)',
				field: 'properties.parent',
				received: '"2099-01-01-missing"'
			}
		],
		[
			'claim-to-missing-event',
			{
				item: FIRST,
				field: 'properties.claims.0.to.event',
				expected: 'the id of another event in this file',
				received: '"2099-01-01-missing"'
			}
		],
		[
			'claim-to-unknown-locality',
			{
				item: FIRST,
				field: 'properties.claims.0.to.locality',
				expected: 'a locality named by an event of this file (place.locality)',
				received: '"Atlantis"'
			}
		],
		[
			'claim-quote-not-verbatim',
			{
				item: FIRST,
				field: 'properties.claims.0.quote.text',
				expected: 'a verbatim excerpt of fixture-report'
			}
		],
		[
			'claim-end-event-and-locality',
			{
				item: FIRST,
				field: 'properties.claims.0.from',
				expected: 'one of an event id, a locality or a border, and only one'
			}
		],
		[
			'claim-end-locality-and-border',
			{
				item: FIRST,
				field: 'properties.claims.0.from',
				expected: 'one of an event id, a locality or a border, and only one'
			}
		],
		[
			'claim-both-ends-borders',
			{
				item: FIRST,
				field: 'properties.claims.0.to',
				expected:
					'at most one end may be a border: its nearest point is measured from the other end'
			}
		],
		[
			'claim-distance-zero',
			{
				item: FIRST,
				field: 'properties.claims.0.distance.value',
				expected: 'a distance above zero'
			}
		],
		[
			'unknown-property',
			{ item: FIRST, field: 'properties', expected: 'no unknown keys (found colour)' }
		]
	];

	it.each(cases)('%s', (name, expected) => {
		const errors = errorsOf(name);
		expect(errors[0]).toMatchObject({ file: `${FILE}/${name}.geojson`, ...expected });
	});

	it('reports a broken feature once, without blaming the links that point at it', () => {
		expect(errorsOf('unknown-category')).toHaveLength(1);
	});

	it('formats an error as one line a person can act on', () => {
		const [error] = errorsOf('time-without-offset');
		expect(formatValidationError(error as ValidationError)).toBe(
			`${FILE}/time-without-offset.geojson › ${FIRST} › properties.start: expected an ISO 8601 date-time with an offset such as +01:00, got "2015-11-13T21:40:00"`
		);
	});

	it('names the file when it is not JSON at all', () => {
		expect(() => readFixture(`${FILE}/malformed-json.geojson`)).toThrow(
			/malformed-json\.geojson: could not read as JSON/
		);
	});

	it('rejects a source whose text file is missing', () => {
		const input = readFixture(`${FIXTURES}/atlas/events.geojson`);
		const result = validateAtlas({ ...input, texts: {} });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors[0]).toMatchObject({
			file: `${FIXTURES}/atlas/sources.json`,
			item: 'fixture-report (#0)',
			field: 'file',
			expected: 'a text file present in geodata/sources/'
		});
	});

	it('rejects atlas metadata without a content note', () => {
		const input = readFixture(`${FIXTURES}/atlas/events.geojson`);
		const result = validateAtlas({
			...input,
			meta: { title: 'x', introduction: ['y'], language: 'en' }
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors[0]).toMatchObject({ field: 'contentNote' });
	});

	it('rejects an atlas time zone the runtime does not know', () => {
		const input = readFixture(`${FIXTURES}/atlas/events.geojson`);
		const meta = { ...(input.meta as object), timeZone: 'Mars/Olympus' };
		const result = validateAtlas({ ...input, meta });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors[0]).toMatchObject({ field: 'timeZone', received: '"Mars/Olympus"' });
	});
});
