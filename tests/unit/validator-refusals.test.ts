import { describe, expect, it } from 'vitest';
import { validateAtlas, type ValidationError } from '../../src/lib/domain/data/validate';
import { AtlasReadError, readAtlasInput } from '../../src/lib/server/geodata';

// One fixture per defect the validator used to accept, or to report badly, each asserting the
// whole list of errors: one precise error, and no cascade of others behind it.

const FIXTURES = 'tests/fixtures';
const INVALID = `${FIXTURES}/invalid`;
const ATLAS = {
	meta: `${FIXTURES}/atlas/atlas.json`,
	events: `${FIXTURES}/atlas/events.geojson`,
	sources: `${FIXTURES}/atlas/sources.json`,
	texts: `${FIXTURES}/atlas/sources`
};
/** A source whose text has numbers, a soft hyphen inside a word, an accent and apostrophes. */
const HOSTILE = {
	sources: `${INVALID}/hostile-source/sources.json`,
	texts: `${INVALID}/hostile-source/sources`
};

function errorsWith(paths: Partial<typeof ATLAS>): ValidationError[] {
	const result = validateAtlas(readAtlasInput('.', { ...ATLAS, ...paths }));
	if (result.ok) throw new Error(`${JSON.stringify(paths)} was accepted`);
	return result.errors;
}

const eventsFile = (name: string) => `${INVALID}/${name}.geojson`;
const FIRST = '2015-11-13-test-event (#0)';
const SECOND = '2015-11-14-second-event (#1)';
const QUOTED = '2015-11-14-quoted-event (#0)';

describe('quotes that are really verbatim', () => {
	const cases: [string, Omit<ValidationError, 'file'>][] = [
		[
			'quote-inside-number',
			{
				item: QUOTED,
				field: 'properties.quotes.0.text',
				expected: 'a verbatim excerpt of hostile-report made of whole words',
				received: '"The attacks of 13 November left 13"',
				detail:
					'the quote ends inside a word or number: the source continues ' +
					'"…attacks of 13 November left 13" as "…attacks of 13 November left 130"'
			}
		],
		[
			'quote-inside-word',
			{
				item: QUOTED,
				field: 'properties.quotes.0.text',
				expected: 'a verbatim excerpt of hostile-report made of whole words',
				received: '"ttacks of 13 November left 130 dead"',
				detail:
					'the quote starts inside a word or number: the source has ' +
					'"ttacks of 13 November left 130…" as part of "attacks of 13 November left 130…"'
			}
		],
		[
			'quote-too-short',
			{
				item: QUOTED,
				field: 'properties.quotes.0.text',
				expected: 'a quote of at least 3 words (found 2)',
				received: '"130 dead"'
			}
		],
		[
			'quote-zero-width-space',
			{
				item: QUOTED,
				field: 'properties.quotes.0.text',
				expected: 'a verbatim excerpt of hostile-report',
				received: '"The café on the corner\\u200b stayed closed"',
				detail:
					'the quote has U+200B ZERO WIDTH SPACE after "The café on the corner", ' +
					'which the source does not have'
			}
		],
		[
			'quote-normalisation',
			{
				item: QUOTED,
				field: 'properties.quotes.0.text',
				expected: 'a verbatim excerpt of hostile-report',
				received: JSON.stringify('The café on the corner stayed closed'.normalize('NFD')),
				detail:
					'the quote and the source differ only in Unicode normalisation: the quote is in ' +
					'NFD, the source in NFC ("é" is U+0065 U+0301 in the quote, U+00E9 in the source)'
			}
		],
		[
			'quote-soft-hyphen-in-source',
			{
				item: QUOTED,
				field: 'properties.quotes.0.text',
				expected: 'a verbatim excerpt of hostile-report',
				received: '"Investigators found the car in Montreuil on Saturday morning."',
				detail:
					'the quote follows the source as far as "…tigators found the car in Mont", ' +
					'then has "r" where the source has U+00AD SOFT HYPHEN'
			}
		]
	];

	it.each(cases)('%s', (name, expected) => {
		const file = eventsFile(name);
		expect(errorsWith({ ...HOSTILE, events: file })).toEqual([{ file, ...expected }]);
	});
});

describe('refusals, each with one precise error', () => {
	const cases: [string, Omit<ValidationError, 'file'>][] = [
		['zero-events', { field: 'features', expected: 'at least one event', received: '[]' }],
		[
			'end-empty',
			{
				item: FIRST,
				field: 'properties.end',
				expected: 'an ISO 8601 date-time such as 2015-11-13T21:40:00+01:00, or no end key at all',
				received: '""'
			}
		],
		[
			'end-hour-24',
			{
				item: FIRST,
				field: 'properties.end',
				expected:
					'a time of day from 00:00 to 23:59 (24:00 is 00:00 of the next day: ' +
					'2015-11-14T00:00:00+01:00)',
				received: '"2015-11-13T24:00:00+01:00"'
			}
		],
		[
			'parent-cycle',
			{
				item: FIRST,
				field: 'properties.parent',
				expected: 'a parent that is not among its own descendants',
				received: '"2015-11-14-second-event"',
				detail:
					'the parents form a cycle: 2015-11-13-test-event → 2015-11-14-second-event → ' +
					'2015-11-13-test-event'
			}
		],
		[
			'lowercase-time-zone',
			{
				item: FIRST,
				field: 'properties.timeZone',
				expected:
					'an IANA time zone spelt as the tz database spells it (did you mean Europe/Paris?)',
				received: '"europe/paris"'
			}
		],
		[
			'invisible-title',
			{
				item: FIRST,
				field: 'properties.title',
				expected: 'a string with visible text',
				received: '"\\u200b\\u200b\\u200b"'
			}
		],
		[
			'title-with-invisible-character',
			{
				item: FIRST,
				field: 'properties.title',
				expected:
					'one line without control or invisible characters ' +
					'(found U+200B ZERO WIDTH SPACE at character 25)',
				received: '"Test event at the Example\\u200bHall"'
			}
		],
		[
			'title-too-long',
			{
				item: FIRST,
				field: 'properties.title',
				expected: 'one line of at most 200 characters',
				received: `"${'Test event '.repeat(7).slice(0, 76)}... (239 characters)`
			}
		],
		[
			'start-not-aligned',
			{
				item: SECOND,
				field: 'properties.start',
				expected:
					'the start of a day in Europe/Brussels, as timePrecision "day" says ' +
					'(2015-11-14T00:00:00+01:00)',
				received: '"2015-11-14T09:00:00+01:00"'
			}
		],
		[
			'end-not-aligned',
			{
				item: FIRST,
				field: 'properties.end',
				expected:
					'the start of an hour in Europe/Paris, as timePrecision "hour" says ' +
					'(2015-11-14T00:00:00+01:00)',
				received: '"2015-11-14T00:20:00+01:00"'
			}
		],
		[
			'address-precision-without-address',
			{
				item: FIRST,
				field: 'properties.place.address',
				expected: 'an address, as place.precision "address" says (or a coarser precision)',
				received: 'nothing'
			}
		],
		[
			'link-against-time',
			{
				item: SECOND,
				field: 'properties.links.0.to',
				expected:
					'an event that began no earlier than this one, as "follow-up" reads "Followed by"',
				received: '"2015-11-13-test-event"',
				detail:
					"2015-11-13-test-event began 2015-11-13T21:40:00+01:00, before this event's start " +
					'2015-11-14T00:00:00+01:00; declare the link on the earlier event'
			}
		],
		[
			'unknown-source-cascade',
			{
				item: '2015-11-13-cascade-0 (#1)',
				field: 'properties.quotes.0.source',
				expected: 'a source id listed in sources.json',
				received: '"no-such-source"',
				detail: 'cited 85 times in this file; only the first is listed'
			}
		],
		[
			'number-too-large',
			{
				item: FIRST,
				field: 'geometry.coordinates.0',
				expected: 'a finite number',
				received: 'Infinity (a number too large to hold, such as 1e400)'
			}
		],
		[
			'root-not-an-object',
			{
				field: '(root)',
				expected: 'object',
				received: '[{"type":"FeatureCollection","features":[]}]'
			}
		]
	];

	it.each(cases)('%s', (name, expected) => {
		const file = eventsFile(name);
		expect(errorsWith({ events: file })).toEqual([{ file, ...expected }]);
	});

	it('sources-impossible-dates: 30 February and month 13 in sources.json', () => {
		const file = `${INVALID}/sources-impossible-dates.json`;
		const item = 'fixture-report (#0)';
		expect(errorsWith({ sources: file })).toEqual([
			{
				file,
				item,
				field: 'written.from',
				expected: 'a date that exists in the calendar (February 2015 has 28 days)',
				received: '"2015-02-30"'
			},
			{
				file,
				item,
				field: 'written.to',
				expected: 'a date that exists in the calendar (months run from 01 to 12, not 13)',
				received: '"2015-13-45"'
			}
		]);
	});

	it('meta-figure-unknown-source: an atlas-wide figure cites a source not in sources.json', () => {
		const file = `${INVALID}/meta-figure-unknown-source.json`;
		expect(errorsWith({ meta: file })).toEqual([
			{
				file,
				field: 'figures.0.source',
				expected: 'a source id listed in sources.json',
				received: '"no-such-source"'
			}
		]);
	});

	it('meta-figure-range-reversed: a range "between 470 and 520" written the wrong way round', () => {
		const file = `${INVALID}/meta-figure-range-reversed.json`;
		expect(errorsWith({ meta: file })).toEqual([
			{
				file,
				field: 'figures.0.upTo',
				expected: 'a number above value, the bottom of the range',
				received: '470'
			}
		]);
	});

	it('sources-reserved-id: a source id __proto__, reported once, on its definition', () => {
		const file = `${INVALID}/sources-reserved-id.json`;
		expect(errorsWith({ sources: file })).toEqual([
			{
				file,
				item: '__proto__ (#1)',
				field: 'id',
				expected:
					'an id other than the names JavaScript objects reserve (__proto__, constructor, …)',
				received: '"__proto__"'
			}
		]);
	});

	it('byte-order-mark: names the mark instead of an invisible "unexpected token"', () => {
		const file = eventsFile('byte-order-mark');
		expect(() => readAtlasInput('.', { ...ATLAS, events: file })).toThrow(
			new AtlasReadError([
				`${file}: the file starts with a UTF-8 byte order mark (EF BB BF); save it as UTF-8 without one`
			])
		);
	});
});
