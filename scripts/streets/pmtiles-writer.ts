import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

/**
 * A writer for PMTiles version 3 archives (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
 * the `pmtiles` package only reads them. The archive is laid out as the spec recommends for a
 * clustered archive: header, root directory, JSON metadata, leaf directories, tile data, with
 * tiles in tile-id order so that a reader's range requests for neighbouring tiles are close.
 */

/** One tile as it goes into the archive: `data` is already compressed as `tileCompression` says. */
export interface ArchiveTile {
	z: number;
	x: number;
	y: number;
	data: Uint8Array;
}

export interface ArchiveOptions {
	/** `[west, south, east, north]` in degrees. */
	bounds: [number, number, number, number];
	/** JSON metadata (TileJSON-like: `vector_layers`, `attribution`, …), written gzip-compressed. */
	metadata: Record<string, unknown>;
	/**
	 * Largest compressed root directory, in bytes. The spec lets a reader fetch the header and
	 * the root directory in one 16 KiB request; a larger index is split into leaf directories.
	 * Tests lower it to force leaves.
	 */
	maxRootBytes?: number;
}

const HEADER_BYTES = 127;
const DEFAULT_MAX_ROOT_BYTES = 16_384 - HEADER_BYTES;
/** Spec values: compression 2 = gzip, tile type 1 = Mapbox Vector Tile. */
const GZIP = 2;
const MVT = 1;

interface Entry {
	tileId: number;
	offset: number;
	length: number;
	runLength: number;
}

/** Gzip without a timestamp or an OS-dependent header byte, so the same input gives the same bytes. */
export function gzipDeterministic(data: Uint8Array): Uint8Array {
	const out = gzipSync(data, { level: 9 });
	// Bytes 4–7 are the modification time (Node writes 0) and byte 9 the OS; pin both.
	out.fill(0, 4, 8);
	out[9] = 255;
	return out;
}

function writeVarint(out: number[], value: number): void {
	// Tile ids exceed 2^31 from zoom 16, so no bitwise operators on the value itself.
	let v = value;
	while (v >= 0x80) {
		out.push((v % 0x80) | 0x80);
		v = Math.floor(v / 0x80);
	}
	out.push(v);
}

/** A directory as the spec serialises it: column by column, ids as deltas, offsets implied when contiguous. */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
	const out: number[] = [];
	writeVarint(out, entries.length);
	let lastId = 0;
	for (const entry of entries) {
		writeVarint(out, entry.tileId - lastId);
		lastId = entry.tileId;
	}
	for (const entry of entries) writeVarint(out, entry.runLength);
	for (const entry of entries) writeVarint(out, entry.length);
	entries.forEach((entry, i) => {
		const previous = entries[i - 1];
		const contiguous = previous !== undefined && entry.offset === previous.offset + previous.length;
		writeVarint(out, contiguous ? 0 : entry.offset + 1);
	});
	return gzipDeterministic(Uint8Array.from(out));
}

/**
 * The root directory, and the leaves it points to when the whole index does not fit: leaves of
 * `leafSize` entries, doubled until the root (one entry per leaf) fits in `maxRootBytes`.
 */
function buildDirectories(
	entries: Entry[],
	maxRootBytes: number
): { root: Uint8Array; leaves: Uint8Array } {
	const root = serializeDirectory(entries);
	if (root.length <= maxRootBytes) return { root, leaves: new Uint8Array(0) };
	for (let leafSize = 64; ; leafSize *= 2) {
		const rootEntries: Entry[] = [];
		const leafParts: Uint8Array[] = [];
		let offset = 0;
		for (let start = 0; start < entries.length; start += leafSize) {
			const chunk = entries.slice(start, start + leafSize);
			const leaf = serializeDirectory(chunk);
			// A run length of 0 marks an entry that points to a leaf directory.
			rootEntries.push({ tileId: chunk[0]!.tileId, offset, length: leaf.length, runLength: 0 });
			leafParts.push(leaf);
			offset += leaf.length;
		}
		const candidate = serializeDirectory(rootEntries);
		if (candidate.length <= maxRootBytes || rootEntries.length === 1) {
			return { root: candidate, leaves: concat(leafParts) };
		}
	}
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}

function writeHeader(view: DataView, fields: HeaderFields): void {
	'PMTiles'.split('').forEach((char, i) => view.setUint8(i, char.charCodeAt(0)));
	view.setUint8(7, 3);
	const u64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
	u64(8, fields.rootOffset);
	u64(16, fields.rootLength);
	u64(24, fields.metadataOffset);
	u64(32, fields.metadataLength);
	u64(40, fields.leavesOffset);
	u64(48, fields.leavesLength);
	u64(56, fields.dataOffset);
	u64(64, fields.dataLength);
	u64(72, fields.addressed);
	u64(80, fields.entries);
	u64(88, fields.contents);
	view.setUint8(96, 1); // clustered: tile data is in tile-id order
	view.setUint8(97, GZIP); // internal compression (directories and metadata)
	view.setUint8(98, GZIP); // tile compression
	view.setUint8(99, MVT);
	view.setUint8(100, fields.minZoom);
	view.setUint8(101, fields.maxZoom);
	const e7 = (at: number, degrees: number) => view.setInt32(at, Math.round(degrees * 1e7), true);
	const [west, south, east, north] = fields.bounds;
	e7(102, west);
	e7(106, south);
	e7(110, east);
	e7(114, north);
	view.setUint8(118, fields.minZoom);
	e7(119, (west + east) / 2);
	e7(123, (south + north) / 2);
}

interface HeaderFields {
	rootOffset: number;
	rootLength: number;
	metadataOffset: number;
	metadataLength: number;
	leavesOffset: number;
	leavesLength: number;
	dataOffset: number;
	dataLength: number;
	addressed: number;
	entries: number;
	contents: number;
	minZoom: number;
	maxZoom: number;
	bounds: [number, number, number, number];
}

/**
 * Writes a vector-tile archive of gzip-compressed tiles. Identical tiles are stored once (a run
 * of them with consecutive ids becomes one entry). The output depends only on the input: tiles
 * are sorted by id whatever order they come in, and nothing carries a date.
 */
export function writePmtiles(tiles: readonly ArchiveTile[], options: ArchiveOptions): Uint8Array {
	if (tiles.length === 0) throw new Error('a PMTiles archive needs at least one tile');
	const sorted = tiles
		.map((tile) => ({ tileId: zxyToTileId(tile.z, tile.x, tile.y), tile }))
		.sort((a, b) => a.tileId - b.tileId);
	const entries: Entry[] = [];
	const dataParts: Uint8Array[] = [];
	const offsetByHash = new Map<string, number>();
	let dataLength = 0;
	for (const { tileId, tile } of sorted) {
		const previous = entries.at(-1);
		if (previous?.tileId === tileId)
			throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} given twice`);
		const hash = createHash('sha256').update(tile.data).digest('hex');
		let offset = offsetByHash.get(hash);
		if (offset === undefined) {
			offset = dataLength;
			offsetByHash.set(hash, offset);
			dataParts.push(tile.data);
			dataLength += tile.data.length;
		}
		if (previous && previous.offset === offset && previous.tileId + previous.runLength === tileId) {
			previous.runLength += 1;
		} else {
			entries.push({ tileId, offset, length: tile.data.length, runLength: 1 });
		}
	}
	const { root, leaves } = buildDirectories(
		entries,
		options.maxRootBytes ?? DEFAULT_MAX_ROOT_BYTES
	);
	const metadata = gzipDeterministic(new TextEncoder().encode(JSON.stringify(options.metadata)));
	const zooms = tiles.map((tile) => tile.z);
	const rootOffset = HEADER_BYTES;
	const metadataOffset = rootOffset + root.length;
	const leavesOffset = metadataOffset + metadata.length;
	const dataOffset = leavesOffset + leaves.length;
	const header = new Uint8Array(HEADER_BYTES);
	writeHeader(new DataView(header.buffer), {
		rootOffset,
		rootLength: root.length,
		metadataOffset,
		metadataLength: metadata.length,
		leavesOffset,
		leavesLength: leaves.length,
		dataOffset,
		dataLength,
		addressed: tiles.length,
		entries: entries.length,
		contents: dataParts.length,
		minZoom: Math.min(...zooms),
		maxZoom: Math.max(...zooms),
		bounds: options.bounds
	});
	return concat([header, root, metadata, leaves, ...dataParts]);
}
