import { chromium, type Browser } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { buildAtlas, buildBaseline, ensureBasemap, prepareWorkspace, PROJECT_ROOT } from './build';
import { measureBundle } from './bundle';
import { DEFAULT_SEED, prepareDataset, timeValidation, type Dataset } from './datasets';
import {
	CHROMIUM_ARGS,
	CHROMIUM_PATH,
	measureMapIdleLikeBaseline,
	measureRun,
	planKeys,
	readAtlasShape,
	type MapIdleRun,
	type PageKind,
	type RunResult
} from './measure';
import {
	checkTargets,
	renderReport,
	summarise,
	summariseMapIdle,
	type BenchReport,
	type Machine,
	type SizeResult
} from './report';
import { serveStatic } from './serve';
import { median } from './stats';

/**
 * `npm run bench [-- --sizes 1000,10000 --reps 3 --steps 20 --seed 1 --warmup 1]`: builds the
 * atlas and a bare MapLibre baseline for synthetic datasets, measures both interleaved in
 * headless Chromium, prints the tables and writes BENCHMARKS.md (see renderReport).
 */
const args = process.argv.slice(2);
const { values } = parseArgs({
	args,
	options: {
		sizes: { type: 'string', default: '1000,10000,100000' },
		reps: { type: 'string', default: '5' },
		steps: { type: 'string', default: '20' },
		seed: { type: 'string', default: String(DEFAULT_SEED) },
		warmup: { type: 'string', default: '1' },
		/** Project to build the atlas from, e.g. a git worktree of another commit. */
		source: { type: 'string', default: PROJECT_ROOT },
		out: { type: 'string', default: join(PROJECT_ROOT, 'BENCHMARKS.md') }
	}
});

const sizes = values.sizes.split(',').map((s) => Number(s.trim()));
const reps = Number(values.reps);
const steps = Number(values.steps);
const seed = Number(values.seed);
const warmup = Number(values.warmup);
const positive = (n: number) => Number.isInteger(n) && n > 0;
if (
	!sizes.every(positive) ||
	!positive(reps) ||
	!positive(steps) ||
	!Number.isInteger(seed) ||
	!(Number.isInteger(warmup) && warmup >= 0)
) {
	console.error(
		'usage: npm run bench -- [--sizes 1000,10000,100000] [--reps 5] [--steps 20] [--seed 1] ' +
			'[--warmup 1] [--source <project folder>] [--out BENCHMARKS.md]'
	);
	process.exit(1);
}

const BENCH = join(PROJECT_ROOT, '.bench');
const log = (line: string) => console.log(`bench: ${line}`);
/** Generous per-visit limits: at 100,000 events a software-rendered map takes its time. */
const timeoutFor = (size: number) => 60_000 + size * 3;

function describeOs(): string {
	try {
		const text = readFileSync('/etc/os-release', 'utf8');
		const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(text)?.[1];
		if (pretty) return `${pretty} (${type()} ${release()})`;
	} catch {
		// Not Linux, or no os-release: the kernel's name will do.
	}
	return `${type()} ${release()}`;
}

function describeMachine(browser: Browser): Machine {
	return {
		cpu: cpus()[0]?.model.trim() ?? 'unknown',
		cores: cpus().length,
		ramGB: totalmem() / 1024 ** 3,
		os: describeOs(),
		node: process.version,
		chromium: browser.version(),
		load: [loadavg()[0] ?? 0, 0]
	};
}

function progress(kind: PageKind, rep: number, r: RunResult): void {
	const middle = (timings: RunResult['steps']) =>
		median(timings.flatMap((s) => (s === null ? [] : [s.total])));
	const mid = middle(r.steps);
	const likeBaseline = middle(r.stepsLikeBaseline);
	log(
		`  ${kind.padEnd(8)} #${rep + 1}: fcp ${Math.round(r.fcp)} ms, map ${Math.round(r.mapIdle)} ms, ` +
			(Number.isFinite(r.pageLoad.loaded) ? `events ${Math.round(r.pageLoad.loaded)} ms, ` : '') +
			`step ~${Number.isNaN(mid) ? 'n/a' : Math.round(mid)} ms, longest task ${Math.round(r.longestTask)} ms` +
			(Number.isNaN(likeBaseline)
				? ''
				: `, step drawing like the baseline ~${Math.round(likeBaseline)} ms`) +
			(r.error ? `, FAILED: ${r.error}` : '') +
			(r.problems.length > 0 ? `, ${r.problems.length} problem(s): ${r.problems[0]}` : '')
	);
}

async function measureSize(browser: Browser, dataset: Dataset, work: string): Promise<SizeResult> {
	const { size } = dataset;
	const siteDir = join(BENCH, 'site', String(size));
	const baselineDir = join(BENCH, 'baseline', String(size));
	log(`${size}: building the atlas …`);
	const atlasBuild = await buildAtlas(
		work,
		dataset,
		siteDir,
		join(BENCH, 'logs', `atlas-${size}.log`)
	);
	log(`${size}: building the baseline …`);
	const baselineBuild = await buildBaseline(
		dataset,
		join(BENCH, 'baseline-src', String(size)),
		baselineDir,
		join(BENCH, 'logs', `baseline-${size}.log`)
	);
	const bundle = measureBundle(siteDir);
	const nodeValidation = timeValidation(dataset, size >= 100_000 ? 2 : 5);
	log(
		`${size}: validateAtlas in Node: ${nodeValidation.runs.map((t) => Math.round(t)).join(', ')} ms`
	);

	const atlasServer = await serveStatic(siteDir);
	const baselineServer = await serveStatic(baselineDir);
	const timeout = timeoutFor(size);
	const runs: Record<PageKind, RunResult[]> = { atlas: [], baseline: [] };
	const mapIdleLikeBaseline: MapIdleRun[] = [];
	try {
		const shape = await readAtlasShape(browser, atlasServer.origin, timeout);
		const query = new URLSearchParams({
			w: String(shape.width),
			h: String(shape.height),
			min: shape.min,
			max: shape.max,
			step: shape.step
		});
		const target = {
			atlas: { origin: atlasServer.origin, path: '/' },
			baseline: { origin: baselineServer.origin, path: `/?${query}` }
		};
		const keys = planKeys(
			{ min: Number(shape.min), max: Number(shape.max), step: Number(shape.step) || 1 },
			steps
		);
		const visit = (kind: PageKind) =>
			measureRun(browser, { kind, ...target[kind], events: dataset.data.events, keys, timeout });
		const visitLikeBaseline = () =>
			measureMapIdleLikeBaseline(browser, {
				...target.atlas,
				events: dataset.data.events,
				timeout
			});
		for (let i = 0; i < warmup; i++) {
			log(`${size}: warm-up ${i + 1} (not measured)`);
			await visit('atlas');
			await visit('baseline');
		}
		for (let rep = 0; rep < reps; rep++) {
			for (const kind of ['atlas', 'baseline'] as const) {
				const result = await visit(kind);
				runs[kind].push(result);
				progress(kind, rep, result);
			}
			const load = await visitLikeBaseline();
			mapIdleLikeBaseline.push(load);
			log(
				`  atlas drawing like the baseline #${rep + 1}: map ${Math.round(load.mapIdle)} ms` +
					(load.error ? `, FAILED: ${load.error}` : '') +
					(load.problems.length > 0
						? `, ${load.problems.length} problem(s): ${load.problems[0]}`
						: '')
			);
		}
	} finally {
		await atlasServer.close();
		await baselineServer.close();
	}
	return {
		size,
		eventsBytes: dataset.eventsBytes,
		nodeValidation,
		buildMs: { atlas: atlasBuild, baseline: baselineBuild },
		bundle,
		atlas: summarise(runs.atlas),
		baseline: summarise(runs.baseline),
		atlasMapIdleLikeBaseline: summariseMapIdle(mapIdleLikeBaseline)
	};
}

async function main(): Promise<void> {
	process.chdir(PROJECT_ROOT);
	mkdirSync(BENCH, { recursive: true });
	await ensureBasemap(join(BENCH, 'logs'));
	const source = resolve(values.source);
	if (!existsSync(join(source, 'svelte.config.js')))
		throw new Error(`${source} is not the project`);

	log(`generating datasets of ${sizes.join(', ')} events (seed ${seed}) …`);
	const datasets = sizes.map((size) => prepareDataset(join(BENCH, 'data'), size, seed));
	const work = join(BENCH, 'work');
	prepareWorkspace(source, work);

	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	const results: SizeResult[] = [];
	const failures: string[] = [];
	let machine: Machine;
	try {
		machine = describeMachine(browser);
		for (const dataset of datasets) {
			try {
				results.push(await measureSize(browser, dataset, work));
			} catch (error) {
				// One size failing (a broken build, a map that never settles) spoils only its tables.
				const message = error instanceof Error ? error.message : String(error);
				failures.push(`${dataset.size} events: ${message.split('\n')[0]}`);
				log(`${dataset.size}: FAILED: ${message}`);
			}
		}
	} finally {
		await browser.close();
	}
	machine.load[1] = loadavg()[0] ?? 0;
	const report: BenchReport = {
		date: new Date().toISOString().slice(0, 10),
		machine,
		options: { sizes, reps, steps, seed, warmup },
		command: ['npm run bench', ...(args.length > 0 ? ['--', ...args] : [])].join(' '),
		sizes: results,
		failures
	};
	// Formatted as the project formats Markdown, so `npm run lint` passes on the written file.
	const markdown = await format(renderReport(report), {
		...(await resolveConfig(values.out)),
		filepath: values.out
	});
	writeFileSync(values.out, markdown);
	writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify(report, null, '\t')}\n`);
	console.log(`\n${markdown.slice(markdown.indexOf('## Results'))}`);
	log(`wrote ${values.out} and .bench/results.json`);
	const missed = checkTargets(report).filter((t) => t.met === false).length;
	if (missed > 0) log(`${missed} target(s) not met (a benchmark reports; it does not fail)`);
}

main().catch((error) => {
	console.error(`bench: failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
