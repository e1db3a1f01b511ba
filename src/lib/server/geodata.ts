import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { AtlasInput } from '../domain/data/validate';

/**
 * Where the data lives, relative to the project root (the build's working directory). The
 * environment variable `ATLAS_GEODATA_DIR` points the validator and the build at another
 * folder of the same shape: a deployer's own atlas, or the benchmark's synthetic datasets.
 */
export function geodataDir(): string {
	return process.env.ATLAS_GEODATA_DIR || 'geodata';
}

export interface GeodataPaths {
	meta?: string;
	events?: string;
	sources?: string;
	texts?: string;
}

function readJson(path: string): unknown {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(`${path}: could not read as JSON (${reason})`, { cause: error });
	}
}

/**
 * Reads the raw atlas files from disk without judging them: validation is `validateAtlas`'s
 * job. Paths can be overridden so the CLI can check a fixture against the real sources.
 */
export function readAtlasInput(root = '.', paths: GeodataPaths = {}): AtlasInput {
	const metaPath = paths.meta ?? resolve(root, geodataDir(), 'atlas.json');
	const eventsPath = paths.events ?? resolve(root, geodataDir(), 'events.geojson');
	const sourcesPath = paths.sources ?? resolve(root, geodataDir(), 'sources.json');
	const textsDir = paths.texts ?? resolve(root, geodataDir(), 'sources');
	const texts: Record<string, string> = {};
	for (const name of readdirSync(textsDir)) {
		if (name.endsWith('.txt')) texts[name] = readFileSync(join(textsDir, name), 'utf8');
	}
	return {
		metaFile: relative(root, metaPath),
		meta: readJson(metaPath),
		eventsFile: relative(root, eventsPath),
		events: readJson(eventsPath),
		sourcesFile: relative(root, sourcesPath),
		sources: readJson(sourcesPath),
		texts
	};
}
