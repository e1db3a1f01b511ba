import { VectorTile, type VectorTileFeature } from '@mapbox/vector-tile';
import {
	fromVectorTileJs,
	type VectorTileFeatureLike,
	type VectorTileLayerLike
} from '@maplibre/vt-pbf';
import { PbfReader } from 'pbf';

/**
 * What the atlas keeps of OpenMapTiles-schema tiles: the ground a reader needs to place an event
 * (water, parks, roads, rail, street names, buildings right around the sites) and nothing that
 * competes with the events (shops, house numbers, underground lines, platforms, place names the
 * atlas labels itself). Geometry is kept as is; only whole features and properties are dropped.
 */

type Properties = Record<string, string | number | boolean>;

/** Tile coordinates of the tile being filtered. */
export interface TileAddress {
	z: number;
	x: number;
	y: number;
}

/** Whether a point (degrees) is close enough to an event site to draw its buildings. */
export type NearSite = (lon: number, lat: number) => boolean;

interface LayerRule {
	/** Lowest tile zoom the layer is kept at: the style draws Natural Earth below zoom 12. */
	minZoom: number;
	/** Classes kept, per tile zoom (`undefined`: any class). */
	classes?: (z: number) => readonly string[] | undefined;
	/** Properties the style reads; the rest are dropped. */
	keep: readonly string[];
	/** Extra test per feature. */
	accept?: (properties: Properties, z: number) => boolean;
	/** Buildings: only near a site. */
	nearSitesOnly?: boolean;
}

/** Roads that structure a city, kept from zoom 12 (tertiary from 13). */
const MAIN_ROADS = ['motorway', 'trunk', 'primary', 'secondary'];
/** Every street with a name a reader might look for; the side streets only at zoom 14. */
const STREETS = [...MAIN_ROADS, 'tertiary', 'minor', 'pedestrian'];
const RAIL = ['rail', 'light_rail', 'tram'];
const PARK_KINDS = ['park', 'forest', 'wood', 'recreation_ground'];

/** Road classes per tile zoom: a city's mesh of side streets would be grey noise further out. */
function roadClasses(z: number): readonly string[] {
	if (z >= 14) return STREETS;
	return z === 13 ? [...MAIN_ROADS, 'tertiary'] : MAIN_ROADS;
}

/**
 * The rules by source layer. Zooms 10–11 keep only water: there the atlas draws the city's
 * rivers and canals over Natural Earth, whose simplified Seine runs kilometres off Paris.
 */
export const LAYER_RULES: Readonly<Record<string, LayerRule>> = {
	water: { minZoom: 10, keep: [] },
	waterway: {
		minZoom: 10,
		classes: () => ['river', 'canal'],
		keep: ['class', 'brunnel', 'name:latin']
	},
	park: { minZoom: 12, keep: [] },
	// Parks and woods; lawns, gardens and meadows would dapple the whole city green.
	landcover: {
		minZoom: 13,
		keep: [],
		accept: (properties) => PARK_KINDS.includes(String(properties.subclass))
	},
	landuse: { minZoom: 12, classes: () => ['cemetery'], keep: ['class'] },
	aeroway: { minZoom: 12, classes: () => ['runway', 'taxiway', 'apron'], keep: ['class'] },
	transportation: {
		minZoom: 12,
		classes: (z) => [...roadClasses(z), ...RAIL],
		keep: ['class', 'brunnel'],
		// Tunnels are underground: a road or a line drawn over the streets above it misleads.
		accept: (properties) => properties.brunnel !== 'tunnel'
	},
	// Names only where they can be read along the line, from zoom 14.
	transportation_name: {
		minZoom: 14,
		classes: () => STREETS,
		keep: ['class', 'name:latin'],
		accept: (properties) => typeof properties['name:latin'] === 'string'
	},
	building: { minZoom: 14, keep: [], nearSitesOnly: true }
};

/** Longitude and latitude of a tile-local point (Web Mercator). */
export function tilePointToLonLat(
	tile: TileAddress,
	extent: number,
	px: number,
	py: number
): [number, number] {
	const scale = 2 ** tile.z;
	const lon = ((tile.x + px / extent) / scale) * 360 - 180;
	const mercatorY = Math.PI * (1 - (2 * (tile.y + py / extent)) / scale);
	const lat = (Math.atan(Math.sinh(mercatorY)) * 180) / Math.PI;
	return [lon, lat];
}

function pick(properties: Properties, keys: readonly string[]): Properties {
	const out: Properties = {};
	for (const key of keys) {
		const value = properties[key];
		if (value !== undefined && !(key === 'brunnel' && value !== 'bridge' && value !== 'tunnel')) {
			out[key] = value;
		}
	}
	return out;
}

function keepFeature(
	rule: LayerRule,
	feature: VectorTileFeature,
	tile: TileAddress,
	nearSite: NearSite
): boolean {
	if (tile.z < rule.minZoom) return false;
	const properties = feature.properties as Properties;
	const classes = rule.classes?.(tile.z);
	if (classes && !classes.includes(String(properties.class))) return false;
	if (rule.accept && !rule.accept(properties, tile.z)) return false;
	if (rule.nearSitesOnly) {
		const [minX = 0, minY = 0, maxX = 0, maxY = 0] = feature.bbox();
		const [lon, lat] = tilePointToLonLat(
			tile,
			feature.extent,
			(minX + maxX) / 2,
			(minY + maxY) / 2
		);
		if (!nearSite(lon, lat)) return false;
	}
	return true;
}

/**
 * Filters one uncompressed vector tile. Returns the re-encoded tile, or null when nothing in it
 * is kept (the archive then has no tile there, and the map draws Natural Earth).
 */
export function filterTile(
	data: Uint8Array,
	tile: TileAddress,
	nearSite: NearSite
): Uint8Array | null {
	const source = new VectorTile(new PbfReader(data));
	const layers: Record<string, VectorTileLayerLike> = {};
	// Layers in a fixed order, whatever the source's order, so the output is reproducible.
	for (const name of Object.keys(LAYER_RULES).sort()) {
		const layer = source.layers[name];
		const rule = LAYER_RULES[name];
		if (!layer || !rule) continue;
		const features: VectorTileFeatureLike[] = [];
		for (let i = 0; i < layer.length; i++) {
			const feature = layer.feature(i);
			if (!keepFeature(rule, feature, tile, nearSite)) continue;
			features.push({
				type: feature.type,
				properties: pick(feature.properties as Properties, rule.keep),
				id: undefined,
				extent: feature.extent,
				loadGeometry: () => feature.loadGeometry()
			});
		}
		if (features.length === 0) continue;
		layers[name] = {
			name,
			version: 2,
			extent: layer.extent,
			length: features.length,
			feature: (i) => features[i]!
		};
	}
	if (Object.keys(layers).length === 0) return null;
	return fromVectorTileJs({ layers });
}
