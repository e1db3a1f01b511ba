import { describe, expect, it } from 'vitest';
import type { AtlasEvent, Source } from '../../src/lib/domain/data/schema';
import { validateAtlas } from '../../src/lib/domain/data/validate';
import { buildAtlasIndex } from '../../src/lib/domain/atlas-index';
import { buildHandout } from '../../src/lib/domain/handout';
import { buildQrPicture } from '../../src/lib/domain/handout-qr';
import { readAtlasInput } from '../../src/lib/server/geodata';
import { makeEvent, makeIndex } from './index-helpers';

const source = (id: string, inferred: boolean): Source => ({
	id,
	file: `${id}.txt`,
	title: `Title of ${id}`,
	kind: 'news-report',
	written: { from: '2015-11-17', to: inferred ? '2015-11-20' : '2015-11-17', inferred, basis: 'b' },
	stated: ['s'],
	inferred: []
});

const bataclan: AtlasEvent = {
	...makeEvent('bataclan', '2015-11-13T21:40:00+01:00'),
	title: 'Bataclan',
	category: 'attack',
	place: {
		name: 'Le Bataclan',
		address: '50 boulevard Voltaire, 75011 Paris',
		locality: 'Paris',
		country: 'FR',
		precision: 'address'
	},
	quotes: [
		{ source: 'b', text: 'second quote source' },
		{ source: 'a', text: 'first' }
	]
};
const brussels: AtlasEvent = {
	...makeEvent('brussels', '2016-03-22T07:58:00+01:00', { zone: 'Europe/Brussels' }),
	title: 'Airport',
	place: { name: 'Brussels Airport', locality: 'Zaventem', country: 'BE', precision: 'city' },
	quotes: [{ source: 'a', text: 'airport' }]
};
const monthOnly: AtlasEvent = {
	...makeEvent('trial', '2015-01-01T00:00:00+01:00', { precision: 'month' }),
	title: 'Trial',
	place: { name: 'Paris', locality: 'Paris', country: 'FR', precision: 'city' },
	quotes: [{ source: 'a', text: 'trial' }]
};
const sources = [source('a', false), source('b', true), source('unused', false)];
const index = makeIndex([brussels, bataclan, monthOnly], sources);

describe('buildHandout', () => {
	it('lists every event in time order, numbered, with its local date and time', () => {
		const { rows } = buildHandout(index);
		expect(rows.map((r) => [r.number, r.id])).toEqual([
			[1, 'trial'],
			[2, 'bataclan'],
			[3, 'brussels']
		]);
		expect(rows[1]).toMatchObject({
			date: 'Friday 13 November 2015',
			time: '21:40 Paris time',
			categoryLabel: 'Attack',
			title: 'Bataclan'
		});
		// Brussels is told in its own zone, 07:58, never the viewer's or the atlas's.
		expect(rows[2]?.time).toBe('07:58 Brussels time');
	});

	it('says no hour when the data knows none, and keeps the date at its precision', () => {
		const [trial] = buildHandout(index).rows;
		expect(trial).toMatchObject({ date: 'January 2015', time: null });
	});

	it('names each place once: a locality already in the address or the name is not repeated', () => {
		const rows = buildHandout(index).rows;
		expect(rows[1]?.place).toBe('Le Bataclan, 50 boulevard Voltaire, 75011 Paris, France');
		expect(rows[0]?.place).toBe('Paris, France');
		expect(rows[2]?.place).toBe('Brussels Airport, Zaventem, Belgium');
	});

	it('cites every quote by title, kind and date, saying when the date is inferred', () => {
		const quotes = buildHandout(index).rows[1]?.quotes;
		expect(quotes).toEqual([
			{
				text: 'second quote source',
				sourceTitle: 'Title of b',
				sourceKind: 'news report',
				written: 'written between 17 November 2015 and 20 November 2015 (inferred)'
			},
			{
				text: 'first',
				sourceTitle: 'Title of a',
				sourceKind: 'news report',
				written: 'written 17 November 2015'
			}
		]);
	});

	it('lists only the sources its quotes cite, in the dataset order', () => {
		expect(buildHandout(index).sources.map((s) => s.id)).toEqual(['a', 'b']);
		const one = buildHandout(index, { eventIds: ['brussels'] });
		expect(one.sources.map((s) => s.id)).toEqual(['a']);
	});

	it('takes a selection in its own order, and reports ids it does not hold', () => {
		const handout = buildHandout(index, {
			eventIds: ['brussels', 'missing', 'bataclan', 'brussels']
		});
		expect(handout.rows.map((r) => [r.number, r.id])).toEqual([
			[1, 'brussels'],
			[2, 'bataclan']
		]);
		expect(handout.missing).toEqual(['missing']);
	});

	it('holds every event and every quote of the real atlas', () => {
		const result = validateAtlas(readAtlasInput('.'));
		if (!result.ok) throw new Error('geodata/ is invalid');
		const real = buildAtlasIndex(result.data);
		const handout = buildHandout(real);
		expect(handout.rows).toHaveLength(real.events.length);
		expect(handout.rows.flatMap((r) => r.quotes.map((q) => q.text))).toEqual(
			real.events.flatMap((e) => e.quotes.map((q) => q.text))
		);
		expect(handout.missing).toEqual([]);
	});
});

describe('buildQrPicture', () => {
	it('draws a square code with the quiet zone scanners need around it', () => {
		const qr = buildQrPicture('https://atlas.example.org/');
		// Version 2 (25 modules) holds a 26-byte link at level M; 4 modules of margin each side.
		expect(qr.size).toBe(25 + 8);
		const squares = qr.path.match(/M(\d+) (\d+)h1v1h-1z/g) ?? [];
		expect(squares.length).toBeGreaterThan(100);
		for (const square of squares) {
			const [, x, y] = /M(\d+) (\d+)/.exec(square) ?? [];
			expect(Number(x)).toBeGreaterThanOrEqual(4);
			expect(Number(y)).toBeLessThan(qr.size - 4);
		}
	});

	it('draws the three finder squares a scanner locks on to, in the corners', () => {
		const qr = buildQrPicture('https://atlas.example.org/');
		const dark = new Set(
			[...qr.path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`)
		);
		const last = qr.size - 4 - 1;
		// Each finder's top row is seven dark modules, and the row under it is dark only at the ends.
		for (const [x0, y0] of [
			[4, 4],
			[last - 6, 4],
			[4, last - 6]
		] as const) {
			const top = Array.from({ length: 7 }, (_, i) => dark.has(`${x0 + i},${y0}`));
			const second = Array.from({ length: 7 }, (_, i) => dark.has(`${x0 + i},${y0 + 1}`));
			expect(top).toEqual(Array(7).fill(true));
			expect(second).toEqual([true, false, false, false, false, false, true]);
		}
	});

	it('gives a bigger code to a longer link, not a wrong one', () => {
		const short = buildQrPicture('https://a.org/');
		const long = buildQrPicture(`https://atlas.example.org/${'x'.repeat(100)}`);
		expect(long.size).toBeGreaterThan(short.size);
	});
});
