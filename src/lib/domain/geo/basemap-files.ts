/**
 * Where the basemap's files live in the site, relative to its root (and to `static/` in the
 * project): `npm run basemap` and `npm run streets` write them; the map, the border measurements
 * and the printed handouts read them.
 */

/** Natural Earth land, countries, borders, coastline, rivers and lakes, as GeoJSON. */
export const BASEMAP_FILE = 'basemap/western-europe.geojson';
/** The street-level tiles, as a PMTiles archive; absent when the build had none. */
export const STREET_ARCHIVE_FILE = 'basemap/streets.pmtiles';
