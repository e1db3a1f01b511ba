import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { bytesToHeader, Compression, readVarint, tileIdToZxy, TileType } from 'pmtiles';

/** One source tile, uncompressed Mapbox Vector Tile bytes. */
export interface SourceTile {
	z: number;
	x: number;
	y: number;
	data: Uint8Array;
}

const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;
const NUMBER = /^\d+$/;

/** Tiles of a `{z}/{x}/{y}.pbf` (or `.mvt`) folder, gzip-compressed or not. */
function readTileFolder(root: string): SourceTile[] {
	const tiles: SourceTile[] = [];
	for (const z of readdirSync(root).filter((name) => NUMBER.test(name))) {
		for (const x of readdirSync(join(root, z)).filter((name) => NUMBER.test(name))) {
			for (const file of readdirSync(join(root, z, x))) {
				const y = /^(\d+)\.(pbf|mvt)$/.exec(file)?.[1];
				if (y === undefined) continue;
				const bytes = readFileSync(join(root, z, x, file));
				tiles.push({ z: +z, x: +x, y: +y, data: isGzip(bytes) ? gunzipSync(bytes) : bytes });
			}
		}
	}
	return tiles;
}

function decompress(bytes: Uint8Array, compression: Compression, what: string): Uint8Array {
	if (compression === Compression.None) return bytes;
	if (compression === Compression.Gzip) return gunzipSync(bytes);
	throw new Error(`${what} uses compression ${compression}; only gzip and none are read`);
}

interface DirectoryEntry {
	tileId: number;
	offset: number;
	length: number;
	runLength: number;
}

/** The inverse of the writer's `serializeDirectory`, on already decompressed bytes. */
export function parseDirectory(bytes: Uint8Array): DirectoryEntry[] {
	const position = { buf: bytes, pos: 0 };
	const count = readVarint(position);
	const entries: DirectoryEntry[] = [];
	let tileId = 0;
	for (let i = 0; i < count; i++) {
		tileId += readVarint(position);
		entries.push({ tileId, offset: 0, length: 0, runLength: 1 });
	}
	for (const entry of entries) entry.runLength = readVarint(position);
	for (const entry of entries) entry.length = readVarint(position);
	entries.forEach((entry, i) => {
		const value = readVarint(position);
		const previous = entries[i - 1];
		entry.offset = value === 0 && previous ? previous.offset + previous.length : value - 1;
	});
	return entries;
}

/** Every tile of a PMTiles v3 vector archive, walking the root and leaf directories. */
function readArchive(path: string): SourceTile[] {
	const file = readFileSync(path);
	const slice = (offset: number, length: number) => file.subarray(offset, offset + length);
	const header = bytesToHeader(
		file.buffer.slice(file.byteOffset, file.byteOffset + 127) as ArrayBuffer
	);
	if (header.specVersion !== 3)
		throw new Error(`${path} is PMTiles version ${header.specVersion}, not 3`);
	if (header.tileType !== TileType.Mvt) throw new Error(`${path} does not hold vector tiles`);
	const tiles: SourceTile[] = [];
	const walk = (offset: number, length: number, depth: number) => {
		if (depth > 3) throw new Error(`${path}: directories nest too deep`);
		const raw = decompress(slice(offset, length), header.internalCompression, 'the directory');
		for (const entry of parseDirectory(raw)) {
			if (entry.runLength === 0) {
				walk(header.leafDirectoryOffset + entry.offset, entry.length, depth + 1);
				continue;
			}
			const data = decompress(
				slice(header.tileDataOffset + entry.offset, entry.length),
				header.tileCompression,
				'a tile'
			);
			for (let i = 0; i < entry.runLength; i++) {
				const [z, x, y] = tileIdToZxy(entry.tileId + i);
				tiles.push({ z, x, y, data });
			}
		}
	};
	walk(header.rootDirectoryOffset, header.rootDirectoryLength, 0);
	return tiles;
}

/**
 * Reads the source tiles named by `path`: a `{z}/{x}/{y}.pbf` folder or a `.pmtiles` archive.
 * Returns them sorted by zoom, x, y, so what is built from them does not depend on the order
 * the file system lists them in.
 */
export function readSourceTiles(path: string): SourceTile[] {
	const tiles = statSync(path).isDirectory() ? readTileFolder(path) : readArchive(path);
	return tiles.sort((a, b) => a.z - b.z || a.x - b.x || a.y - b.y);
}
