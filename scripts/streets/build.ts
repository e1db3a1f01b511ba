import { filterTile, LAYER_RULES, tilePointToLonLat, type NearSite } from './filter';
import { gzipDeterministic, writePmtiles, type ArchiveTile } from './pmtiles-writer';
import type { SourceTile } from './read-tiles';

/** Shown by the map wherever the streets are drawn (ODbL and the schema's terms ask for both). */
export const STREET_ATTRIBUTION = '© OpenStreetMap contributors, © OpenMapTiles';

/**
 * Bytes. The archive is fetched tile by tile, but its size is what a deployer hosts and what the
 * repository's budget promises: 4 MB for the current dataset. Above it the build fails rather
 * than quietly shipping a heavier site.
 */
export const STREET_BUDGET_BYTES = 4_000_000;

export interface StreetBuildOptions {
	nearSite: NearSite;
	budgetBytes?: number;
	/** When the streets were mapped ("2021-08"), stored in the metadata for the map's note. */
	asOf?: string | null;
}

export interface StreetBuild {
	archive: Uint8Array;
	tiles: number;
	minZoom: number;
	maxZoom: number;
	/** `[west, south, east, north]` of the tiles kept, in degrees. */
	bounds: [number, number, number, number];
}

/** Degrees covered by the kept tiles: the union of their squares. */
function tileBounds(tiles: readonly ArchiveTile[]): [number, number, number, number] {
	let [west, south, east, north] = [180, 90, -180, -90];
	for (const tile of tiles) {
		const [w, n] = tilePointToLonLat(tile, 1, 0, 0);
		const [e, s] = tilePointToLonLat(tile, 1, 1, 1);
		west = Math.min(west, w);
		south = Math.min(south, s);
		east = Math.max(east, e);
		north = Math.max(north, n);
	}
	return [west, south, east, north];
}

export class StreetBudgetError extends Error {}

/**
 * Filters the source tiles to what the atlas draws and writes them as one PMTiles archive.
 * Throws `StreetBudgetError` when the archive is over budget, and an Error when nothing is left.
 */
export function buildStreetArchive(
	source: readonly SourceTile[],
	options: StreetBuildOptions
): StreetBuild {
	const kept: ArchiveTile[] = [];
	for (const tile of source) {
		const filtered = filterTile(tile.data, tile, options.nearSite);
		if (filtered) kept.push({ z: tile.z, x: tile.x, y: tile.y, data: gzipDeterministic(filtered) });
	}
	if (kept.length === 0)
		throw new Error('no tile holds anything the map draws (are they OpenMapTiles tiles?)');
	const bounds = tileBounds(kept);
	const zooms = kept.map((tile) => tile.z);
	const minZoom = Math.min(...zooms);
	const maxZoom = Math.max(...zooms);
	const archive = writePmtiles(kept, {
		bounds,
		metadata: {
			name: 'Event atlas streets',
			description: 'OpenMapTiles-schema tiles filtered for the event atlas',
			attribution: STREET_ATTRIBUTION,
			as_of: options.asOf ?? null,
			vector_layers: Object.keys(LAYER_RULES)
				.sort()
				.map((id) => ({
					id,
					fields: {},
					minzoom: Math.max(minZoom, LAYER_RULES[id]!.minZoom),
					maxzoom: maxZoom
				}))
		}
	});
	const budget = options.budgetBytes ?? STREET_BUDGET_BYTES;
	if (archive.length > budget) {
		throw new StreetBudgetError(
			`the street archive is ${(archive.length / 1e6).toFixed(2)} MB, over its ${(budget / 1e6).toFixed(2)} MB budget`
		);
	}
	return { archive, tiles: kept.length, minZoom, maxZoom, bounds };
}

/**
 * When the streets were mapped, for the map's note: `ATLAS_STREET_TILES_AS_OF` ("2021-08"), else
 * a date in the tiles' folder or file name (`osm-2021-08`), else unknown.
 */
export function streetsAsOf(path: string, declared: string | undefined): string | null {
	if (declared?.trim()) return declared.trim();
	const name =
		path
			.replace(/[\\/]+$/, '')
			.split(/[\\/]/)
			.at(-1) ?? '';
	const match = /(?:^|\D)((?:19|20)\d{2})(?:-(0[1-9]|1[0-2]))?(?!\d)/.exec(name);
	if (!match) return null;
	return match[2] ? `${match[1]}-${match[2]}` : (match[1] ?? null);
}
