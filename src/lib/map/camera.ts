import type { BBox } from 'geojson';
import type { Map as MapLibreMap, MapOptions } from 'maplibre-gl';
import type { AtlasEvent, LocationPrecision } from '$lib/domain/data/schema';
import type { MapCamera } from '$lib/state/atlas-state.svelte';

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
	camera: MapCamera | null,
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

/** The camera as kept in the URL: 4 decimals of a degree (about 10 m) and 2 of zoom. */
export function roundCamera(lon: number, lat: number, zoom: number): MapCamera {
	const round = (value: number, digits: number) => Number(value.toFixed(digits));
	return { lon: round(lon, 4), lat: round(lat, 4), zoom: round(zoom, 2) };
}

/** Reads the map's camera, rounded for the URL. */
export function readCamera(map: MapLibreMap): MapCamera {
	const { lng, lat } = map.getCenter();
	return roundCamera(lng, lat, map.getZoom());
}

/** Visible area as `[west, south, east, north]` degrees. */
export function readBounds(map: MapLibreMap): BBox {
	const bounds = map.getBounds();
	return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
}

/** Whether a point lies in a `[west, south, east, north]` box, edges included. */
export function isInBounds([lon, lat]: readonly [number, number], [w, s, e, n]: BBox): boolean {
	return lon >= w && lon <= e && lat >= s && lat <= n;
}

/**
 * Brings an event into view at the zoom its precision deserves: a flight, or a jump for readers
 * who ask the system for reduced motion.
 */
export function focusEvent(map: MapLibreMap, event: Pick<AtlasEvent, 'coordinates' | 'place'>) {
	const camera = { center: event.coordinates, zoom: FOCUS_ZOOM[event.place.precision] };
	if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) map.jumpTo(camera);
	else map.flyTo({ ...camera, duration: FLIGHT_MS });
}
