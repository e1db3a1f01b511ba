import type { BBox } from 'geojson';

/**
 * The poster's picture: the same framing the live map starts with (`buildInitialCamera`: every
 * event fitted with 48 px of room, never closer than zoom 12), in Web Mercator, so the still
 * image and the map that replaces it show the same place at the same scale.
 */
export interface PosterFrame {
	width: number;
	height: number;
	/** MapLibre's zoom for the same scale (512 px tiles). */
	zoom: number;
	/** Pixel position of `[lon, lat]` in the image, y down. Points outside the frame fall outside. */
	project: (position: readonly number[]) => [x: number, y: number];
}

/**
 * The poster's size in pixels: the 1.91:1 image that Open Graph and oEmbed previews expect.
 * Link previews and the oEmbed thumbnail refer to `/poster.png` at this size.
 */
export const POSTER_SIZE = { width: 1200, height: 630 } as const;

/** MapLibre's tile size: the world is `512 × 2^zoom` pixels wide. */
const TILE_PX = 512;
/** Web Mercator is cut at about ±85.05°, where the square world ends. */
const MAX_LATITUDE = 85.051129;

/**
 * Web Mercator as a fraction of the world: x from 0 (180°W) to 1 (180°E), y from 0 (the north
 * edge) to 1 (the south edge). The formula MapLibre's `MercatorCoordinate` uses.
 */
export function toMercator([lon, lat]: readonly number[]): [x: number, y: number] {
	const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat as number));
	const x = ((lon as number) + 180) / 360;
	const y =
		(180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (clamped * Math.PI) / 360))) / 360;
	return [x, y];
}

export interface FrameOptions {
	width: number;
	height: number;
	/** Room, in pixels, kept between the events and the image's edges. */
	padding: number;
	/** The closest zoom: a single event, or a tight cluster, is not shown at street scale. */
	maxZoom: number;
}

/**
 * Fits `bbox` (`[west, south, east, north]` degrees, as `computeEventsBbox` gives it) into the
 * image: centred, as large as the padding and `maxZoom` allow. Without events (null), the whole
 * world at zoom 0, centred, as the live map shows it.
 */
export function fitPosterFrame(bbox: BBox | null, options: FrameOptions): PosterFrame {
	const { width, height, padding, maxZoom } = options;
	const [west, south, east, north] = bbox ?? [-180, -MAX_LATITUDE, 180, MAX_LATITUDE];
	const [x0, y0] = toMercator([west, north]);
	const [x1, y1] = toMercator([east, south]);
	const spanX = Math.max(x1 - x0, Number.EPSILON);
	const spanY = Math.max(y1 - y0, Number.EPSILON);
	const fit = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
	const scale = bbox ? Math.min(fit, TILE_PX * 2 ** maxZoom) : TILE_PX;
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	return {
		width,
		height,
		zoom: Math.log2(scale / TILE_PX),
		project(position) {
			const [x, y] = toMercator(position);
			return [width / 2 + (x - cx) * scale, height / 2 + (y - cy) * scale];
		}
	};
}
