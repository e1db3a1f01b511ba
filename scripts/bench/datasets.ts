import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
	formatValidationError,
	validateAtlas,
	type AtlasData,
	type AtlasInput
} from '../../src/lib/domain/data/validate';
import { readAtlasInput } from '../../src/lib/server/geodata';
import { PROJECT_ROOT } from './build';
import { median } from './stats';
import { generateSyntheticInput, writeGeodata } from './synthetic';

/** Seed of every synthetic dataset the bench writes; change it to see another random draw. */
export const DEFAULT_SEED = 1;

export interface Dataset {
	size: number;
	seed: number;
	/** Absolute folder holding atlas.json, events.geojson, sources.json and sources/. */
	dir: string;
	/** Bytes of events.geojson as written (not compressed). */
	eventsBytes: number;
	/** The validated data, for expectations and the baseline's points. */
	data: AtlasData;
}

/** Reads a geodata folder laid out like `geodata/` (an absolute path is fine). */
export function readGeodata(dir: string): AtlasInput {
	return readAtlasInput('.', {
		meta: join(dir, 'atlas.json'),
		events: join(dir, 'events.geojson'),
		sources: join(dir, 'sources.json'),
		texts: join(dir, 'sources')
	});
}

/** Validates or throws with the first few errors: a benchmark on invalid data measures nothing. */
export function validateOrThrow(input: AtlasInput, what: string): AtlasData {
	const result = validateAtlas(input);
	if (result.ok) return result.data;
	const shown = result.errors.slice(0, 5).map(formatValidationError).join('\n');
	throw new Error(`${what} is invalid (${result.errors.length} errors):\n${shown}`);
}

/**
 * Writes the seeded synthetic dataset of `size` events into `<dataRoot>/<size>/`, built from the
 * project's real data, and reads it back through the same reader the build uses.
 */
export function prepareDataset(dataRoot: string, size: number, seed = DEFAULT_SEED): Dataset {
	const dir = join(dataRoot, String(size));
	writeGeodata(dir, generateSyntheticInput(readAtlasInput(PROJECT_ROOT), size, seed));
	const data = validateOrThrow(readGeodata(dir), `the synthetic ${size}-event dataset`);
	if (data.events.length !== size) {
		throw new Error(`asked for ${size} synthetic events, got ${data.events.length}`);
	}
	const eventsPath = join(dir, 'events.geojson');
	const eventsBytes = existsSync(eventsPath) ? statSync(eventsPath).size : 0;
	return { size, seed, dir, eventsBytes, data };
}

export interface ValidationTiming {
	/** Each run's `validateAtlas` time in ms, in order (JSON parsing excluded). */
	runs: number[];
	median: number;
}

/**
 * Times `validateAtlas` on the dataset as read from disk: `runs` times, each on a freshly read
 * input so no run benefits from another's parsed objects. Reading and parsing are not timed.
 */
export function timeValidation(dataset: Dataset, runs: number): ValidationTiming {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const input = readGeodata(dataset.dir);
		const start = performance.now();
		const result = validateAtlas(input);
		times.push(performance.now() - start);
		if (!result.ok) throw new Error(`dataset ${dataset.size} stopped validating`);
	}
	return { runs: times, median: median(times) };
}
