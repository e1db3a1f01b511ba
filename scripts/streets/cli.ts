import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { formatValidationError, validateAtlas } from '../../src/lib/domain/data/validate';
import { readAtlasInput } from '../../src/lib/server/geodata';
import { STREET_ARCHIVE_FILE } from '../../src/lib/domain/geo/basemap-files';
import { buildStreetArchive, streetsAsOf } from './build';
import { readSourceTiles } from './read-tiles';
import { buildingSites, nearAnySite } from './sites';

/**
 * `npm run streets`: builds `static/basemap/streets.pmtiles` from the OpenMapTiles-schema tiles
 * named by `ATLAS_STREET_TILES` (a `{z}/{x}/{y}.pbf` folder or a `.pmtiles` archive). Without
 * them it removes any archive an earlier build left, says so once, and succeeds: the map then
 * keeps its Natural Earth basemap at every zoom.
 */

const ROOT = process.cwd();
const STREET_ARCHIVE_PATH = `static/${STREET_ARCHIVE_FILE}`;
/** Buildings are kept this close to an event placed to the address or the street. */
const BUILDING_RADIUS_METRES = 500;

function main(): void {
	const output = resolve(ROOT, STREET_ARCHIVE_PATH);
	const configured = process.env.ATLAS_STREET_TILES?.trim();
	const input = configured ? resolve(ROOT, configured) : undefined;
	if (!configured || !input || !existsSync(input)) {
		rmSync(output, { force: true });
		const why = configured
			? `ATLAS_STREET_TILES points at ${configured}, which does not exist`
			: 'ATLAS_STREET_TILES is not set';
		console.log(`streets: off (${why}); the map keeps the Natural Earth basemap at every zoom.`);
		return;
	}
	const atlas = validateAtlas(readAtlasInput('.'));
	if (!atlas.ok) {
		throw new Error(`invalid atlas data:\n${atlas.errors.map(formatValidationError).join('\n')}`);
	}
	const sites = buildingSites(atlas.data.events);
	const build = buildStreetArchive(readSourceTiles(input), {
		nearSite: nearAnySite(sites, BUILDING_RADIUS_METRES),
		asOf: streetsAsOf(configured, process.env.ATLAS_STREET_TILES_AS_OF)
	});
	mkdirSync(dirname(output), { recursive: true });
	writeFileSync(output, build.archive);
	console.log(
		`streets: wrote ${relative(ROOT, output)} (${(build.archive.length / 1e6).toFixed(2)} MB, ` +
			`${build.tiles} tiles, zooms ${build.minZoom}–${build.maxZoom}, buildings around ${sites.length} sites)`
	);
}

try {
	main();
} catch (error) {
	console.error(`streets: failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
