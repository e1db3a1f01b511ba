import { describe, expect, it } from 'vitest';
import { findLinksAgainstTime } from '../../src/lib/domain/data/link-order';
import type { LinkRelation } from '../../src/lib/domain/data/vocabulary';
import { makeEvent } from './index-helpers';

const ATTACKS = '2015-11-13T21:16:00+01:00';
const link = (to: string, relation: LinkRelation) => ({ to, relation });
const refused = (events: ReturnType<typeof makeEvent>[]) =>
	findLinksAgainstTime(events).map((f) => `${f.event.id} → ${f.target.id}`);

describe('links whose wording says "after"', () => {
	it('refuses "Followed by" an event that began days earlier', () => {
		const events = [
			makeEvent('attacks', ATTACKS),
			makeEvent('raid', '2015-11-16T10:15:00+01:00', { links: [link('attacks', 'follow-up')] })
		];
		expect(refused(events)).toEqual(['raid → attacks']);
	});

	it('accepts the same link declared on the earlier event', () => {
		const events = [
			makeEvent('attacks', ATTACKS, { links: [link('raid', 'follow-up')] }),
			makeEvent('raid', '2015-11-16T10:15:00+01:00')
		];
		expect(refused(events)).toEqual([]);
	});

	it('refuses a movement to an event that was over before the movement began', () => {
		const events = [
			makeEvent('call', '2015-11-14T00:00:00+01:00', { precision: 'day' }),
			makeEvent('trip', '2015-11-15T00:00:00+01:00', {
				precision: 'day',
				links: [link('call', 'movement')]
			})
		];
		expect(refused(events)).toEqual(['trip → call']);
	});

	it('allows for precision: a day event on the same date may have come after a minute one', () => {
		const events = [
			makeEvent('evening', '2015-11-13T21:40:00+01:00', {
				links: [link('same-day', 'follow-up')]
			}),
			makeEvent('same-day', '2015-11-13T00:00:00+01:00', { precision: 'day' })
		];
		expect(refused(events)).toEqual([]);
	});

	it("reads the precision in the linked event's own zone", () => {
		// 23:30 in London is 00:30 in Paris: the London day of 13 November ends after it.
		const events = [
			makeEvent('paris', '2015-11-14T00:30:00+01:00', { links: [link('london', 'follow-up')] }),
			makeEvent('london', '2015-11-13T00:00:00+00:00', { precision: 'day', zone: 'Europe/London' })
		];
		expect(refused(events)).toEqual([]);
	});

	it('leaves evidence and undirected links alone, whatever the times', () => {
		const events = [
			makeEvent('attacks', ATTACKS),
			makeEvent('car', '2015-11-14T00:00:00+01:00', {
				precision: 'day',
				links: [link('attacks', 'evidence'), link('attacks', 'related')]
			})
		];
		expect(refused(events)).toEqual([]);
	});
});
