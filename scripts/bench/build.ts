import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AtlasEvent } from '../../src/lib/domain/data/schema';
import { BASEMAP_FILE } from '../../src/lib/domain/geo/basemap-files';
import { BASELINE_ENV, type BaselineConfig } from './baseline/config';
import type { Dataset } from './datasets';

/** The project root: two folders up from this file. */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BASEMAP = join('static', BASEMAP_FILE);

/**
 * Top-level entries never copied into a build workspace: dependencies (linked instead), version
 * control, outputs, scratch space, and `.env*` files, whose PUBLIC_MAP_STYLE_URL or
 * PUBLIC_PMTILES_URL would swap the embedded basemap for another and perhaps leave the origin.
 */
const NOT_COPIED = new Set([
	'node_modules',
	'.git',
	'.bench',
	'build',
	'.svelte-kit',
	'test-results',
	'playwright-report'
]);

/** Runs a command, its output going to `log`; rejects with the log's tail on failure. */
export function run(
	command: string,
	args: string[],
	options: { cwd: string; env: NodeJS.ProcessEnv; log: string }
): Promise<void> {
	mkdirSync(dirname(options.log), { recursive: true });
	return new Promise((done, fail) => {
		const child = spawn(command, args, { cwd: options.cwd, env: options.env });
		const chunks: Buffer[] = [];
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', fail);
		child.on('close', (code) => {
			const output = Buffer.concat(chunks).toString('utf8');
			writeFileSync(options.log, output);
			if (code === 0) return done();
			const tail = output.split('\n').slice(-40).join('\n');
			fail(
				new Error(
					`${command} ${args.join(' ')} failed (exit ${code}); log: ${options.log}\n${tail}`
				)
			);
		});
	});
}

/**
 * The build environment without a configured basemap, so every build draws the embedded one,
 * and with heap room for prerendering 100,000 events.
 */
function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {
		NODE_OPTIONS: '--max-old-space-size=8192',
		...process.env,
		...extra
	};
	delete env.PUBLIC_MAP_STYLE_URL;
	delete env.PUBLIC_PMTILES_URL;
	return env;
}

/** Writes the embedded basemap (`npm run basemap`) unless it is already there. */
export async function ensureBasemap(logDir: string): Promise<void> {
	if (existsSync(join(PROJECT_ROOT, BASEMAP))) return;
	await run('npm', ['run', 'basemap'], {
		cwd: PROJECT_ROOT,
		env: process.env,
		log: join(logDir, 'basemap.log')
	});
}

/**
 * Copies the project (sources, configuration, static files, data) into `work`, linking
 * node_modules. The SvelteKit build then writes its `.svelte-kit/` there rather than in the
 * project, where `vite preview` (and so the end-to-end tests' server) serves
 * `.svelte-kit/output`: building a synthetic atlas in place would swap the site under them.
 */
export function prepareWorkspace(source: string, work: string): void {
	rmSync(work, { recursive: true, force: true });
	mkdirSync(work, { recursive: true });
	for (const entry of readdirSync(source)) {
		if (NOT_COPIED.has(entry) || entry.startsWith('.env')) continue;
		cpSync(join(source, entry), join(work, entry), { recursive: true });
	}
	symlinkSync(join(source, 'node_modules'), join(work, 'node_modules'), 'dir');
}

/**
 * Builds the atlas from `dataset` into `outDir` with the test hooks on (`window.__atlasMap`),
 * inside a workspace prepared by `prepareWorkspace`. Returns the build time in ms.
 */
export async function buildAtlas(
	work: string,
	dataset: Dataset,
	outDir: string,
	log: string
): Promise<number> {
	const start = performance.now();
	await run('npx', ['vite', 'build'], {
		cwd: work,
		env: buildEnv({
			// Relative paths: the build joins ATLAS_GEODATA_DIR onto its working directory.
			ATLAS_GEODATA_DIR: relative(work, dataset.dir),
			ATLAS_BUILD_DIR: relative(work, outDir),
			ATLAS_TEST_HOOKS: '1',
			// The poster (poster.png, not loaded by the measured page) of 10,000 dots and more
			// outgrows its default 300 KB budget, which would fail the build.
			ATLAS_POSTER_MAX_KB: '4096'
		}),
		log
	});
	return performance.now() - start;
}

/** `[west, south, east, north]` around every point and route vertex, as the atlas fits. */
export function eventsBbox(
	events: readonly Pick<AtlasEvent, 'coordinates' | 'route'>[]
): [number, number, number, number] {
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const event of events) {
		for (const [lon, lat] of [event.coordinates, ...(event.route ?? [])]) {
			west = Math.min(west, lon);
			south = Math.min(south, lat);
			east = Math.max(east, lon);
			north = Math.max(north, lat);
		}
	}
	return [west, south, east, north];
}

/** The baseline's one GeoJSON source: a point per event, earliest first like the atlas's. */
export function baselinePoints(events: readonly AtlasEvent[]): string {
	const features = [...events]
		.sort((a, b) => a.startMs - b.startMs)
		.map((e) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: e.coordinates },
			properties: { id: e.id, startMs: e.startMs, endMs: e.endMs }
		}));
	return JSON.stringify({ type: 'FeatureCollection', features });
}

/**
 * Builds the baseline page (scripts/bench/baseline/) for `dataset` into `outDir`, with its
 * points at /data/points.geojson and the embedded basemap at /basemap/. Returns the build time.
 */
export async function buildBaseline(
	dataset: Dataset,
	scratch: string,
	outDir: string,
	log: string
): Promise<number> {
	const start = performance.now();
	const publicDir = join(scratch, 'public');
	rmSync(publicDir, { recursive: true, force: true });
	mkdirSync(join(publicDir, 'data'), { recursive: true });
	mkdirSync(join(publicDir, dirname(BASEMAP_FILE)), { recursive: true });
	writeFileSync(join(publicDir, 'data', 'points.geojson'), baselinePoints(dataset.data.events));
	// The baseline page names the same path itself (baseline/main.ts imports nothing of the atlas).
	cpSync(join(PROJECT_ROOT, BASEMAP), join(publicDir, BASEMAP_FILE));
	const events = dataset.data.events;
	const config: BaselineConfig = {
		bbox: eventsBbox(events),
		extent: {
			from: events.reduce((min, e) => Math.min(min, e.startMs), Infinity),
			to: events.reduce((max, e) => Math.max(max, e.endMs), -Infinity)
		}
	};
	await run(
		'npx',
		['vite', 'build', '--config', join('scripts', 'bench', 'baseline', 'vite.config.ts')],
		{
			cwd: PROJECT_ROOT,
			env: buildEnv({
				[BASELINE_ENV.config]: JSON.stringify(config),
				[BASELINE_ENV.publicDir]: publicDir,
				[BASELINE_ENV.outDir]: outDir
			}),
			log
		}
	);
	return performance.now() - start;
}
