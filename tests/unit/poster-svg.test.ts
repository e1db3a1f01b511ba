import { describe, expect, it } from 'vitest';
import { computeEventsBbox } from '../../src/lib/domain/geo/bbox';
import { validateAtlas } from '../../src/lib/domain/data/validate';
import { CATEGORY_COLOUR } from '../../src/lib/domain/palette';
import { fitPosterFrame, POSTER_SIZE } from '../../src/lib/domain/poster-frame';
import { buildMapData } from '../../src/lib/map/features';
import { readAtlasInput } from '../../src/lib/server/geodata';
import { renderPng } from '../../src/lib/server/poster-png';
import { buildPosterSvg, type PosterBasemap } from '../../src/lib/server/poster-svg';
import { COLOURS } from '../../src/lib/map/style';

const result = validateAtlas(readAtlasInput('.'));
if (!result.ok) throw new Error('geodata/ is invalid');
const events = result.data.events;
const frame = fitPosterFrame(computeEventsBbox(events), {
	...POSTER_SIZE,
	padding: 48,
	maxZoom: 12
});
/** A square of land around the events, and a country with a name, enough to see what is drawn. */
const basemap: PosterBasemap = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { layer: 'land' },
			geometry: {
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[-10, 40],
							[20, 40],
							[20, 60],
							[-10, 60],
							[-10, 40]
						]
					]
				]
			}
		},
		{
			type: 'Feature',
			properties: { layer: 'country', name: 'Ruritania' },
			geometry: {
				type: 'MultiPolygon',
				coordinates: [
					[
						[
							[0, 45],
							[5, 45],
							[5, 50],
							[0, 45]
						]
					]
				]
			}
		}
	]
};
const svg = buildPosterSvg({
	frame,
	basemap,
	tintedCountries: ['Ruritania'],
	data: buildMapData(events)
});

function circles(text: string): { x: number; y: number; fill: string }[] {
	return [...text.matchAll(/<circle cx="([^"]+)" cy="([^"]+)" r="[^"]+" fill="([^"]+)"/g)].map(
		(m) => ({ x: Number(m[1]), y: Number(m[2]), fill: m[3]! })
	);
}

describe('buildPosterSvg', () => {
	it('draws one circle per event, every one inside the image', () => {
		const drawn = circles(svg);
		expect(drawn).toHaveLength(events.length);
		for (const { x, y } of drawn) {
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(POSTER_SIZE.width);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(POSTER_SIZE.height);
		}
	});

	it('colours each event by its category, as the legend does', () => {
		const colours = circles(svg).map((c) => c.fill);
		const byStart = [...events].sort((a, b) => a.startMs - b.startMs);
		expect(colours).toEqual(byStart.map((e) => CATEGORY_COLOUR[e.category]));
	});

	it('draws the sea, the land and only the countries it is asked to tint, in the map’s colours', () => {
		expect(svg).toContain(`fill="${COLOURS.sea}"`);
		expect(svg).toMatch(new RegExp(`fill="${COLOURS.land}" d="M[^"]+Z"`));
		expect(svg).toMatch(new RegExp(`fill="${COLOURS.tinted}" d="M[^"]+Z"`));
		const untinted = buildPosterSvg({
			frame,
			basemap,
			tintedCountries: [],
			data: buildMapData(events)
		});
		expect(untinted).toContain(`fill="${COLOURS.tinted}" d=""`);
	});

	it('is a document of the poster’s size that renders to a PNG of that size', () => {
		expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
		const png = renderPng(svg);
		const header = Buffer.from(png);
		expect(header.subarray(1, 4).toString('ascii')).toBe('PNG');
		expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([1200, 630]);
	});

	it('refuses a PNG over its byte budget, so the build fails instead of shipping it', () => {
		expect(() => renderPng(svg, 10 * 1024)).toThrow(/over its 10 KB budget/);
	});
});
