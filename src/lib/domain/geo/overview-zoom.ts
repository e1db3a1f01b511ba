/**
 * Beyond these counts, the map draws a layer only from a region's zoom: at a country's scale
 * thousands of translucent areas or lines pile into one wash or one grey tangle that says
 * nothing, and each slider step would lay all of them out and paint them again (at 10,000
 * synthetic events, 6,500 links cost more per step than the 10,000 dots, and halos a sixth of a
 * step). The 40-event atlas is not affected. Kept here, apart from the map's code, so the map
 * key can say so without loading the map.
 */

/** Beyond this many halos, halos are drawn only from `HALO_OVERVIEW_ZOOM`. */
export const HALO_OVERVIEW_MAX = 1000;
/** A region's scale, where a city's halo stands apart from its neighbours'. */
export const HALO_OVERVIEW_ZOOM = 7;

/**
 * Beyond this many links, every link of the view is drawn only from `LINK_OVERVIEW_ZOOM`; the
 * selected event's links are drawn at every zoom.
 */
export const LINK_OVERVIEW_MAX_LINES = 1000;
/** A region's scale, where the links of a few cities can be told apart. */
export const LINK_OVERVIEW_ZOOM = 8;

/** The lowest zoom at which any halo is drawn, for a halos file of `halos` features. */
export function haloOverviewMinZoom(halos: number): number {
	return halos > HALO_OVERVIEW_MAX ? HALO_OVERVIEW_ZOOM : 0;
}

/** The lowest zoom at which every link of the view is drawn, for a links file of `lines`. */
export function linkOverviewMinZoom(lines: number): number {
	return lines > LINK_OVERVIEW_MAX_LINES ? LINK_OVERVIEW_ZOOM : 0;
}

/**
 * What the map key tells a reader of a large atlas about what the map leaves out when zoomed
 * out, or null when it leaves nothing out.
 */
export function describeOverviewZooms(counts: { halos: number; linkLines: number }): string | null {
	const gated = [
		...(haloOverviewMinZoom(counts.halos) > 0 ? ['the shaded areas around dots'] : []),
		...(linkOverviewMinZoom(counts.linkLines) > 0 ? ['the links between events'] : [])
	];
	if (gated.length === 0) return null;
	return `This atlas has so many events that ${gated.join(' and ')} appear only once you zoom in to a region; the selected event’s links are always drawn.`;
}
