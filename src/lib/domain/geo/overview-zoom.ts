/**
 * Beyond a thousand of them, the map draws halos, links and routes only from a region's zoom: at
 * a country's scale thousands of translucent areas or lines pile into one wash or one grey
 * tangle that says nothing, and each slider step would lay all of them out and paint them again
 * (at 10,000 synthetic events, 6,500 links cost more per step than the 10,000 dots, and halos a
 * sixth of a step; at 100,000, the 2,333 routes a fifth). The 40-event atlas is not affected.
 * Kept here, apart from the map's code, so the map key can say so without loading the map.
 */

/** How many of each the map's files hold; a count not known is taken as 0. */
export interface OverviewCounts {
	halos?: number;
	linkLines?: number;
	routes?: number;
}

/** What the map draws only from a region's zoom in a large atlas. */
export type OverviewKind = 'halos' | 'links' | 'routes';

/** The lowest zoom each kind is drawn at: 0 for every zoom. */
export type OverviewZooms = Record<OverviewKind, number>;

interface OverviewRule {
	count: keyof OverviewCounts;
	/** Beyond this many, the kind is drawn only from `zoom`. */
	max: number;
	/** A region's scale, where the kind's features of a few cities stand apart. */
	zoom: number;
	/** How the map key names the kind. */
	name: string;
}

const RULES: Record<OverviewKind, OverviewRule> = {
	halos: { count: 'halos', max: 1000, zoom: 7, name: 'the shaded areas around dots' },
	links: { count: 'linkLines', max: 1000, zoom: 8, name: 'the links between events' },
	routes: { count: 'routes', max: 1000, zoom: 7, name: 'the approximate routes' }
};

const KINDS = Object.keys(RULES) as OverviewKind[];

/** The lowest zoom each kind is drawn at, for map files holding `counts` features. */
export function overviewZooms(counts: OverviewCounts): OverviewZooms {
	return Object.fromEntries(
		KINDS.map((kind) => {
			const { count, max, zoom } = RULES[kind];
			return [kind, (counts[count] ?? 0) > max ? zoom : 0];
		})
	) as OverviewZooms;
}

/** No kind held back: what a small atlas, or a layer list built without counts, draws. */
export const EVERY_ZOOM: OverviewZooms = overviewZooms({});

/**
 * What the map key tells a reader of a large atlas about what the map leaves out when zoomed
 * out, or null when it leaves nothing out.
 */
export function describeOverviewZooms(counts: OverviewCounts): string | null {
	const zooms = overviewZooms(counts);
	const gated = KINDS.filter((kind) => zooms[kind] > 0).map((kind) => RULES[kind].name);
	if (gated.length === 0) return null;
	const listed =
		gated.length === 1 ? gated[0] : `${gated.slice(0, -1).join(', ')} and ${gated.at(-1)}`;
	return `This atlas has so many events that ${listed} appear only once you zoom in to a region; the selected event’s links and route are always drawn.`;
}
