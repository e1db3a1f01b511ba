import type { AtlasEvent } from '../data/schema';

/**
 * Events at the very same coordinates (several steps of one operation given only as "Molenbeek")
 * would be drawn as one dot, and only a click could tell them apart. Each is drawn instead a few
 * metres from the shared spot, on a small ring or spiral around it, with a thin leg back to it:
 * at a city's zoom the offsets are a fraction of a pixel, so the group still reads as one place
 * (with its count, see the map's stacks); zoomed in to streets, the dots come apart. The offsets
 * are fixed on the ground, so the spread grows with the zoom by itself, with no work per frame.
 */

/** The zoom at which spread dots stand `SPREAD_PX` apart, centre to centre. */
export const SPREAD_ZOOM = 15;
/** Centre-to-centre gap at `SPREAD_ZOOM`, CSS pixels: two dots of radius 8 and a sliver between. */
export const SPREAD_PX = 20;
/** A ring holds up to this many dots; more go on a spiral, which packs them evenly. */
const RING_MAX = 8;
/** Metres per degree of latitude (and of longitude at the equator), on a spherical Earth. */
const METRES_PER_DEGREE = 111_320;
/** The golden angle, radians: consecutive spiral dots never line up. */
/** Spiral radius per square root of the rank, in gaps (checked in the unit tests). */
const SPIRAL_FACTOR = 0.7;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Ground metres per CSS pixel at a latitude and zoom (MapLibre's 512-pixel tiles). */
export function metresPerPixel(lat: number, zoom: number): number {
	return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/**
 * Offsets in multiples of the gap, for `count` dots: a ring where neighbours are one gap apart,
 * starting north and going clockwise, or a Vogel spiral for more than fit a ring comfortably.
 */
export function spreadOffsets(count: number): [dx: number, dy: number][] {
	if (count < 2) return count === 1 ? [[0, 0]] : [];
	if (count <= RING_MAX) {
		const radius = 1 / (2 * Math.sin(Math.PI / count));
		return Array.from({ length: count }, (_, i) => {
			const angle = (2 * Math.PI * i) / count;
			return [radius * Math.sin(angle), radius * Math.cos(angle)];
		});
	}
	// r = c·√(k + 1/2): equal area per dot; the factor keeps nearest neighbours at least a gap apart.
	return Array.from({ length: count }, (_, k) => {
		const radius = SPIRAL_FACTOR * Math.sqrt(k + 0.5);
		const angle = k * GOLDEN_ANGLE;
		return [radius * Math.sin(angle), radius * Math.cos(angle)];
	});
}

/**
 * Where each event that shares its coordinates with others is drawn, by id. Events alone at their
 * spot are not in the map (they are drawn where they are). Members are placed in the order given,
 * so the same data always spreads the same way.
 */
export function spreadCoincidentEvents(
	events: readonly Pick<AtlasEvent, 'id' | 'coordinates'>[]
): Map<string, [number, number]> {
	const spots = new Map<string, Pick<AtlasEvent, 'id' | 'coordinates'>[]>();
	for (const event of events) {
		const key = event.coordinates.join();
		const here = spots.get(key);
		if (here) here.push(event);
		else spots.set(key, [event]);
	}
	const spread = new Map<string, [number, number]>();
	for (const members of spots.values()) {
		if (members.length < 2) continue;
		const [lon, lat] = members[0]!.coordinates;
		const gap = SPREAD_PX * metresPerPixel(lat, SPREAD_ZOOM);
		const latScale = gap / METRES_PER_DEGREE;
		const lonScale = gap / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180));
		spreadOffsets(members.length).forEach(([dx, dy], i) => {
			spread.set(members[i]!.id, [lon + dx * lonScale, lat + dy * latScale]);
		});
	}
	return spread;
}
