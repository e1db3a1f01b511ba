import type { LocationPrecision } from '../data/vocabulary';

// Plain numbers, apart from halo.ts and its Turf geometry, so the legend can show the radii
// without the page downloading Turf.

/**
 * Ground radius, in metres, of the area a point at each precision stands for. An address is
 * exact (no halo); coarser precisions get a halo of roughly a street's length, a district, a
 * city and a region, so a district-level point never reads as a doorstep.
 */
export const PRECISION_RADIUS_M: Record<LocationPrecision, number> = {
	address: 0,
	street: 150,
	district: 1_000,
	city: 4_000,
	region: 25_000
};

/** Web Mercator's ground size of one CSS pixel at the equator at zoom 0 (512-pixel tiles), m. */
const METRES_PER_PIXEL_Z0 = 40_075_016.686 / 512;

/**
 * The lowest whole zoom at which a halo of `radiusM` metres at latitude `lat` is at least
 * `pixels` CSS pixels across in radius (Web Mercator: a pixel covers
 * `METRES_PER_PIXEL_Z0 · cos(lat) / 2^zoom` metres). Below it the halo would lie under its
 * event's circle, so the map skips it. Whole zooms, because MapLibre evaluates a filter's
 * `zoom` at the tile's whole zoom; rounding down shows a halo early rather than late.
 */
export function haloMinZoom(radiusM: number, lat: number, pixels: number): number {
	const cos = Math.cos((lat * Math.PI) / 180);
	const zoom = Math.log2((pixels * METRES_PER_PIXEL_Z0 * cos) / radiusM);
	return Math.max(0, Math.floor(zoom));
}
