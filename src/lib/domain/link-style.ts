import type { LinkRelation } from './data/vocabulary';

/**
 * How each kind of link is drawn, shared by the map's links layer and the key's swatches so the
 * two cannot drift. Kinds differ in dash pattern and width, not in hue, so they stay apart for
 * every reader (and in print); all are drawn in the page's ink. `dash` is in line widths, as
 * MapLibre's `line-dasharray` and (multiplied by the width) SVG's `stroke-dasharray` take it;
 * an empty pattern is a solid line.
 */
export const LINK_STYLE: Record<LinkRelation, { width: number; dash: readonly number[] }> = {
	// A journey someone made: the boldest, solid.
	movement: { width: 3, dash: [] },
	'same-operation': { width: 2.5, dash: [4, 1.5] },
	// Dots: a trace left behind.
	evidence: { width: 3, dash: [0.1, 1.6] },
	'follow-up': { width: 2, dash: [2, 2] },
	// The loosest tie: a thin solid hairline.
	related: { width: 1.2, dash: [] }
};

/** The stroke-dasharray of a key swatch in CSS pixels, or null for a solid line. */
export function swatchDashArray(relation: LinkRelation): string | null {
	const { width, dash } = LINK_STYLE[relation];
	return dash.length === 0 ? null : dash.map((d) => Math.max(d * width, 0.5)).join(' ');
}
