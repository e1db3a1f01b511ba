import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../src/lib/domain/data/schema';
import { validateAtlas } from '../../src/lib/domain/data/validate';
import { framePoints } from '../../src/lib/domain/geo/route-frame';
import { assignLinkLanes } from '../../src/lib/domain/geo/link-lanes';
import {
	chooseLinkQuote,
	describeLinkEntry,
	isLinkDrawn,
	linkKey,
	linkEntriesOf,
	linkNotes,
	listLinks,
	summarizeLinks
} from '../../src/lib/domain/link-list';
import { LINK_STYLE, swatchDashArray } from '../../src/lib/domain/link-style';
import { LINK_RELATIONS } from '../../src/lib/domain/data/vocabulary';
import { initialView, applyPatch, type ViewContext } from '../../src/lib/domain/view';
import { parseViewPatch } from '../../src/lib/domain/view-patch';
import { parseViewUrl, serializeViewUrl } from '../../src/lib/domain/url-codec';
import { rangeOf } from '../../src/lib/domain/time/range';
import { buildMapData } from '../../src/lib/map/features';
import { buildGlobalState } from '../../src/lib/map/global-state';
import { buildLinkFilter } from '../../src/lib/map/link-layers';
import { readAtlasInput } from '../../src/lib/server/geodata';
import { makeEvent } from './index-helpers';

const quote = (source: string, text: string) => ({ source, text });

describe('the list of links', () => {
	const a = makeEvent('a', '2015-11-13T21:00:00+01:00', {
		coordinates: [2.3, 48.8],
		links: [{ to: 'b', relation: 'follow-up', note: 'A then B.' }]
	});
	const b = makeEvent('b', '2015-11-14T10:00:00+01:00', {
		coordinates: [4.3, 50.8],
		links: [
			{ to: 'a', relation: 'related', note: 'B looks back at A.' },
			{ to: 'c', relation: 'same-operation' },
			{ to: 'nowhere', relation: 'related' }
		]
	});
	const c = makeEvent('c', '2015-11-12T08:00:00+01:00', { coordinates: [4.3, 50.8] });

	it('has one entry per linked pair, declared by the first event to link it', () => {
		const entries = listLinks([a, b, c]);
		expect(entries.map((e) => [e.from.id, e.to.id, e.link.relation])).toEqual([
			['a', 'b', 'follow-up'],
			['b', 'c', 'same-operation']
		]);
	});

	it('keeps the note of a link declared back from the other end', () => {
		const [ab] = listLinks([a, b, c]);
		expect(linkNotes(ab!)).toEqual(['A then B.', 'B looks back at A.']);
	});

	it('finds a map line’s entry whichever way round the line runs', () => {
		const keys = listLinks([a, b, c]).map((e) => e.key);
		expect(keys).toContain(linkKey('b', 'a'));
		expect(keys).toContain(linkKey('c', 'b'));
	});

	it('marks a link between events at the same spot, which the map cannot draw', () => {
		const bc = listLinks([a, b, c]).find((e) => e.to.id === 'c')!;
		expect(bc.samePlace).toBe(true);
		expect(listLinks([a, b, c]).find((e) => e.to.id === 'b')!.samePlace).toBe(false);
	});

	it('orders links by when both their events exist', () => {
		const entries = listLinks([c, b, a]);
		expect(entries.map((e) => e.startMs)).toEqual([b.startMs, b.startMs]);
		const later = makeEvent('d', '2016-01-01T00:00:00+01:00', {
			links: [{ to: 'c', relation: 'related' }]
		});
		expect(listLinks([later, a, b, c]).at(-1)!.from.id).toBe('d');
	});

	it('words a link as the event panel does, from the declaring event', () => {
		expect(describeLinkEntry(listLinks([a, b, c])[0]!)).toBe('a — followed by — b');
	});
});

describe('the link list before it is opened', () => {
	const result = validateAtlas(readAtlasInput('.'));
	if (!result.ok) throw new Error('geodata/ is invalid');
	const events = result.data.events;

	it('says how many links there are and of which kinds, as the full list would', () => {
		const entries = listLinks(events);
		const summary = summarizeLinks(entries);
		expect(summary.count).toBe(entries.length);
		expect(summary.count).toBeGreaterThan(0);
		expect(new Set(summary.relations)).toEqual(new Set(entries.map((e) => e.link.relation)));
		expect(summary.relations).toEqual(LINK_RELATIONS.filter((r) => summary.relations.includes(r)));
	});

	it('lists the links once per dataset, however often asked', () => {
		expect(linkEntriesOf(events)).toBe(linkEntriesOf(events));
		expect(linkEntriesOf(events)).toEqual(listLinks(events));
	});
});

describe('the quote a link rests on', () => {
	it('is the declaring event’s quote from a source that also backs the other end', () => {
		const from = { quotes: [quote('s1', 'one'), quote('s2', 'two')] };
		expect(chooseLinkQuote(from, { quotes: [quote('s2', 'other')] }).text).toBe('two');
	});

	it('is the declaring event’s first quote when no source backs both', () => {
		const from = { quotes: [quote('s1', 'one'), quote('s2', 'two')] };
		expect(chooseLinkQuote(from, { quotes: [quote('s3', 'other')] }).text).toBe('one');
	});

	it('is always a verbatim quote of the data, for every link in geodata/', () => {
		const result = validateAtlas(readAtlasInput('.'));
		if (!result.ok) throw new Error('geodata/ is invalid');
		const entries = listLinks(result.data.events);
		expect(entries.length).toBeGreaterThan(0);
		for (const entry of entries) expect(entry.from.quotes).toContain(entry.quote);
	});
});

describe('links on the time axis', () => {
	const result = validateAtlas(readAtlasInput('.'));
	if (!result.ok) throw new Error('geodata/ is invalid');
	const events: readonly AtlasEvent[] = result.data.events;
	const lines = buildMapData(events).links.features;
	const entries = new Map(listLinks(events).map((e) => [e.key, e]));

	it('draws a link on the map exactly when the list says both ends are drawn', () => {
		const instants = [
			...new Set(events.flatMap((e) => [e.startMs - 1, e.startMs, e.endMs - 1, e.endMs]))
		];
		const disagreements: string[] = [];
		for (const at of instants) {
			for (const [mode, fadePast] of [
				['cumulative', true],
				['window', true],
				['window', false]
			] as const) {
				const range = rangeOf({ at, mode, span: 86_400_000 });
				const filter = featureFilter(buildLinkFilter(), 'test', buildGlobalState(range, fadePast));
				for (const line of lines) {
					const { from, to } = line.properties;
					const drawn = filter.filter({ zoom: 10 }, {
						type: 2,
						properties: line.properties
					} as never);
					const entry = entries.get(linkKey(from, to))!;
					if (drawn !== isLinkDrawn(entry, range, fadePast))
						disagreements.push(`${from}→${to} at ${at}`);
				}
			}
		}
		expect(lines.length).toBeGreaterThan(0);
		expect(disagreements).toEqual([]);
	});

	it('draws no link before both of its events have begun', () => {
		const entry = [...entries.values()].find((e) => e.from.startMs !== e.to.startMs)!;
		const earlier = Math.min(entry.from.startMs, entry.to.startMs);
		const later = Math.max(entry.from.startMs, entry.to.startMs);
		const at = (ms: number) => rangeOf({ at: ms, mode: 'cumulative', span: 0 });
		expect(isLinkDrawn(entry, at(earlier), true)).toBe(false);
		expect(isLinkDrawn(entry, at(later), true)).toBe(true);
	});
});

describe('how kinds of link are drawn', () => {
	it('tells every kind apart by dash or width, never by colour alone', () => {
		const looks = LINK_RELATIONS.map((r) => `${LINK_STYLE[r].width}/${LINK_STYLE[r].dash.join()}`);
		expect(new Set(looks).size).toBe(LINK_RELATIONS.length);
	});

	it('draws the key’s swatch with the map’s pattern, scaled by the line’s width', () => {
		expect(swatchDashArray('follow-up')).toBe('4 4');
		expect(swatchDashArray('movement')).toBeNull();
	});
});

describe('the links toggle in the view and the URL', () => {
	const extent = { from: Date.UTC(2015, 0, 1), to: Date.UTC(2016, 0, 1) };
	const context: ViewContext = { extent, timeZone: 'Europe/Paris', eventInterval: () => undefined };
	const defaults = initialView(extent);

	it('draws links by default and turns them off by a patch', () => {
		expect(defaults.links).toBe(true);
		expect(applyPatch(defaults, { links: false }, 'ui', context).view.links).toBe(false);
	});

	it('accepts only true or false from outside', () => {
		expect(parseViewPatch({ links: false }).patch).toEqual({ links: false });
		expect(parseViewPatch({ links: 'no' }).problems.map((p) => p.field)).toEqual(['links']);
	});

	it('writes links=0 only when they are off, and reads it back', () => {
		const off = { ...defaults, links: false };
		expect(serializeViewUrl('', defaults, defaults, 'Europe/Paris')).toBe('');
		const search = serializeViewUrl('', off, defaults, 'Europe/Paris');
		expect(search).toBe('?links=0');
		expect(parseViewUrl(search, 'Europe/Paris').patch).toEqual({ links: false });
	});

	it('drops a malformed links parameter and says so', () => {
		const { patch, problems } = parseViewUrl('?links=maybe&fade=0', 'Europe/Paris');
		expect(patch).toEqual({ fadePast: false });
		expect(problems.map((p) => p.field)).toEqual(['links']);
	});
});

describe('framing a movement', () => {
	it('frames its route as well as its point', () => {
		const route: [number, number][] = [
			[4.3, 50.8],
			[2.3, 48.8]
		];
		expect(framePoints({ coordinates: [4.33, 50.85], route }).map((p) => p.coordinates)).toEqual([
			[4.33, 50.85],
			...route
		]);
		expect(framePoints({ coordinates: [1, 2] })).toEqual([{ coordinates: [1, 2] }]);
	});
});

describe('lanes of a busy bundle', () => {
	it('squeezes many parallel links into a ribbon no wider than eight spacings', () => {
		const line = (i: number) => ({
			type: 'Feature' as const,
			properties: {},
			geometry: {
				type: 'LineString' as const,
				coordinates: [
					[4.35 + i * 0.001, 50.85],
					[2.35, 48.86 + i * 0.001]
				]
			}
		});
		const lanes = assignLinkLanes(Array.from({ length: 17 }, (_, i) => line(i)));
		expect(Math.min(...lanes)).toBe(-4);
		expect(Math.max(...lanes)).toBe(4);
		expect(new Set(lanes).size).toBe(17);
	});
});
