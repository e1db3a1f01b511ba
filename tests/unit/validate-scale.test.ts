import { describe, expect, it } from 'vitest';
import { validateAtlas, type AtlasInput } from '../../src/lib/domain/data/validate';
import { readAtlasInput } from '../../src/lib/server/geodata';
import { generateSyntheticInput } from '../../scripts/bench/synthetic';

const SIZE = 10_000;

interface Feature {
	id: string;
	properties: {
		start: string;
		timeZone: string;
		quotes: { source: string; text: string }[];
		links: { to: string; relation: string }[];
		parent?: string;
	};
}

const clean = generateSyntheticInput(readAtlasInput('.'), SIZE, 1);
const featuresOf = (input: AtlasInput) => (input.events as { features: Feature[] }).features;

/** Points every link and parent aimed at `from` to `to` instead. */
function retarget(features: Feature[], from: string, to: string) {
	for (const { properties: p } of features) {
		if (p.parent === from) p.parent = to;
		for (const link of p.links) if (link.to === from) link.to = to;
	}
}

/** The offset `zone` had at the instant `iso` names, as `Intl` itself gives it: `+01:00`. */
function zoneOffset(iso: string, zone: string): string {
	const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
	return format.format(Date.parse(iso)).split('GMT')[1] || '+00:00';
}

describe('validateAtlas on a generated 10,000-event file', () => {
	it('accepts the seeded synthetic dataset and keeps every event', () => {
		const result = validateAtlas(clean);
		expect(result.ok ? [] : result.errors).toEqual([]);
		expect(result.ok && result.data.events.length).toBe(SIZE);
	});

	it('reports exactly the injected faults, in file order, with references last', () => {
		const input = structuredClone(clean);
		const features = featuresOf(input);
		const at = (index: number) => features[index] as Feature;
		const label = (index: number) => `${at(index).id} (#${index})`;

		// #17: a quote no longer verbatim.
		const quote17 = at(17).properties.quotes[0]!;
		quote17.text = `Allegedly, ${quote17.text}`;
		// #2000: the id of #1999; what pointed at #2000 follows it, so nothing else dangles.
		const lostId = at(2000).id;
		at(2000).id = at(1999).id;
		retarget(features, lostId, at(1999).id);
		// #3000: an offset three hours off the zone's (an earlier instant, so no end-before-start).
		const p3000 = at(3000).properties;
		p3000.start = p3000.start.replace(/[+-]\d{2}:\d{2}$/, '+05:00');
		// #5000: a quote citing a source sources.json does not list.
		at(5000).properties.quotes[0]!.source = 'no_such_source';
		// #9999: a link to an event that does not exist.
		const danglingLink = at(9999).properties.links.length;
		at(9999).properties.links.push({ to: 'no-such-event', relation: 'related' });

		const result = validateAtlas(input);
		expect(result.ok).toBe(false);
		const errors = result.ok ? [] : result.errors;
		const file = input.eventsFile;
		expect(
			errors.map(({ file, item, field, expected }) => ({ file, item, field, expected }))
		).toEqual([
			{
				file,
				item: label(17),
				field: 'properties.quotes.0.text',
				expected: `a verbatim excerpt of ${quote17.source}`
			},
			{
				file,
				item: label(2000),
				field: 'id',
				expected: `an id not already used by ${label(1999)}`
			},
			{
				file,
				item: label(3000),
				field: 'properties.start',
				expected: `the offset ${zoneOffset(p3000.start, p3000.timeZone)} that ${p3000.timeZone} had then`
			},
			{
				file,
				item: label(5000),
				field: 'properties.quotes.0.source',
				expected: 'a source id listed in sources.json'
			},
			{
				file,
				item: label(9999),
				field: `properties.links.${danglingLink}.to`,
				expected: 'the id of another event in this file'
			}
		]);
	});
});
