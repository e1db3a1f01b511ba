import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../../src/lib/domain/atlas-index';
import type { AtlasEvent } from '../../src/lib/domain/data/schema';
import { validateAtlas } from '../../src/lib/domain/data/validate';
import { countryShapes } from '../../src/lib/domain/geo/border';
import { measureClaim, resolveClaimEnds } from '../../src/lib/domain/geo/measure-claim';
import { buildPlaceLabels } from '../../src/lib/domain/geo/place-labels';
import { placeHistory } from '../../src/lib/domain/place-history';
import { readAtlasInput } from '../../src/lib/server/geodata';
import { makeEvent, makeIndex } from './index-helpers';
import { realBasemap } from './real-basemap';

function at(id: string, start: string, locality: string, extra: Partial<AtlasEvent> = {}) {
	const event = makeEvent(id, start);
	return { ...event, place: { ...event.place, locality }, ...extra };
}

describe('places and their histories', () => {
	const events = [
		at('a-raid', '2015-11-16T06:00:00+01:00', 'Molenbeek', {
			links: [{ to: 'c-car', relation: 'related' }]
		}),
		at('b-attack', '2015-11-13T21:40:00+01:00', 'Paris', {
			links: [{ to: 'a-raid', relation: 'follow-up' }]
		}),
		at('c-car', '2015-11-14T12:00:00+01:00', 'Montreuil'),
		at('d-factory', '2015-12-10T12:00:00+01:00', 'Schaerbeek', {
			claims: [
				{
					quote: { source: 's', text: 'just 4 km from Molenbeek' },
					from: { event: 'd-factory' },
					to: { locality: 'Molenbeek' }
				}
			]
		}),
		at('e-unrelated', '2015-11-15T12:00:00+01:00', 'Verviers'),
		at('f-statement', '2015-11-17T12:00:00+01:00', 'Molenbeek')
	];
	const index = makeIndex(events);

	it('groups events by the locality the data names, most events first', () => {
		expect(index.places.map((p) => [p.name, p.eventIds])).toEqual([
			['Molenbeek', ['a-raid', 'f-statement']],
			['Montreuil', ['c-car']],
			['Paris', ['b-attack']],
			['Schaerbeek', ['d-factory']],
			['Verviers', ['e-unrelated']]
		]);
	});

	it('lists what happened there, what is linked to it either way, and claims naming it, in time order', () => {
		const history = placeHistory(index, 'Molenbeek');
		expect(history.map((h) => [h.event.id, h.tie.kind])).toEqual([
			['b-attack', 'linked'],
			['c-car', 'linked'],
			['a-raid', 'here'],
			['f-statement', 'here'],
			['d-factory', 'claim']
		]);
		expect(history[0]?.tie).toMatchObject({ kind: 'linked', via: { id: 'a-raid' } });
	});

	it('gives an empty history for a place the data does not name', () => {
		expect(placeHistory(index, 'Atlantis')).toEqual([]);
	});
});

describe('the atlas data', () => {
	const result = validateAtlas(readAtlasInput('.'));
	if (!result.ok) throw new Error('the atlas data does not validate');
	const index = buildAtlasIndex(result.data);

	it('anchors each place where the map labels it', () => {
		const labels = buildPlaceLabels(index.events).features;
		for (const label of labels) {
			const place = index.placeByName.get(label.properties.name);
			expect(place?.anchor).toEqual(label.geometry.coordinates);
		}
		expect(labels).toHaveLength(index.places.length);
	});

	it('places both ends of every claim, borders on the basemap, and measures them', () => {
		const countries = countryShapes(realBasemap());
		const claims = index.events.flatMap((e) => e.claims);
		expect(claims.length).toBeGreaterThan(0);
		for (const claim of claims) {
			const ends = resolveClaimEnds(claim, index.byId, index.placeByName, countries);
			expect(ends, claim.quote.text).toBeDefined();
			if (ends) expect(measureClaim(claim, ...ends).measuredKm).toBeGreaterThan(0);
		}
	});
});
