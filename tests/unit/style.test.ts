import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { BackgroundLayerSpecification, FillLayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLOUR, EVENT_INK, type Theme } from '../../src/lib/domain/palette';
import { buildAtlasLayers } from '../../src/lib/map/layers';
import { BASEMAP_COLOURS, buildEmbeddedStyle } from '../../src/lib/map/style';

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
	const channels = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
	const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
function contrast(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (high! + 0.05) / (low! + 0.05);
}

function buildStyle(theme?: Theme) {
	return buildEmbeddedStyle({
		basemapUrl: 'https://atlas.example/basemap/western-europe.geojson',
		tintedCountries: ['Belgium'],
		places: { type: 'FeatureCollection', features: [] },
		theme
	});
}

function paintOf(theme: Theme | undefined, id: string): Record<string, unknown> {
	const layer = buildStyle(theme).layers.find((l) => l.id === id) as
		BackgroundLayerSpecification | FillLayerSpecification;
	return layer.paint as Record<string, unknown>;
}

describe('the embedded basemap per theme', () => {
	it('keeps the light map as it was, and light by default', () => {
		expect(paintOf(undefined, 'sea')['background-color']).toBe('#d5e4ec');
		expect(paintOf(undefined, 'land')['fill-color']).toBe('#f3f1ec');
		expect(buildStyle()).toEqual(buildStyle('light'));
	});

	it('draws a dark, quiet ground for theme=dark: dark sea and land, close to each other', () => {
		const sea = paintOf('dark', 'sea')['background-color'] as string;
		const land = paintOf('dark', 'land')['fill-color'] as string;
		const tinted = paintOf('dark', 'country-tint')['fill-color'] as string;
		for (const ground of [sea, land, tinted]) expect(luminance(ground), ground).toBeLessThan(0.03);
		expect(contrast(land, sea)).toBeLessThan(1.5);
		expect(contrast(tinted, land)).toBeLessThan(1.5);
	});

	it('passes the style spec validator in the dark theme too', () => {
		expect(validateStyleMin(buildStyle('dark')).map((e) => e.message)).toEqual([]);
	});

	it('labels places legibly on the dark map: light text on a dark halo', () => {
		const paint = buildStyle('dark').layers.find((l) => l.id === 'place-label')!.paint as Record<
			string,
			string
		>;
		expect(contrast(paint['text-color']!, paint['text-halo-color']!)).toBeGreaterThanOrEqual(7);
		expect(luminance(paint['text-color']!)).toBeGreaterThan(luminance(paint['text-halo-color']!));
	});
});

describe('the events against each theme’s ground', () => {
	for (const theme of ['light', 'dark'] as const) {
		it(`outlines every dot and ring in a colour at least 3:1 against the ${theme} ground`, () => {
			const { sea, land, tinted } = BASEMAP_COLOURS[theme];
			for (const ground of [sea, land, tinted]) {
				expect(contrast(EVENT_INK[theme], ground), ground).toBeGreaterThanOrEqual(3);
			}
		});
	}

	it('draws outlines, rings and links in the theme’s ink (near black on the light map)', () => {
		const strokes = (theme?: Theme) =>
			buildAtlasLayers(1, theme)
				.filter((l) =>
					[
						'atlas-event-points',
						'atlas-event-points-faded',
						'atlas-event-selected',
						'atlas-links'
					].includes(l.id)
				)
				.map((l) => {
					const paint = (l as { paint: Record<string, unknown> }).paint;
					return paint['circle-stroke-color'] ?? paint['line-color'];
				});
		expect(strokes()).toEqual(Array(4).fill('#1a1a1a'));
		expect(strokes('dark')).toEqual(Array(4).fill(EVENT_INK.dark));
	});

	it('keeps every category colour at least 3:1 against the dark ground', () => {
		const { sea, land, tinted } = BASEMAP_COLOURS.dark;
		for (const [category, colour] of Object.entries(CATEGORY_COLOUR)) {
			for (const ground of [sea, land, tinted]) {
				expect(contrast(colour, ground), `${category} on ${ground}`).toBeGreaterThanOrEqual(3);
			}
		}
	});

	it('fills the map’s box, before the map draws, with each theme’s sea (app.css --map-ground)', () => {
		const css = readFileSync('src/app.css', 'utf8');
		const groundIn = (selector: string) => {
			const block = css.slice(css.indexOf(`${selector} {`));
			return /--map-ground:\s*(#[0-9a-f]{6})/i.exec(block.slice(0, block.indexOf('}')))?.[1];
		};
		expect(groundIn(':root')).toBe(BASEMAP_COLOURS.light.sea);
		expect(groundIn(":root[data-theme='dark']")).toBe(BASEMAP_COLOURS.dark.sea);
	});
});
