import { describe, expect, it } from 'vitest';
import {
	adjacentStart,
	countShown,
	countShownBetween,
	EventLookups,
	indexFacts,
	listCategories,
	listShown,
	neighbourOf,
	sortEvents
} from '../../src/lib/domain/atlas-index';
import { listBlocks } from '../../src/lib/domain/list-blocks';
import { isEventShown, rangeOf, type TimeMode } from '../../src/lib/domain/time/range';
import { makeData, makeEvent, makeIndex } from './index-helpers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A small night of events: overlaps, a long one, two at one spot, links both ways, a parent. */
const night = [
	makeEvent('stadium', '2015-11-13T21:16:00+01:00', { hours: 1, parent: 'attacks' }),
	makeEvent('attacks', '2015-11-13T21:16:00+01:00', { precision: 'day' }),
	makeEvent('cafe-b', '2015-11-13T21:25:00+01:00', {
		coordinates: [2.37, 48.87],
		parent: 'attacks'
	}),
	makeEvent('cafe-a', '2015-11-13T21:25:00+01:00', {
		coordinates: [2.37, 48.87],
		parent: 'attacks'
	}),
	makeEvent('theatre', '2015-11-13T21:40:00+01:00', {
		hours: 3,
		parent: 'attacks',
		links: [{ to: 'raid', relation: 'follow-up' }]
	}),
	makeEvent('raid', '2015-11-18T04:20:00+01:00', {
		hours: 7,
		links: [{ to: 'attacks', relation: 'related' }]
	}),
	makeEvent('inquiry', '2015-11-14T00:00:00+01:00', { precision: 'month' })
];
const index = makeIndex([...night].reverse());

/** Seeded pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('the index of a dataset', () => {
	it('orders events by start, coarser precision first, then title', () => {
		expect(index.events.map((e) => e.id)).toEqual([
			'attacks',
			'stadium',
			'cafe-a',
			'cafe-b',
			'theatre',
			'inquiry',
			'raid'
		]);
	});

	it('finds events by id and position', () => {
		expect(index.byId.get('raid')?.id).toBe('raid');
		expect(index.positionOf.get('theatre')).toBe(4);
		expect(neighbourOf(index, 'theatre', 1)?.id).toBe('inquiry');
		expect(neighbourOf(index, 'attacks', -1)).toBeUndefined();
	});

	it('spans the first start to the last end', () => {
		expect(index.extent).toEqual({
			from: night[0]!.startMs,
			to: Math.max(...night.map((e) => e.endMs))
		});
	});

	it('lists each link from both ends, once', () => {
		const describe = (id: string) =>
			index.connections.get(id).map((c) => `${c.direction}:${c.event.id}`);
		expect(describe('theatre')).toEqual(['outgoing:raid']);
		expect(describe('raid')).toEqual(['outgoing:attacks', 'incoming:theatre']);
		expect(describe('attacks')).toEqual(['incoming:raid']);
	});

	it('lists the children of a parent', () => {
		expect(
			index.children
				.get('attacks')
				?.map((e) => e.id)
				.sort()
		).toEqual(['cafe-a', 'cafe-b', 'stadium', 'theatre']);
	});

	it('cuts the list into local days, the month-long inquiry under its month', () => {
		expect(index.days.map((d) => [d.key, d.first, d.end])).toEqual([
			['2015-11-13', 0, 5],
			['2015-11', 5, 6],
			['2015-11-18', 6, 7]
		]);
	});

	it('spreads the day- and month-long events over their local day and month, by position', () => {
		const spread = (id: string) => {
			const p = index.positionOf.get(id)!;
			return [index.spreads.from[p], index.spreads.to[p]];
		};
		expect(spread('attacks')).toEqual([
			Date.parse('2015-11-13T00:00:00+01:00'),
			Date.parse('2015-11-14T00:00:00+01:00')
		]);
		expect(spread('inquiry')).toEqual([
			Date.parse('2015-11-01T00:00:00+01:00'),
			Date.parse('2015-12-01T00:00:00+01:00')
		]);
		const raid = night.find((e) => e.id === 'raid')!;
		expect(spread('raid')).toEqual([raid.startMs, raid.startMs]);
		expect(index.spreads.longest).toBe(30 * DAY);
	});

	it('knows its events’ zones and whether their clocks read as the atlas’s', () => {
		expect(index.clocks.zones).toEqual(['Europe/Paris']);
		expect(index.clocks.sameAsAtlas).toBe(true);
	});

	it('holds the one-click views: the whole atlas, and no group that would repeat it', () => {
		expect(index.clusterViews.map((v) => [v.kind, v.eventIds.length])).toEqual([['all', 7]]);
	});
	it('lists the categories its events use, once each', () => {
		expect(index.categories).toEqual(['background']);
	});
});

describe('the categories a dataset uses', () => {
	it('come in the vocabulary’s order, not the events’, each once', () => {
		const events = (['evidence', 'attack', 'evidence', 'background'] as const).map((category) => ({
			category
		}));
		expect(listCategories(events)).toEqual(['attack', 'evidence', 'background']);
	});

	it('are none for no events', () => {
		expect(listCategories([])).toEqual([]);
	});
});

describe('the index handed over as the dataset worker posts it', () => {
	/** The worker's messages: each batch of events, then the facts, through a structured clone. */
	function handOver(batchSize: number) {
		const data = makeData([...night].reverse());
		const events = sortEvents(data.events);
		const facts = structuredClone(indexFacts(data, events));
		const lookups = new EventLookups();
		for (let first = 0; first < events.length; first += batchSize) {
			lookups.add(structuredClone(events.slice(first, first + batchSize)));
		}
		return lookups.complete(facts);
	}

	/** Each event's connections, as the panel lists them. */
	const connectionsOf = (given: typeof index) =>
		given.events.map((e) =>
			given.connections.get(e.id).map((c) => `${e.id} ${c.direction}:${c.event.id}`)
		);

	for (const batchSize of [1, 3, night.length]) {
		it(`is the index built in one go, in batches of ${batchSize}`, () => {
			const handed = handOver(batchSize);
			expect(handed).toEqual(index);
			expect(connectionsOf(handed)).toEqual(connectionsOf(index));
		});
	}

	it('points every lookup at the page’s own copy of each event', () => {
		const handed = handOver(2);
		const own = (event: unknown) => handed.events.includes(event as (typeof handed.events)[0]);
		expect([...handed.byId.values()].every(own)).toBe(true);
		expect([...handed.children.values()].flat().every(own)).toBe(true);
		const connected = handed.events.flatMap((e) => handed.connections.get(e.id));
		expect(connected.length).toBeGreaterThan(0);
		expect(connected.every((connection) => own(connection.event))).toBe(true);
	});
});

describe('counting and stepping by binary search agrees with a scan', () => {
	const draw = random(7);
	const many = Array.from({ length: 400 }, (_, i) => {
		const start = Date.UTC(2015, 0, 1) + Math.floor(draw() * 400 * DAY);
		const iso = new Date(start).toISOString().replace('.000Z', '+00:00');
		const hours = draw() < 0.1 ? draw() * 60 * 24 : draw() * 5;
		return makeEvent(`e${i}`, iso, { hours, zone: 'UTC' });
	});
	const big = makeIndex(many);
	const instants = Array.from({ length: 300 }, () => Date.UTC(2014, 11, 1) + draw() * 430 * DAY);

	for (const mode of ['cumulative', 'window'] as TimeMode[]) {
		it(`counts and lists the shown events in ${mode} mode`, () => {
			for (const at of instants) {
				const range = rangeOf({ at, mode, span: (1 + draw() * 20) * DAY });
				const expected = big.events.flatMap((e, i) => (isEventShown(e, range) ? [i] : []));
				const shown = listShown(big, range);
				expect(countShown(big, range)).toBe(expected.length);
				expect(shown.count).toBe(expected.length);
				const positions = shown.positions ?? Array.from({ length: shown.count }, (_, i) => i);
				expect([...positions]).toEqual(expected);
				const first = Math.floor(draw() * 400);
				const end = first + Math.floor(draw() * 50);
				expect(countShownBetween(shown, first, end)).toBe(
					expected.filter((p) => p >= first && p < end).length
				);
			}
		});
	}

	it('finds the previous and next event start', () => {
		const starts = many.map((e) => e.startMs);
		for (const at of [...instants, ...starts.slice(0, 50)]) {
			const after = starts.filter((s) => s > at);
			const before = starts.filter((s) => s < at);
			expect(adjacentStart(big, at, 1)).toBe(after.length ? Math.min(...after) : undefined);
			expect(adjacentStart(big, at, -1)).toBe(before.length ? Math.max(...before) : undefined);
		}
	});
});

describe('blocks of the virtual list', () => {
	const days = [
		{ key: 'a', label: 'A', first: 0, end: 3 },
		{ key: 'b', label: 'B', first: 3, end: 10 },
		{ key: 'c', label: 'C', first: 10, end: 11 }
	];

	it('cover every position once, in order, none longer than the size', () => {
		const blocks = listBlocks(days, 4);
		expect(blocks.map((b) => [b.first, b.end])).toEqual([
			[0, 4],
			[4, 8],
			[8, 11]
		]);
		expect(blocks.every((b) => b.end - b.first <= 4)).toBe(true);
	});

	it('repeat a day cut across blocks as "continued", never its first part', () => {
		const parts = listBlocks(days, 4).flatMap((b) => b.days.map((d) => [d.key, d.continued]));
		expect(parts).toEqual([
			['a', false],
			['b', false],
			['b', true],
			['b', true],
			['c', false]
		]);
	});

	it('move a day that fits a block whole to the next block rather than cut it', () => {
		const blocks = listBlocks(
			[
				{ key: 'a', label: 'A', first: 0, end: 3 },
				{ key: 'b', label: 'B', first: 3, end: 6 }
			],
			4
		);
		expect(blocks.map((b) => [b.first, b.end])).toEqual([
			[0, 3],
			[3, 6]
		]);
	});
});
