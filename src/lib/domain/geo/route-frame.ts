import type { AtlasEvent } from '../data/schema';

/**
 * The points a camera must frame to show an event whole: its point, and for a movement with a
 * route every position along the route too, since the route may bulge well beyond the straight
 * line between its ends (a drive out and back).
 */
export function framePoints(
	event: Pick<AtlasEvent, 'coordinates' | 'route'>
): { coordinates: [number, number] }[] {
	return [event.coordinates, ...(event.route ?? [])].map((coordinates) => ({ coordinates }));
}
