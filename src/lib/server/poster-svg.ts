import type { FeatureCollection, Geometry, Position } from 'geojson';
import { CATEGORY_COLOUR, EVENT_INK } from '$lib/domain/palette';
import type { PosterFrame } from '$lib/domain/poster-frame';
import type { AtlasMapData } from '$lib/map/features';
import { COLOURS } from '$lib/map/style';

/** A basemap feature as `npm run basemap` writes it: `layer` says what it is (see style.ts). */
export type PosterBasemap = FeatureCollection<Geometry, { layer: string; name?: string }>;

export interface PosterInput {
	frame: PosterFrame;
	basemap: PosterBasemap;
	/** Basemap names of the countries to tint, as on the map: those where events happened. */
	tintedCountries: readonly string[];
	/** The map's own sources (`buildMapData`): drawn as the live map draws them, all shown. */
	data: Pick<AtlasMapData, 'events' | 'halos' | 'routes'>;
}

/** A paint width that grows with zoom as the map style's `byZoom(low, high)` does (zoom 4 to 12). */
function byZoom(zoom: number, low: number, high: number): number {
	const t = Math.max(0, Math.min(1, (zoom - 4) / 8));
	return low + (high - low) * t;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** One SVG subpath per line or ring, in image pixels, without repeated points after rounding. */
function toPath(frame: PosterFrame, lines: Position[][], close: boolean): string {
	return lines
		.map((line) => {
			const points: string[] = [];
			for (const position of line) {
				const [x, y] = frame.project(position);
				const point = `${round(x)} ${round(y)}`;
				if (points.at(-1) !== point) points.push(point);
			}
			return points.length < 2 ? '' : `M${points.join('L')}${close ? 'Z' : ''}`;
		})
		.join('');
}

/** The lines or rings of any (multi) line or polygon geometry; points have none. */
function linesOf(geometry: Geometry): Position[][] {
	switch (geometry.type) {
		case 'LineString':
			return [geometry.coordinates];
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates;
		case 'MultiPolygon':
			return geometry.coordinates.flat();
		case 'GeometryCollection':
			return geometry.geometries.flatMap(linesOf);
		default:
			return [];
	}
}

function colourOf(category: string): string {
	return CATEGORY_COLOUR[category as keyof typeof CATEGORY_COLOUR] ?? CATEGORY_COLOUR.background;
}

/** The basemap, bottom to top as the style orders it: land, tinted countries, lakes, lines. */
function drawBasemap({ frame, basemap, tintedCountries }: PosterInput): string[] {
	const tinted = new Set(tintedCountries);
	const path = (keep: (p: { layer: string; name?: string }) => boolean, close: boolean) =>
		toPath(
			frame,
			basemap.features.filter((f) => keep(f.properties)).flatMap((f) => linesOf(f.geometry)),
			close
		);
	const z = frame.zoom;
	const border = byZoom(z, 0.8, 2);
	return [
		`<path fill="${COLOURS.land}" d="${path((p) => p.layer === 'land', true)}"/>`,
		`<path fill="${COLOURS.tinted}" d="${path((p) => p.layer === 'country' && tinted.has(p.name ?? ''), true)}"/>`,
		`<path fill="${COLOURS.sea}" d="${path((p) => p.layer === 'lake', true)}"/>`,
		`<path fill="none" stroke="${COLOURS.river}" stroke-width="${round(byZoom(z, 0.6, 2))}" d="${path((p) => p.layer === 'river', false)}"/>`,
		`<path fill="none" stroke="${COLOURS.coast}" stroke-width="${round(byZoom(z, 0.6, 1.2))}" d="${path((p) => p.layer === 'coastline', false)}"/>`,
		`<path fill="none" stroke="${COLOURS.border}" stroke-width="${round(border)}" stroke-linejoin="round" stroke-dasharray="${round(3 * border)} ${round(2 * border)}" d="${path((p) => p.layer === 'border', false)}"/>`
	];
}

/**
 * The events as `buildAtlasLayers` paints them with everything shown: halos (only from the zoom
 * at which they reach beyond their circle), dotted routes, then the points, the latest on top.
 */
function drawEvents({ frame, data }: PosterInput): string[] {
	const z = frame.zoom;
	const halos = data.halos.features
		.filter((f) => f.properties.minZoom <= z)
		.map((f) => {
			const colour = colourOf(f.properties.category);
			return `<path fill="${colour}" fill-opacity="0.12" stroke="${colour}" stroke-opacity="0.8" stroke-width="1.2" stroke-dasharray="2.4 2.4" d="${toPath(frame, linesOf(f.geometry), true)}"/>`;
		});
	const routes = data.routes.features.map(
		(f) =>
			`<path fill="none" stroke="${colourOf(f.properties.category)}" stroke-opacity="0.9" stroke-width="3" stroke-linecap="round" stroke-linejoin="round" stroke-dasharray="1.5 6" d="${toPath(frame, linesOf(f.geometry), false)}"/>`
	);
	// The live map's circle radius: 5 px at zoom 5, 8 px at zoom 12.
	const radius = round(5 + 3 * Math.max(0, Math.min(1, (z - 5) / 7)));
	const points = data.events.features.map((f) => {
		const [x, y] = frame.project(f.geometry.coordinates);
		return `<circle cx="${round(x)}" cy="${round(y)}" r="${radius}" fill="${colourOf(f.properties.category)}"/>`;
	});
	return [
		...halos,
		...routes,
		`<g stroke="${EVENT_INK.light}" stroke-width="1.2">${points.join('')}</g>`
	];
}

/**
 * The poster as an SVG document: the live map's first picture (basemap, tinted countries,
 * events), without labels, since the renderer has no font the site ships. Pure: the same input
 * gives the same text.
 */
export function buildPosterSvg(input: PosterInput): string {
	const { width, height } = input.frame;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="${width}" height="${height}" fill="${COLOURS.sea}"/>`,
		`<g fill-rule="evenodd">`,
		...drawBasemap(input),
		...drawEvents(input),
		`</g></svg>`
	].join('\n');
}
