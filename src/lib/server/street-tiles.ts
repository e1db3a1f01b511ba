import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { bytesToHeader, Compression } from 'pmtiles';
import { STREET_ARCHIVE_FILE } from '$lib/domain/geo/basemap-files';
import type { StreetTiles } from '$lib/map/map-sources';

const HEADER_BYTES = 127;

/**
 * What the page needs to know of the street archive, read from its header and metadata when the
 * site is built: none when the build had no street tiles (the map then keeps Natural Earth).
 */
export function readStreetTiles(path = `static/${STREET_ARCHIVE_FILE}`): StreetTiles | null {
	if (!existsSync(path)) return null;
	const file = readFileSync(path);
	const header = bytesToHeader(
		file.buffer.slice(file.byteOffset, file.byteOffset + HEADER_BYTES) as ArrayBuffer
	);
	const rawMetadata = file.subarray(
		header.jsonMetadataOffset,
		header.jsonMetadataOffset + header.jsonMetadataLength
	);
	const json =
		header.internalCompression === Compression.Gzip ? gunzipSync(rawMetadata) : rawMetadata;
	const metadata = JSON.parse(json.toString('utf8')) as { as_of?: unknown };
	return {
		bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
		minZoom: header.minZoom,
		maxZoom: header.maxZoom,
		asOf: typeof metadata.as_of === 'string' ? metadata.as_of : null
	};
}
