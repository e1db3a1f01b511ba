import { multiLineString, point } from '@turf/helpers';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Countries' outlines by name, as the atlas's basemap draws them. */
export type CountryShapes = ReadonlyMap<string, Polygon | MultiPolygon>;

/**
 * The point of a country's outline nearest to `from`, by Turf (great-circle distance along each
 * ring). The outline is every ring of the country's shape: its land borders and its coasts, as
 * the basemap draws them, so "near the German border" is measured to where Germany begins.
 */
export function nearestBorderPoint(
	from: readonly [number, number],
	shape: Polygon | MultiPolygon
): [number, number] {
	const rings: Position[][] =
		shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat(1);
	const nearest = nearestPointOnLine(multiLineString(rings), point([from[0], from[1]]));
	const [lon, lat] = nearest.geometry.coordinates as [number, number];
	return [lon, lat];
}

/**
 * The countries of the atlas's basemap file (`scripts/basemap/`: features with `layer: 'country'`
 * and a `name`), by name. Anything else in the file, or anything malformed, is left out.
 */
export function countryShapes(basemap: unknown): CountryShapes {
	const features = (basemap as { features?: unknown })?.features;
	const shapes = new Map<string, Polygon | MultiPolygon>();
	if (!Array.isArray(features)) return shapes;
	for (const feature of features) {
		const properties = feature?.properties;
		const geometry = feature?.geometry;
		if (properties?.layer !== 'country' || typeof properties.name !== 'string') continue;
		if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') continue;
		shapes.set(properties.name, geometry);
	}
	return shapes;
}
