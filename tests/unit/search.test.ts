import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../src/lib/domain/data/schema';
import {
	buildSearchIndex,
	normalizeText,
	queryWords,
	searchEvents
} from '../../src/lib/domain/search';
import { makeEvent } from './index-helpers';

function placed(
	id: string,
	start: string,
	title: string,
	place: Partial<AtlasEvent['place']>,
	precision: AtlasEvent['timePrecision'] = 'minute'
): AtlasEvent {
	const event = makeEvent(id, start, { precision });
	return { ...event, title, place: { ...event.place, ...place } };
}

const stadium = placed(
	'stadium',
	'2015-11-13T21:20:00+01:00',
	'Suicide bombings outside the stadium',
	{
		name: 'Stade de France',
		locality: 'Saint-Denis'
	}
);
const terrace = placed('terrace', '2015-11-13T21:25:00+01:00', 'Shooting on a café terrace', {
	name: 'Le Carillon',
	locality: 'Paris',
	address: 'Rue Alibert'
});
const raid = placed('raid', '2015-11-18T04:20:00+01:00', 'Police raid', {
	name: 'Flat',
	locality: 'Saint-Denis',
	address: '8 rue du Corbillon'
});
const trial = placed(
	'trial',
	'2016-03-01T00:00:00+01:00',
	'Investigation continues',
	{
		name: 'Palais de justice',
		locality: 'Bruxelles'
	},
	'month'
);
const zaventem = placed('airport', '2016-03-22T07:58:00+01:00', 'Bombings at the airport', {
	name: 'Brussels Airport',
	locality: 'Zaventem'
});
const events = [stadium, terrace, raid, trial, zaventem];
const index = buildSearchIndex(events);
const ids = (query: string) => searchEvents(index, query).events.map((e) => e.id);

describe('normalizeText', () => {
	it('drops accents and case, and splits hyphenated names but not ISO dates', () => {
		expect(normalizeText('Café Bonne Bière, Saint-Denis')).toBe('cafe bonne biere saint denis');
		expect(normalizeText('2015-11-13')).toBe('2015-11-13');
		expect(normalizeText('ŒUVRE Straße')).toBe('oeuvre strasse');
	});
});

describe('searchEvents', () => {
	it('finds an event by the beginning of a word of its place name, whatever the case', () => {
		expect(ids('stad')).toEqual(['stadium']);
		expect(ids('STADE DE')).toEqual(['stadium']);
		expect(ids('ade')).toEqual([]);
	});

	it('ignores accents in the query and in the data', () => {
		expect(ids('cafe')).toEqual(['terrace']);
		expect(ids('CAFÉ')).toEqual(['terrace']);
		expect(ids('brüssels airport')).toEqual(['airport']);
		expect(ids('brussels airport')).toEqual(['airport']);
	});

	it('finds by locality and address, every word of the query required', () => {
		expect(ids('saint-denis')).toEqual(['stadium', 'raid']);
		expect(ids('saint denis corbillon')).toEqual(['raid']);
		expect(ids('alibert')).toEqual(['terrace']);
	});

	it('finds by a date typed as readers type it, in the place’s own calendar', () => {
		expect(ids('13 November')).toEqual(['stadium', 'terrace']);
		expect(ids('13 nov 2015')).toEqual(['stadium', 'terrace']);
		expect(ids('2015-11-13')).toEqual(['stadium', 'terrace']);
		expect(ids('13/11/2015')).toEqual(['stadium', 'terrace']);
		expect(ids('Nov 2015')).toEqual(['stadium', 'terrace', 'raid']);
		expect(ids('2015-11')).toEqual(['stadium', 'terrace', 'raid']);
		expect(ids('22 March')).toEqual(['airport']);
	});

	it('reads a date in the event’s zone, not the viewer’s or UTC', () => {
		// 00:30 in Paris on the 14th is still the 13th in UTC.
		const late = placed('late', '2015-11-14T00:30:00+01:00', 'Late', { name: 'x' });
		const found = searchEvents(buildSearchIndex([late]), '14 November').events;
		expect(found.map((e) => e.id)).toEqual(['late']);
		expect(searchEvents(buildSearchIndex([late]), '13 November').total).toBe(0);
	});

	it('does not find a month-precision event by the day it nominally starts on', () => {
		expect(ids('March 2016')).toEqual(['trial', 'airport']);
		expect(ids('1 March 2016')).toEqual([]);
		expect(ids('2016-03-01')).toEqual([]);
	});

	it('ranks title and place-name matches before locality or date matches', () => {
		const inTitle = placed('title', '2016-01-01T10:00:00+01:00', 'Raid in Saint-Denis', {
			name: 'Street'
		});
		const inLocality = placed('locality', '2015-01-01T10:00:00+01:00', 'Arrest', {
			name: 'House',
			locality: 'Raidville'
		});
		const found = searchEvents(buildSearchIndex([inLocality, inTitle]), 'raid').events;
		expect(found.map((e) => e.id)).toEqual(['title', 'locality']);
	});

	it('caps the results but counts every match', () => {
		const many = Array.from({ length: 30 }, (_, i) =>
			placed(`e${i}`, '2015-11-13T21:20:00+01:00', `Event ${i}`, { name: 'Same place' })
		);
		const result = searchEvents(buildSearchIndex(many), 'same', 5);
		expect(result.events).toHaveLength(5);
		expect(result.total).toBe(30);
	});

	it('finds nothing for an empty or blank query', () => {
		expect(searchEvents(index, '   ').total).toBe(0);
		expect(queryWords(' , ')).toEqual([]);
	});

	it('answers a query over 100,000 events from the prepared words alone', () => {
		const many = Array.from({ length: 100_000 }, (_, i) => ({
			...stadium,
			id: `e${i}`,
			title: `Event ${i}`
		}));
		const big = buildSearchIndex(many);
		expect(big.haystacks).toHaveLength(100_000);
		const result = searchEvents(big, 'event 99999');
		expect(result.events.map((e) => e.id)).toEqual(['e99999']);
	});
});
