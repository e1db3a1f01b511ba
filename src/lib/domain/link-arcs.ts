import type { AtlasEvent } from './data/schema';
import type { LinkEntry } from './link-list';
import { compareEvents } from './time/timeline';

/** An event on the arc diagram's time line. */
export interface ArcNode {
	event: AtlasEvent;
	x: number;
}

/** One link as an arc between its two events' nodes. */
export interface Arc {
	entry: LinkEntry;
	/** SVG path data: a half ellipse above the baseline. */
	d: string;
}

export interface ArcLayout {
	nodes: ArcNode[];
	arcs: Arc[];
	width: number;
	height: number;
	baseline: number;
}

/** Room between neighbouring events on the line, in SVG units. */
const NODE_SPACING = 14;
/** Margin at either end of the line. */
const MARGIN = 10;
/** The highest an arc rises above the line: long arcs flatten rather than grow the picture. */
const MAX_RISE = 90;

/**
 * An arc diagram of links: every linked event once, in reading order (by start) along one line,
 * and each link a half ellipse between its two events, rising with the distance between them in
 * the order (capped at `MAX_RISE`). Distances on the line are ranks, not durations, so a busy
 * night and a quiet year take room by how many events they hold.
 */
export function layoutArcs(entries: readonly LinkEntry[]): ArcLayout {
	const events = new Map<string, AtlasEvent>();
	for (const { from, to } of entries) {
		events.set(from.id, from);
		events.set(to.id, to);
	}
	const nodes = [...events.values()]
		.sort(compareEvents)
		.map((event, i) => ({ event, x: MARGIN + i * NODE_SPACING }));
	const xOf = new Map(nodes.map((n) => [n.event.id, n.x]));
	const rise = Math.min(
		MAX_RISE,
		Math.max(0, ...entries.map((e) => Math.abs(xOf.get(e.to.id)! - xOf.get(e.from.id)!) / 2))
	);
	const baseline = rise + 6;
	const arcs = entries.map((entry) => {
		const [a, b] = [xOf.get(entry.from.id)!, xOf.get(entry.to.id)!].sort((p, q) => p - q) as [
			number,
			number
		];
		const rx = (b - a) / 2;
		const ry = Math.min(rx, MAX_RISE);
		return { entry, d: `M ${a} ${baseline} A ${rx} ${ry} 0 0 1 ${b} ${baseline}` };
	});
	const width = Math.max(2 * MARGIN, MARGIN * 2 + (nodes.length - 1) * NODE_SPACING);
	return { nodes, arcs, width, height: baseline + 8, baseline };
}
