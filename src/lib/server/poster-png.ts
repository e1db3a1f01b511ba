import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { AtlasEvent } from '$lib/domain/data/schema';
import { BASEMAP_FILE } from '$lib/domain/geo/basemap-files';
import { computeEventsBbox } from '$lib/domain/geo/bbox';
import { fitPosterFrame, POSTER_SIZE } from '$lib/domain/poster-frame';
import { buildMapData } from '$lib/map/features';
import { loadBuiltDataset } from './dataset';
import { buildPosterSvg, type PosterBasemap } from './poster-svg';
import { HOME_LIST_LIMIT } from './static-list';

/**
 * The most bytes the poster may weigh: it is the preview every link to the atlas unfurls with
 * and the first thing an embed in poster mode shows, so a heavier image is a slower page.
 */
export const POSTER_MAX_BYTES = 300 * 1024;

/**
 * The budget, or the one `ATLAS_POSTER_MAX_KB` names: tens of thousands of dots make a busier,
 * heavier picture, and whoever builds such an atlas (the benchmark, with 100,000) can accept that
 * rather than have the build fail.
 */
function readPosterBudget(): number {
	const kb = Number(process.env.ATLAS_POSTER_MAX_KB);
	return Number.isFinite(kb) && kb > 0 ? kb * 1024 : POSTER_MAX_BYTES;
}

/**
 * The printed handout's map: 3:2 fits the text width of an A4 or Letter page and leaves room on
 * the first page for the title, the content note and the key.
 */
export const HANDOUT_MAP_SIZE = { width: 1200, height: 800 } as const;

/** The same room and closest zoom as the live map's first camera (see camera.ts). */
const FRAME = { padding: 48, maxZoom: 12 };

/** Where `npm run basemap` writes the basemap, relative to the project root (the build's cwd). */
const BASEMAP_PATH = `static/${BASEMAP_FILE}`;

function readBasemap(): PosterBasemap {
	try {
		return JSON.parse(readFileSync(resolve(BASEMAP_PATH), 'utf8')) as PosterBasemap;
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(`poster: cannot read ${BASEMAP_PATH} (${reason}); run npm run basemap first`);
	}
}

/** Renders an SVG to PNG and refuses a result over `maxBytes`, so the build fails loudly. */
export function renderPng(svg: string, maxBytes = POSTER_MAX_BYTES): Uint8Array {
	const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
	if (png.byteLength > maxBytes) {
		throw new Error(
			`poster: the image is ${Math.round(png.byteLength / 1024)} KB, over its ${Math.round(maxBytes / 1024)} KB budget`
		);
	}
	return png;
}

/**
 * The poster's picture as SVG at any size, from the built dataset and basemap: the given events
 * (all of them by default), framed as the live map frames them at first. The PNG poster
 * rasterises it; the printed handout prints it as it is, sharp at any printer's resolution, and
 * a story's handout can pass the story's events.
 */
export function buildPosterSvgDocument(
	size: { width: number; height: number },
	events?: readonly AtlasEvent[]
): string {
	const { index, mapBasics, mapData } = loadBuiltDataset();
	const shown = events ?? index.events;
	return buildPosterSvg({
		frame: fitPosterFrame(events ? computeEventsBbox(shown) : mapBasics.bbox, {
			...size,
			...FRAME
		}),
		basemap: readBasemap(),
		tintedCountries: mapBasics.countries,
		// The whole atlas's sources are built once per build, with the data files.
		data: events ? buildMapData(shown) : mapData
	});
}

let poster: Uint8Array | undefined;

/**
 * The atlas's poster, `POSTER_SIZE` pixels, rendered once per build: what the live map first
 * shows, as a still image for link previews and for embeds that have not started their map.
 */
export function buildPosterPng(): Uint8Array {
	if (poster) return poster;
	poster = renderPng(buildPosterSvgDocument(POSTER_SIZE), readPosterBudget());
	return poster;
}

/**
 * The most events the handout's map (`/print/map.svg`) draws as vector shapes, one per dot: the
 * home page's list limit. Beyond it the file would grow with the atlas (18 MB at 100,000
 * events) and print slowly, so it holds the same picture as one PNG image instead, at the map's
 * size: as heavy as the poster, whatever the number of events.
 */
export const HANDOUT_MAP_VECTOR_LIMIT = HOME_LIST_LIMIT;

/** An SVG document that shows `png` at `size`: the same file type, so every link to it holds. */
export function svgOfPng(png: Uint8Array, size: { width: number; height: number }): string {
	const { width, height } = size;
	const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><image href="${href}" width="${width}" height="${height}"/></svg>`;
}

/** The whole atlas's handout map: vector up to `HANDOUT_MAP_VECTOR_LIMIT` events, else a picture. */
export function buildHandoutMapSvg(): string {
	const svg = buildPosterSvgDocument(HANDOUT_MAP_SIZE);
	if (loadBuiltDataset().index.events.length <= HANDOUT_MAP_VECTOR_LIMIT) return svg;
	return svgOfPng(renderPng(svg, readPosterBudget()), HANDOUT_MAP_SIZE);
}
