import type { BBox, FeatureCollection, Point } from 'geojson';
import type { PlaceLabelProperties } from '$lib/domain/geo/place-labels';
import type { AtlasMapData } from './features';

/**
 * The data the atlas's map layers draw: either the build's prepared files, given as URLs that
 * MapLibre fetches and parses in its own worker (so the map of a large atlas never waits for the
 * page to validate it), or objects built in the page from a dataset loaded at run time.
 */
export interface AtlasMapSources {
	data: { [K in keyof AtlasMapData]: string | AtlasMapData[K] };
	/** The most separate time intervals any halo carries (see `countHaloIntervals`). */
	haloIntervals: number;
	/** The most distinct intervals any stack carries (see `countStackIntervals`). */
	stackIntervals: number;
	/** How many link lines the links file holds (see `overviewZooms`); 0 when unknown. */
	linkLines?: number;
	/** How many halos the halos file holds (see `overviewZooms`); 0 when unknown. */
	halos?: number;
	/** How many routes the routes file holds (see `overviewZooms`); 0 when unknown. */
	routes?: number;
}

/** What the map needs before any event has loaded: where to look and what to label. */
export interface MapBasics {
	sources: AtlasMapSources;
	/** `[west, south, east, north]` around every event, or null for no events. */
	bbox: BBox | null;
	/** Basemap names of the countries where events took place, tinted on the map. */
	countries: string[];
	places: FeatureCollection<Point, PlaceLabelProperties>;
	/** The street archive the build wrote (scripts/streets), or null/absent without one. */
	streets?: StreetTiles | null;
}

/** What the page knows of the street archive from the build: enough to style it before a fetch. */
export interface StreetTiles {
	/** `[west, south, east, north]` covered by the tiles, in degrees. */
	bounds: BBox;
	minZoom: number;
	maxZoom: number;
	/** When the streets were mapped ("2021-08"), or null when the build was not told. */
	asOf: string | null;
}
