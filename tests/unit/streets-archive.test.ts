import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Point from '@mapbox/point-geometry';
import { VectorTile } from '@mapbox/vector-tile';
import { fromVectorTileJs, type VectorTileFeatureLike } from '@maplibre/vt-pbf';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import {
	buildStreetArchive,
	STREET_BUDGET_BYTES,
	StreetBudgetError,
	streetsAsOf
} from '../../scripts/streets/build';
import { filterTile, tilePointToLonLat } from '../../scripts/streets/filter';
import {
	gzipDeterministic,
	writePmtiles,
	type ArchiveTile
} from '../../scripts/streets/pmtiles-writer';
import { readSourceTiles, type SourceTile } from '../../scripts/streets/read-tiles';
import { buildingSites, nearAnySite } from '../../scripts/streets/sites';
import { readStreetTiles } from '../../src/lib/server/street-tiles';

/** An archive held in memory, read through the `pmtiles` package as a browser would read a URL. */
class MemorySource implements Source {
	constructor(private readonly bytes: Uint8Array) {}
	getKey() {
		return 'memory';
	}
	async getBytes(offset: number, length: number): Promise<RangeResponse> {
		const slice = this.bytes.slice(offset, offset + length);
		return { data: slice.buffer };
	}
}

type Props = Record<string, string | number>;
interface SyntheticFeature {
	type: 1 | 2 | 3;
	properties: Props;
	/** Tile-local points (extent 4096). */
	points: [number, number][];
}

/** A made-up OpenMapTiles-schema tile (no real tile data: the source tiles never enter the repository). */
function syntheticTile(layers: Record<string, SyntheticFeature[]>): Uint8Array {
	const tile = {
		layers: Object.fromEntries(
			Object.entries(layers).map(([name, features]) => {
				const like: VectorTileFeatureLike[] = features.map((f) => ({
					type: f.type,
					properties: f.properties,
					id: undefined,
					extent: 4096,
					loadGeometry: () => [f.points.map(([x, y]) => new Point(x, y))]
				}));
				return [
					name,
					{ name, version: 2, extent: 4096, length: like.length, feature: (i: number) => like[i]! }
				];
			})
		)
	};
	return fromVectorTileJs(tile);
}

const line = (properties: Props, at = 2000): SyntheticFeature => ({
	type: 2,
	properties,
	points: [
		[100, at],
		[4000, at + 10]
	]
});
const square = (properties: Props, x: number, y: number, size = 40): SyntheticFeature => ({
	type: 3,
	properties,
	points: [
		[x, y],
		[x + size, y],
		[x + size, y + size],
		[x, y + size],
		[x, y]
	]
});

/** What a filtered tile holds: layer → list of classes (or '' for features without one). */
function contents(data: Uint8Array | null): Record<string, string[]> {
	if (!data) return {};
	const tile = new VectorTile(new PbfReader(data));
	return Object.fromEntries(
		Object.entries(tile.layers).map(([name, layer]) => [
			name,
			Array.from({ length: layer.length }, (_, i) =>
				String(layer.feature(i).properties.class ?? '')
			)
		])
	);
}

/** A city tile at zoom 14 with everything the source has, wanted or not. */
const CITY = { z: 14, x: 8301, y: 5634 };
const cityTile = syntheticTile({
	poi: [{ type: 1, properties: { class: 'cafe', 'name:latin': 'Café' }, points: [[10, 10]] }],
	housenumber: [{ type: 1, properties: { housenumber: '50' }, points: [[20, 20]] }],
	transportation: [
		line({ class: 'primary' }, 100),
		line({ class: 'minor', brunnel: 'bridge', oneway: 1 }, 200),
		line({ class: 'subway', brunnel: 'tunnel' }, 300),
		line({ class: 'primary', brunnel: 'tunnel' }, 400),
		line({ class: 'platform' }, 500),
		line({ class: 'rail' }, 600),
		line({ class: 'path' }, 700)
	],
	transportation_name: [
		line({ class: 'minor', 'name:latin': 'Boulevard Voltaire' }),
		line({ class: 'platform', 'name:latin': 'Quai 1' }),
		line({ class: 'minor' })
	],
	waterway: [
		line({ class: 'canal', 'name:latin': 'Canal Saint-Martin' }, 800),
		line({ class: 'canal', brunnel: 'tunnel', 'name:latin': 'Canal Saint-Martin' }, 900),
		line({ class: 'ditch' }, 1000)
	],
	water: [square({ class: 'river' }, 0, 3000, 500)],
	landcover: [
		square({ class: 'grass', subclass: 'park' }, 100, 100),
		square({ class: 'grass', subclass: 'garden' }, 200, 200)
	],
	building: [square({}, 100, 100), square({}, 3900, 3900)],
	place: [
		{
			type: 1,
			properties: { class: 'suburb', 'name:latin': 'Folie-Méricourt' },
			points: [[30, 30]]
		}
	]
});
/** A site at the tile's top-left corner: the first building is beside it, the second 2 km away. */
const siteAtCorner = tilePointToLonLat(CITY, 4096, 120, 120);
const nearCorner = nearAnySite([siteAtCorner], 300);

describe('filterTile', () => {
	const kept = contents(filterTile(cityTile, CITY, nearCorner));

	it('drops shops, house numbers and the place names the atlas labels itself', () => {
		expect(Object.keys(kept).sort()).toEqual([
			'building',
			'landcover',
			'transportation',
			'transportation_name',
			'water',
			'waterway'
		]);
	});

	it('keeps streets and rail, but no footpath, nothing underground and no platform', () => {
		expect(kept.transportation).toEqual(['primary', 'minor', 'rail']);
	});

	it('keeps named streets for labels, and canals with their covered sections', () => {
		expect(kept.transportation_name).toEqual(['minor']);
		expect(kept.waterway).toEqual(['canal', 'canal']);
	});

	it('keeps parks but not every lawn, and buildings only near a site', () => {
		expect(kept.landcover).toEqual(['']);
		expect(kept.building).toHaveLength(1);
		expect(contents(filterTile(cityTile, CITY, () => false)).building).toBeUndefined();
	});

	it('keeps only the properties the style reads', () => {
		const tile = new VectorTile(new PbfReader(filterTile(cityTile, CITY, nearCorner)!));
		const bridge = tile.layers.transportation!.feature(1).properties;
		expect(bridge).toEqual({ class: 'minor', brunnel: 'bridge' });
		const covered = tile.layers.waterway!.feature(1).properties;
		expect(covered).toEqual({
			class: 'canal',
			brunnel: 'tunnel',
			'name:latin': 'Canal Saint-Martin'
		});
	});

	it('keeps only water at zooms 10–11, where Natural Earth still draws the rest', () => {
		const outer = contents(filterTile(cityTile, { z: 10, x: 518, y: 352 }, () => true));
		expect(Object.keys(outer).sort()).toEqual(['water', 'waterway']);
	});

	it('returns null for a tile with nothing to draw', () => {
		const empty = syntheticTile({
			poi: [{ type: 1, properties: { class: 'cafe' }, points: [[1, 1]] }]
		});
		expect(filterTile(empty, CITY, () => true)).toBeNull();
	});
});

describe('buildingSites', () => {
	it('takes the events placed to the address or the street or naming an address, once per point', () => {
		const at = (lon: number, lat: number, precision: string, address?: string) => ({
			coordinates: [lon, lat] as [number, number],
			place: { precision, address } as never
		});
		const sites = buildingSites([
			at(2.37, 48.863, 'address'),
			at(2.37, 48.863, 'street'),
			at(4.33, 50.85, 'district'),
			at(4.3345, 50.8548, 'district', 'Rue Delaunoy 47'),
			at(2.35, 48.85, 'city'),
			at(2.36, 48.93, 'street')
		]);
		expect(sites).toEqual([
			[2.36, 48.93],
			[2.37, 48.863],
			[4.3345, 50.8548]
		]);
	});

	it('measures nearness in metres on the ground', () => {
		const near = nearAnySite([[2.37, 48.863]], 500);
		expect(near(2.37, 48.8665)).toBe(true); // about 390 m north
		expect(near(2.37, 48.868)).toBe(false); // about 560 m north
		expect(near(2.376, 48.863)).toBe(true); // about 440 m east
		expect(near(2.378, 48.863)).toBe(false); // about 590 m east
	});
});

const tileAt = (z: number, x: number, y: number, text: string): ArchiveTile => ({
	z,
	x,
	y,
	data: gzipDeterministic(new TextEncoder().encode(text))
});

async function readBack(archive: Uint8Array) {
	const reader = new PMTiles(new MemorySource(archive));
	return { reader, header: await reader.getHeader() };
}

const decode = (response: RangeResponse | undefined) =>
	response ? new TextDecoder().decode(response.data) : undefined;

describe('writePmtiles', () => {
	const tiles = [
		tileAt(12, 2075, 1409, 'a'),
		tileAt(10, 518, 352, 'water'),
		tileAt(12, 2076, 1409, 'b'),
		tileAt(14, 8301, 5634, 'a'),
		tileAt(11, 1037, 704, 'water')
	];
	const metadata = { name: 'test', attribution: '© OpenStreetMap contributors', as_of: '2021-08' };
	const archive = writePmtiles(tiles, { bounds: [2.2, 48.8, 2.5, 48.95], metadata });

	it('is read back by the pmtiles package: every tile, the header and the metadata', async () => {
		const { reader, header } = await readBack(archive);
		expect(header.specVersion).toBe(3);
		expect([header.minZoom, header.maxZoom]).toEqual([10, 14]);
		expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([
			2.2, 48.8, 2.5, 48.95
		]);
		expect(header.clustered).toBe(true);
		expect(header.numAddressedTiles).toBe(5);
		expect(header.numTileContents).toBe(3); // "a" and "water" are stored once each
		for (const tile of tiles) {
			const text = new TextDecoder().decode(gunzipSync(tile.data));
			expect(decode(await reader.getZxy(tile.z, tile.x, tile.y))).toBe(text);
		}
		expect(await reader.getZxy(12, 2077, 1409)).toBeUndefined();
		expect(await reader.getMetadata()).toEqual(metadata);
	});

	it('stores a run of identical neighbouring tiles as one entry', async () => {
		const run = [0, 1, 2, 3].map((i) => tileAt(1, i % 2, Math.floor(i / 2), 'sea'));
		const { reader, header } = await readBack(
			writePmtiles(run, { bounds: [-180, -85, 180, 85], metadata: {} })
		);
		expect(header.numAddressedTiles).toBe(4);
		expect(header.numTileEntries).toBeLessThan(4);
		for (const t of run) expect(decode(await reader.getZxy(t.z, t.x, t.y))).toBe('sea');
	});

	it('splits a large index into leaf directories that the reader follows', async () => {
		const many: ArchiveTile[] = [];
		for (let x = 0; x < 32; x++)
			for (let y = 0; y < 32; y++) many.push(tileAt(5, x, y, `${x}/${y}`));
		const { reader, header } = await readBack(
			writePmtiles(many, { bounds: [-180, -85, 180, 85], metadata: {}, maxRootBytes: 40 })
		);
		expect(header.leafDirectoryLength).toBeGreaterThan(0);
		expect(header.rootDirectoryLength).toBeLessThanOrEqual(40);
		for (const [x, y] of [
			[0, 0],
			[31, 31],
			[17, 4]
		]) {
			expect(decode(await reader.getZxy(5, x!, y!))).toBe(`${x}/${y}`);
		}
	});

	it('writes the same bytes for the same tiles, whatever their order', () => {
		const again = writePmtiles([...tiles].reverse(), { bounds: [2.2, 48.8, 2.5, 48.95], metadata });
		expect(Buffer.from(again).equals(Buffer.from(archive))).toBe(true);
	});
});

/** A small source pyramid: a water tile at zoom 10 and the city tile at zoom 14 and its neighbour. */
const source: SourceTile[] = [
	{ z: 10, x: 518, y: 352, data: cityTile },
	{ z: 14, x: 8301, y: 5634, data: cityTile },
	{ z: 14, x: 8302, y: 5634, data: cityTile }
];

describe('buildStreetArchive', () => {
	const options = { nearSite: nearCorner, asOf: '2021-08' };

	it('builds an archive the pmtiles reader opens, with the zooms and the date', async () => {
		const build = buildStreetArchive(source, options);
		expect(build.tiles).toBe(3);
		const { reader, header } = await readBack(build.archive);
		expect([header.minZoom, header.maxZoom]).toEqual([10, 14]);
		const tile = await reader.getZxy(14, 8301, 5634);
		expect(Object.keys(contents(new Uint8Array(tile!.data)))).toContain('transportation_name');
		expect(await reader.getMetadata()).toMatchObject({
			attribution: '© OpenStreetMap contributors, © OpenMapTiles',
			as_of: '2021-08'
		});
	});

	it('is deterministic: the same input gives the same bytes', () => {
		const first = buildStreetArchive(source, options).archive;
		const second = buildStreetArchive([...source].reverse(), options).archive;
		expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
	});

	it('fails above its budget, and the default budget is 4 MB', () => {
		expect(STREET_BUDGET_BYTES).toBe(4_000_000);
		expect(() => buildStreetArchive(source, { ...options, budgetBytes: 500 })).toThrow(
			StreetBudgetError
		);
		expect(() => buildStreetArchive(source, { ...options, budgetBytes: 500 })).toThrow(
			/over its 0\.00 MB budget/
		);
	});

	it('refuses tiles with nothing the map draws', () => {
		const shops = syntheticTile({
			poi: [{ type: 1, properties: { class: 'cafe' }, points: [[1, 1]] }]
		});
		expect(() => buildStreetArchive([{ ...CITY, data: shops }], options)).toThrow(/no tile holds/);
	});
});

describe('readSourceTiles', () => {
	it('reads a {z}/{x}/{y}.pbf folder, gzip-compressed or not, in a stable order', () => {
		const root = mkdtempSync(join(tmpdir(), 'streets-folder-'));
		mkdirSync(join(root, '14', '8301'), { recursive: true });
		mkdirSync(join(root, '10', '518'), { recursive: true });
		writeFileSync(join(root, '14', '8301', '5634.pbf'), cityTile);
		writeFileSync(join(root, '10', '518', '352.pbf'), gzipDeterministic(cityTile));
		writeFileSync(join(root, 'metadata.json'), '{}');
		const tiles = readSourceTiles(root);
		expect(tiles.map((t) => `${t.z}/${t.x}/${t.y}`)).toEqual(['10/518/352', '14/8301/5634']);
		expect(Buffer.from(tiles[0]!.data).equals(Buffer.from(cityTile))).toBe(true);
	});

	it('reads a PMTiles archive, leaf directories included', () => {
		const dir = mkdtempSync(join(tmpdir(), 'streets-archive-'));
		const path = join(dir, 'in.pmtiles');
		const input = source.map((t) => ({ ...t, data: gzipDeterministic(t.data) }));
		writeFileSync(
			path,
			writePmtiles(input, { bounds: [2, 48, 3, 49], metadata: {}, maxRootBytes: 20 })
		);
		const tiles = readSourceTiles(path);
		expect(tiles.map((t) => `${t.z}/${t.x}/${t.y}`)).toEqual([
			'10/518/352',
			'14/8301/5634',
			'14/8302/5634'
		]);
		expect(Buffer.from(tiles[2]!.data).equals(Buffer.from(cityTile))).toBe(true);
	});
});

describe('readStreetTiles (what the page learns at build time)', () => {
	it('reads the bounds, zooms and date of the archive, or null without one', () => {
		const dir = mkdtempSync(join(tmpdir(), 'streets-page-'));
		const path = join(dir, 'streets.pmtiles');
		expect(readStreetTiles(path)).toBeNull();
		writeFileSync(
			path,
			buildStreetArchive(source, { nearSite: nearCorner, asOf: '2021-08' }).archive
		);
		const tiles = readStreetTiles(path)!;
		expect(tiles.minZoom).toBe(10);
		expect(tiles.maxZoom).toBe(14);
		expect(tiles.asOf).toBe('2021-08');
		const [west, south, east, north] = tiles.bounds;
		const [lon, lat] = siteAtCorner;
		expect(west).toBeLessThan(lon);
		expect(east).toBeGreaterThan(lon);
		expect(south).toBeLessThan(lat);
		expect(north).toBeGreaterThan(lat);
	});
});

describe('streetsAsOf', () => {
	it('takes a declared date first, else the one in the folder name, else none', () => {
		expect(streetsAsOf('../shared/basemap/osm-2021-08', undefined)).toBe('2021-08');
		expect(streetsAsOf('/data/belgium-2024.pmtiles', undefined)).toBe('2024');
		expect(streetsAsOf('/data/tiles/', undefined)).toBeNull();
		expect(streetsAsOf('/data/tiles', ' 2023-05 ')).toBe('2023-05');
	});
});

describe('npm run streets without tiles', () => {
	const cli = resolve('scripts/streets/cli.ts');
	const tsx = resolve('node_modules/.bin/tsx');

	function runIn(env: Record<string, string>) {
		const cwd = mkdtempSync(join(tmpdir(), 'streets-cli-'));
		const stale = join(cwd, 'static', 'basemap', 'streets.pmtiles');
		mkdirSync(join(cwd, 'static', 'basemap'), { recursive: true });
		writeFileSync(stale, 'left by an earlier build');
		const inherited = { ...process.env };
		delete inherited.ATLAS_STREET_TILES;
		const output = execFileSync(tsx, [cli], {
			cwd,
			env: { ...inherited, ...env },
			encoding: 'utf8'
		});
		return { output, staleLeft: existsSync(stale) };
	}

	it('succeeds, says once that the streets are off, and removes an old archive', () => {
		const { output, staleLeft } = runIn({});
		expect(output.match(/streets: off/g)).toHaveLength(1);
		expect(output).toContain('ATLAS_STREET_TILES is not set');
		expect(staleLeft).toBe(false);
	}, 60_000);

	it('succeeds the same way when the variable names a missing folder', () => {
		const { output, staleLeft } = runIn({ ATLAS_STREET_TILES: 'no/such/folder' });
		expect(output).toContain('streets: off (ATLAS_STREET_TILES points at no/such/folder');
		expect(staleLeft).toBe(false);
	}, 60_000);
});
