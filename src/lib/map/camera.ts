import type { BBox } from 'geojson';
import type { MapOptions } from 'maplibre-gl';
import type { AtlasMap } from './maplibre-surface';
import type { AtlasEvent } from '$lib/domain/data/schema';
import type { LocationPrecision } from '$lib/domain/data/vocabulary';
import type { Camera } from '$lib/domain/view';

/**
 * Zoom the map flies to for an event, by location precision: close enough to tell neighbouring
 * sites apart, yet wide enough that the embedded basemap (which has no streets) still shows
 * the surrounding places; a whole city or region keeps its halo on screen.
 */
export const FOCUS_ZOOM: Record<LocationPrecision, number> = {
	address: 13.5,
	street: 13,
	district: 12,
	city: 10.5,
	region: 8.5
};

/** Length of a flight to an event, in ms: long enough to follow, short enough not to wait for. */
const FLIGHT_MS = 2000;

/** Room, in CSS pixels, kept between the events and the map's edges when fitting them. */
const FIT_PADDING = 48;
/** Fitting a single event (or a tight cluster) must not zoom into a street. */
const FIT_MAX_ZOOM = 12;

/** The starting camera: the one from the URL if any, else the view that fits every event. */
export function buildInitialCamera(
	camera: Camera | null,
	bbox: BBox | null
): Pick<MapOptions, 'center' | 'zoom' | 'bounds' | 'fitBoundsOptions'> {
	if (camera) return { center: [camera.lon, camera.lat], zoom: camera.zoom };
	if (!bbox) return { center: [0, 0], zoom: 1 };
	const [west, south, east, north] = bbox;
	return {
		bounds: [west, south, east, north],
		fitBoundsOptions: { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM }
	};
}

/** Reads the map's camera, unrounded: the URL codec rounds it to what its zoom needs. */
export function readCamera(map: AtlasMap): Camera {
	const { lng, lat } = map.getCenter();
	return { lon: lng, lat, zoom: map.getZoom() };
}

/** Visible area as `[west, south, east, north]` degrees. */
export function readBounds(map: AtlasMap): BBox {
	const bounds = map.getBounds();
	return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
}

/** Whether a point lies in a `[west, south, east, north]` box, edges included. */
export function isInBounds([lon, lat]: readonly [number, number], [w, s, e, n]: BBox): boolean {
	return lon >= w && lon <= e && lat >= s && lat <= n;
}

/**
 * Brings an event into view at the zoom its precision deserves, or moves to a camera: a flight,
 * or a jump for readers who ask for reduced motion.
 */
export function moveCamera(
	map: AtlasMap,
	target: { event: Pick<AtlasEvent, 'coordinates' | 'place'> } | { camera: Camera },
	reducedMotion: boolean
) {
	const camera =
		'event' in target
			? { center: target.event.coordinates, zoom: FOCUS_ZOOM[target.event.place.precision] }
			: {
					center: [target.camera.lon, target.camera.lat] as [number, number],
					zoom: target.camera.zoom
				};
	if (reducedMotion) map.jumpTo(camera);
	else map.flyTo({ ...camera, duration: FLIGHT_MS });
}

/**
 * Frames several events at once (a story step's sites), as the opening view frames them all:
 * a flight, or a jump for readers who ask for reduced motion.
 */
export function fitEvents(
	map: AtlasMap,
	events: readonly Pick<AtlasEvent, 'coordinates'>[],
	reducedMotion: boolean
) {
	const lons = events.map((event) => event.coordinates[0]);
	const lats = events.map((event) => event.coordinates[1]);
	const bounds: [number, number, number, number] = [
		Math.min(...lons),
		Math.min(...lats),
		Math.max(...lons),
		Math.max(...lats)
	];
	const options = { padding: FIT_PADDING, maxZoom: FOCUS_ZOOM.street };
	if (reducedMotion) map.fitBounds(bounds, { ...options, animate: false });
	else map.fitBounds(bounds, { ...options, duration: FLIGHT_MS });
}

/** Length of a zoom step from the map's buttons, in ms: quick, as a button press should be. */
const ZOOM_STEP_MS = 300;

/** Where a zoom step in flight is going: a second press adds to it, not to the zoom mid-way. */
const zoomTargets = new WeakMap<AtlasMap, number>();

/** Zooms in or out by `by` levels about the centre (the map's + and − buttons). */
export function zoomMapBy(map: AtlasMap, by: number, reducedMotion: boolean) {
	const from = zoomTargets.get(map) ?? map.getZoom();
	const zoom = Math.min(map.getMaxZoom(), Math.max(map.getMinZoom(), from + by));
	if (reducedMotion) return map.jumpTo({ zoom });
	// Starting a flight ends the one in flight, whose 'moveend' then forgets its target.
	map.flyTo({ zoom, duration: ZOOM_STEP_MS });
	zoomTargets.set(map, zoom);
	map.once('moveend', () => {
		if (zoomTargets.get(map) === zoom) zoomTargets.delete(map);
	});
}

/**
 * Back to the opening view (the reset button): the box of every event, framed with the same
 * padding and zoom limit as `buildInitialCamera`, facing north.
 */
export function fitBox(map: AtlasMap, bbox: BBox, reducedMotion: boolean) {
	const [west, south, east, north] = bbox;
	const options = { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, bearing: 0, pitch: 0 };
	if (reducedMotion) map.fitBounds([west, south, east, north], { ...options, animate: false });
	else map.fitBounds([west, south, east, north], { ...options, duration: FLIGHT_MS / 2 });
}
