import { describe, expect, it } from 'vitest';
import { offlinePages } from '../../src/lib/server/offline-pages';
import { makeEvent, makeIndex } from './index-helpers';

const index = makeIndex([
	makeEvent('a', '2015-01-10T10:00:00+01:00'),
	makeEvent('b', '2015-03-10T10:00:00+01:00'),
	makeEvent('c', '2015-03-11T10:00:00+01:00')
]);

describe('offlinePages (the period pages the service worker stores ahead of time)', () => {
	it('lists every period page of a small atlas, as served', () => {
		expect(offlinePages(index, '/atlas', 3)).toEqual([
			'/atlas/events/2015-01/',
			'/atlas/events/2015-03/'
		]);
	});

	it('lists none beyond the limit: each is stored when first opened', () => {
		expect(offlinePages(index, '', 2)).toEqual([]);
	});
});
