import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../src/lib/domain/data/schema';
import type { TimePrecision } from '../../src/lib/domain/data/vocabulary';
import { makeEvent, makeIndex } from './index-helpers';

function event(id: string, start: string, precision?: TimePrecision, zone?: string) {
	return makeEvent(id, start, { precision, zone });
}

/** The list's day headings and the ids under each, as the index cuts them. */
function groupByLocalDay(events: AtlasEvent[]) {
	const index = makeIndex(events);
	return index.days.map((day) => ({
		key: day.key,
		label: day.label,
		events: index.events.slice(day.first, day.end)
	}));
}

describe('the day headings of the index', () => {
	it('groups by the local day of the place, not by the UTC day', () => {
		// 00:30 in Paris is still the previous day in UTC.
		const groups = groupByLocalDay([
			event('late', '2015-11-14T00:30:00+01:00'),
			event('evening', '2015-11-13T21:40:00+01:00')
		]);
		expect(groups.map((g) => [g.key, g.events.map((e) => e.id)])).toEqual([
			['2015-11-13', ['evening']],
			['2015-11-14', ['late']]
		]);
		expect(groups[0]?.label).toBe('Friday 13 November 2015');
	});

	it('orders chronologically across input order and keeps ties stable by title', () => {
		const groups = groupByLocalDay([
			event('b-cafe', '2015-11-13T21:25:00+01:00'),
			event('a-cafe', '2015-11-13T21:25:00+01:00'),
			event('stadium', '2015-11-13T21:16:00+01:00')
		]);
		expect(groups[0]?.events.map((e) => e.id)).toEqual(['stadium', 'a-cafe', 'b-cafe']);
	});

	it('keeps a month-precision event in a month group, before the days of that month', () => {
		const groups = groupByLocalDay([
			event('shoot-out', '2016-03-15T15:00:00+01:00', 'hour', 'Europe/Brussels'),
			event('sometime-in-march', '2016-03-01T00:00:00+01:00', 'month', 'Europe/Brussels'),
			event('first-of-march', '2016-03-01T10:00:00+01:00', 'minute', 'Europe/Brussels')
		]);
		expect(groups.map((g) => [g.key, g.label])).toEqual([
			['2016-03', 'March 2016'],
			['2016-03-01', 'Tuesday 1 March 2016'],
			['2016-03-15', 'Tuesday 15 March 2016']
		]);
	});
});
