import type { TimeRange } from './range';
import { ZOOMS, type ZoomLevel } from './time-axis';
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from './units';

/** The speeds the Speed control offers, in data time per real second, slowest first. */
export const SPEED_PRESETS: readonly number[] = [
	MINUTE_MS,
	10 * MINUTE_MS,
	HOUR_MS,
	DAY_MS,
	WEEK_MS,
	30 * DAY_MS
];

/** How long playing across a zoomed axis should take, in real seconds: long enough to follow. */
const CROSSING_SECONDS = 60;

/**
 * The speed that suits a zoom level: the preset that crosses the zoomed axis in closest to a
 * minute (measured as a ratio, so 30 s and 2 min are equally far). A day per second crosses an
 * hour's axis in a twenty-fourth of a second; at that zoom a minute per second is what a reader
 * can follow. The whole period keeps `fallback`, the speed the atlas opens with.
 */
export function speedForZoom(level: ZoomLevel, extent: TimeRange, fallback: number): number {
	const width = Math.min(ZOOMS[level].width, extent.to - extent.from);
	if (level === 'all' || !(width > 0)) return fallback;
	const distance = (speed: number) => Math.abs(Math.log(width / speed / CROSSING_SECONDS));
	return SPEED_PRESETS.reduce((best, s) => (distance(s) < distance(best) ? s : best));
}
