import type { GeoJSONSource, LngLatBounds, Map as MapLibreMap, Popup } from 'maplibre-gl';

/**
 * The part of MapLibre the atlas uses, named once. Code in src/lib/map holds maps, popups and
 * the library through these types, so calling anything not listed here is a type error; the
 * contract test checks every name against the real MapLibre, so an upgrade that renames or
 * drops one fails there, loudly, instead of as a blank map in a reader's browser.
 */
export const LIBRARY_EXPORTS = ['Map', 'Popup', 'addProtocol', 'setWorkerUrl'] as const;

export const MAP_METHODS = [
	'addLayer',
	'addSource',
	'fitBounds',
	'flyTo',
	'getBounds',
	'getCanvas',
	'getCenter',
	'getLayer',
	'getMaxZoom',
	'getMinZoom',
	'getSource',
	'getZoom',
	'jumpTo',
	'off',
	'on',
	'once',
	'project',
	'queryRenderedFeatures',
	'remove',
	'removeLayer',
	'setGlobalStateProperty',
	'setFilter',
	'setLayerZoomRange',
	'setLayoutProperty',
	'setStyle',
	'triggerRepaint'
] as const satisfies readonly (keyof MapLibreMap)[];

export const POPUP_METHODS = [
	'addTo',
	'on',
	'remove',
	'setDOMContent',
	'setLngLat'
] as const satisfies readonly (keyof Popup)[];

export const BOUNDS_METHODS = [
	'getEast',
	'getNorth',
	'getSouth',
	'getWest'
] as const satisfies readonly (keyof LngLatBounds)[];

export const GEOJSON_SOURCE_METHODS = [
	'setData'
] as const satisfies readonly (keyof GeoJSONSource)[];

export type MapLibre = typeof import('maplibre-gl');
export type AtlasLibrary = Pick<MapLibre, (typeof LIBRARY_EXPORTS)[number]>;
export type AtlasMap = Pick<MapLibreMap, (typeof MAP_METHODS)[number]>;
export type AtlasPopup = Pick<Popup, (typeof POPUP_METHODS)[number]>;
export type AtlasGeoJSONSource = Pick<GeoJSONSource, (typeof GEOJSON_SOURCE_METHODS)[number]>;

/**
 * The map as MapLibre's own API wants it where it takes a whole Map (a popup's `addTo`): the
 * object is a real Map, only its type was narrowed.
 */
export function asMapLibreMap(map: AtlasMap): MapLibreMap {
	return map as MapLibreMap;
}
