import type { AtlasMap } from './maplibre-surface';
import { EVENT_POINT_LAYERS } from './layers';

/** Half the side, in CSS pixels, of the box a click tests: a fingertip's slack. */
export const HIT_SLOP = 6;

/**
 * The ids of the events whose dots a click at `point` would hit, topmost first, each once. The
 * chooser lists exactly these, and the hover label counts them, so the two always agree.
 */
export function queryEventIdsAt(map: AtlasMap, { x, y }: { x: number; y: number }): string[] {
	const hits = map.queryRenderedFeatures(
		[
			[x - HIT_SLOP, y - HIT_SLOP],
			[x + HIT_SLOP, y + HIT_SLOP]
		],
		{ layers: EVENT_POINT_LAYERS }
	);
	const ids = hits.map((f) => f.properties?.id).filter((id) => typeof id === 'string');
	return [...new Set(ids)];
}
