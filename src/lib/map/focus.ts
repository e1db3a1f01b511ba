import type { FeatureCollection, Point } from 'geojson';
import type { AtlasEvent } from '$lib/domain/data/schema';
import type { LinkLineGeometry } from '$lib/domain/geo/links';
import type { LinkFeatureProperties } from './features';

/**
 * The few features that follow the reader rather than the clock: the rings of the selected and
 * the hovered event, and the links of the selected event. They live in small sources of their
 * own, replaced with `setData` when the selection or the hover changes, so that neither change
 * makes MapLibre lay out the big event, halo and route sources again (a layer that reads a
 * global-state property in its filter or data-driven paint reloads its whole source).
 */

/** Which ring a focus feature draws. */
export type FocusRole = 'selected' | 'hovered';

export interface FocusProperties {
	id: string;
	role: FocusRole;
	/** For the selected event's own dot, drawn again above all others. */
	category: AtlasEvent['category'];
	startMs: number;
	endMs: number;
}

type FocusEvent = Pick<AtlasEvent, 'id' | 'coordinates' | 'startMs' | 'endMs' | 'category'>;

/**
 * The rings to draw: one per role that has an event; the same event may carry both. Give each
 * event at the coordinates its dot is drawn at (see `spreadCoincidentEvents`), so a ring sits on
 * its own dot and not on a neighbour's.
 */
export function buildFocusFeatures(
	focus: Partial<Record<FocusRole, FocusEvent>>
): FeatureCollection<Point, FocusProperties> {
	const roles = Object.entries(focus) as [FocusRole, FocusEvent | undefined][];
	return {
		type: 'FeatureCollection',
		features: roles.flatMap(([role, event]) =>
			event
				? [
						{
							type: 'Feature' as const,
							geometry: { type: 'Point' as const, coordinates: event.coordinates },
							properties: {
								id: event.id,
								role,
								category: event.category,
								startMs: event.startMs,
								endMs: event.endMs
							}
						}
					]
				: []
		)
	};
}

/** A link line of the selected event, with the interval of the event at its other end. */
export interface SelectedLinkProperties extends LinkFeatureProperties {
	otherStartMs: number;
	otherEndMs: number;
}

export type LinkLines = FeatureCollection<LinkLineGeometry, LinkFeatureProperties>;
export type SelectedLinks = FeatureCollection<LinkLineGeometry, SelectedLinkProperties>;

/** Every link indexed by both of its ends, so the selected event's links are one lookup. */
export function indexLinkLines(lines: LinkLines): (eventId: string | null) => SelectedLinks {
	const byEvent = new Map<string, LinkLines['features']>();
	for (const line of lines.features) {
		for (const end of [line.properties.from, line.properties.to]) {
			const list = byEvent.get(end);
			if (list) list.push(line);
			else byEvent.set(end, [line]);
		}
	}
	return (eventId) => ({
		type: 'FeatureCollection',
		features: (eventId === null ? [] : (byEvent.get(eventId) ?? [])).map((line) => {
			const { from, fromStartMs, fromEndMs, toStartMs, toEndMs } = line.properties;
			const otherIsTo = from === eventId;
			return {
				...line,
				properties: {
					...line.properties,
					otherStartMs: otherIsTo ? toStartMs : fromStartMs,
					otherEndMs: otherIsTo ? toEndMs : fromEndMs
				}
			};
		})
	});
}

/** An empty collection, for a focus source before anything is selected or hovered. */
export const NO_FEATURES: FeatureCollection = { type: 'FeatureCollection', features: [] };
