import type { BundleReport } from './bundle';
import type { MapIdleRun, RunResult } from './measure';
import { maximum, measuredMedian, median, percentile } from './stats';

/** Everything measured for one page kind at one size, reduced to what the report shows. */
export interface PageSummary {
	runs: number;
	failed: string[];
	fcp: number;
	mapIdle: number;
	stepMedian: number;
	stepP95: number;
	/** Median ms from key down to the page's first setGlobalStateProperty call. */
	stepToMapMedian: number;
	stepSamples: number;
	stepTimeouts: number;
	stepsUnchanged: number;
	/** The same over the steps timed with only the baseline's layers drawn (NaN: not timed). */
	likeBaselineStepMedian: number;
	likeBaselineStepP95: number;
	longestTaskMedian: number;
	longestTaskMax: number;
	/** Ms since navigation until the page's own data was in (NaN: the page has none). */
	loadedMedian: number;
	/** Longest main-thread task until then: median of runs and worst run. */
	loadTaskMedian: number;
	loadTaskMax: number;
	heapMB: number;
	kbBeforeFcp: number;
	maplibreBeforeFcp: string[];
	dataBeforeFcp: string[];
	workerValidate: number | null;
	checks: string[];
	problems: string[];
}

export interface SizeResult {
	size: number;
	eventsBytes: number;
	nodeValidation: { runs: number[]; median: number };
	buildMs: { atlas: number; baseline: number };
	bundle: BundleReport;
	atlas: PageSummary;
	baseline: PageSummary;
	/** The atlas's map idle with only the baseline's layers drawn (a diagnostic; see measure.ts). */
	atlasMapIdleLikeBaseline: MapIdleSummary;
}

export interface MapIdleSummary {
	runs: number;
	failed: string[];
	/** Median ms since navigation (NaN: no visit succeeded, or none was made). */
	mapIdle: number;
	problems: string[];
}

export interface Machine {
	cpu: string;
	cores: number;
	ramGB: number;
	os: string;
	node: string;
	chromium: string;
	/** 1-minute load average when the bench started and when it ended (0 where unsupported). */
	load: [number, number];
}

export interface BenchReport {
	date: string;
	machine: Machine;
	options: { sizes: number[]; reps: number; steps: number; seed: number; warmup: number };
	/** How this report was produced, e.g. `npm run bench -- --sizes 1000 --reps 2`. */
	command: string;
	sizes: SizeResult[];
	/** Sizes that could not be measured at all, with the reason. */
	failures: string[];
}

export function summarise(runs: readonly RunResult[]): PageSummary {
	const ok = runs.filter((r) => !r.error);
	const steps = ok.flatMap((r) => r.steps);
	const timed = steps.filter((s) => s !== null);
	const samples = timed.map((s) => s.total);
	const likeBaseline = ok
		.flatMap((r) => r.stepsLikeBaseline)
		.filter((s) => s !== null)
		.map((s) => s.total);
	const validate = ok.map((r) => r.load.workerValidate).filter((v): v is number => v !== null);
	return {
		runs: runs.length,
		failed: runs.flatMap((r) => (r.error ? [r.error] : [])),
		fcp: median(ok.map((r) => r.fcp)),
		mapIdle: median(ok.map((r) => r.mapIdle)),
		stepMedian: median(samples),
		stepP95: percentile(samples, 95),
		stepToMapMedian: median(timed.map((s) => s.toMap)),
		stepSamples: samples.length,
		stepTimeouts: steps.length - samples.length,
		stepsUnchanged: ok.reduce((sum, r) => sum + r.unchanged, 0),
		likeBaselineStepMedian: median(likeBaseline),
		likeBaselineStepP95: percentile(likeBaseline, 95),
		longestTaskMedian: measuredMedian(ok.map((r) => r.longestTask)),
		longestTaskMax: maximum(ok.map((r) => r.longestTask)),
		loadedMedian: median(ok.map((r) => r.pageLoad.loaded)),
		loadTaskMedian: measuredMedian(ok.map((r) => r.pageLoad.longestTask)),
		loadTaskMax: maximum(ok.map((r) => r.pageLoad.longestTask)),
		heapMB: median(ok.map((r) => r.heapBytes / 1024 / 1024)),
		kbBeforeFcp: median(ok.map((r) => r.load.transferBeforeFcp / 1024)),
		maplibreBeforeFcp: [...new Set(ok.flatMap((r) => r.load.maplibreBeforeFcp))],
		dataBeforeFcp: [...new Set(ok.flatMap((r) => r.load.dataBeforeFcp))],
		workerValidate: validate.length > 0 ? median(validate) : null,
		checks: [...new Set(ok.flatMap((r) => [`start ${r.checks.start}`, `end ${r.checks.end}`]))],
		problems: [...new Set(runs.flatMap((r) => r.problems))]
	};
}

export function summariseMapIdle(runs: readonly MapIdleRun[]): MapIdleSummary {
	return {
		runs: runs.length,
		failed: runs.flatMap((r) => (r.error ? [r.error] : [])),
		mapIdle: median(runs.filter((r) => !r.error).map((r) => r.mapIdle)),
		problems: [...new Set(runs.flatMap((r) => r.problems))]
	};
}

const count = (n: number) => n.toLocaleString('en-GB');
const ms = (n: number) =>
	Number.isFinite(n) ? `${n < 10 ? n.toFixed(1) : Math.round(n)} ms` : 'n/a';
const kb = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} KB` : 'n/a');
const mb = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} MB` : 'n/a');
const ratio = (a: number, b: number) =>
	Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a';
/** Long tasks are only reported from 50 ms up: 0 means "none reached 50 ms". */
const task = (n: number) => (n === 0 ? '< 50 ms' : ms(n));

function table(head: string[], rows: string[][]): string {
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** One table per compared metric: atlas, baseline and their ratio at each size. */
function compared(
	title: string,
	sizes: readonly SizeResult[],
	pick: (p: PageSummary) => number,
	format: (n: number) => string
): string {
	const rows = sizes.map((s) => {
		const [a, b] = [pick(s.atlas), pick(s.baseline)];
		return [count(s.size), format(a), format(b), ratio(a, b)];
	});
	return `### ${title}\n\n${table(['Events', 'Atlas', 'Baseline', 'Atlas ÷ baseline'], rows)}`;
}

/** One row of a diagnostic table: the atlas with every layer, with only the baseline's, the baseline. */
type DiagnosticRow = [label: string, all: number, only: number, base: number];

/**
 * A diagnostic table: the atlas with all its layers, and with only those that draw what the
 * baseline draws, against the baseline. What separates the first two is what the atlas's other
 * layers cost; what separates the last two is what the rest of the atlas costs.
 */
function diagnosticTable(title: string, rows: readonly DiagnosticRow[]): string {
	return (
		`### ${title} with the atlas drawing only what the baseline draws (diagnostic)\n\n` +
		table(
			[
				'Events',
				'Atlas, every layer (÷ baseline)',
				'Atlas, only sea, land and event points (÷ baseline)',
				'Baseline'
			],
			rows.map(([label, all, only, base]) => [
				label,
				`${ms(all)} (${ratio(all, base)})`,
				`${ms(only)} (${ratio(only, base)})`,
				ms(base)
			])
		)
	);
}

/** The steps, timed again in the same visit once the other layers are hidden. */
function likeBaselineTable(sizes: readonly SizeResult[]): string {
	const rows = sizes.flatMap((s): DiagnosticRow[] => [
		[
			`${count(s.size)} (median)`,
			s.atlas.stepMedian,
			s.atlas.likeBaselineStepMedian,
			s.baseline.stepMedian
		],
		[`${count(s.size)} (p95)`, s.atlas.stepP95, s.atlas.likeBaselineStepP95, s.baseline.stepP95]
	]);
	return diagnosticTable('Slider step', rows);
}

/** The first view, timed in a visit of its own whose map hides the other layers from the start. */
function mapIdleLikeBaselineTable(sizes: readonly SizeResult[]): string {
	const rows = sizes.map((s): DiagnosticRow => [
		count(s.size),
		s.atlas.mapIdle,
		s.atlasMapIdleLikeBaseline.mapIdle,
		s.baseline.mapIdle
	]);
	return diagnosticTable('Navigation to map idle', rows);
}

interface Target {
	name: string;
	met: boolean | null;
	detail: string;
	/** For a target not met: what the diagnostics of the same run say the distance is made of. */
	why?: string;
}

/**
 * Splits the atlas's distance from the baseline (`full` against `base`) with the diagnostic's
 * figure (`only`: the atlas drawing only what the baseline draws) into what its other map layers
 * cost and what the rest of the page costs.
 */
function explain(
	full: number,
	only: number,
	base: number,
	limit: number,
	rest = 'the rest of the page'
): string | undefined {
	if (![full, only, base].every(Number.isFinite) || base <= 0) return undefined;
	const drawing = `drawing only what the baseline draws, the atlas takes ${ms(only)} (${ratio(only, base)})`;
	if (only / base <= limit)
		return `${drawing}, within the target: its map’s other layers (the rest of the basemap, halos, routes, links, stacks, labels) make up the difference`;
	return (
		`${drawing}: of the ${ms(full - base)} more than the baseline, its map’s other layers ` +
		`account for ${ms(full - only)} and ${rest} for ${ms(only - base)}`
	);
}

function at(sizes: readonly SizeResult[], size: number): SizeResult | undefined {
	return sizes.find((s) => s.size === size);
}

/** The targets the atlas is held to, each met, not met, or not measured in this run. */
export function checkTargets(report: BenchReport): Target[] {
	const { sizes } = report;
	const targets: Target[] = [];
	const within = (a: number, b: number, limit: number) =>
		Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b <= limit : false;
	for (const size of [10_000, 100_000]) {
		const s = at(sizes, size);
		for (const [which, limit, pick] of [
			['median', 1.3, (p: PageSummary) => p.stepMedian],
			['p95', 1.5, (p: PageSummary) => p.stepP95]
		] as const) {
			const only =
				which === 'median' ? s?.atlas.likeBaselineStepMedian : s?.atlas.likeBaselineStepP95;
			targets.push({
				name: `Slider step ${which} ≤ ${limit}× baseline at ${count(size)} events`,
				met: s ? within(pick(s.atlas), pick(s.baseline), limit) : null,
				detail: s
					? `${ms(pick(s.atlas))} vs ${ms(pick(s.baseline))} (${ratio(pick(s.atlas), pick(s.baseline))})`
					: 'not measured in this run',
				why: s && explain(pick(s.atlas), only ?? NaN, pick(s.baseline), limit)
			});
		}
	}
	targets.push({
		name: 'Navigation to map idle (all points drawn) ≤ 1.25× baseline at every size',
		met:
			sizes.length > 0
				? sizes.every((s) => within(s.atlas.mapIdle, s.baseline.mapIdle, 1.25))
				: null,
		detail: sizes
			.map(
				(s) =>
					`${count(s.size)}: ${ms(s.atlas.mapIdle)} vs ${ms(s.baseline.mapIdle)} (${ratio(s.atlas.mapIdle, s.baseline.mapIdle)})`
			)
			.join('; '),
		why: sizes
			.filter((s) => !within(s.atlas.mapIdle, s.baseline.mapIdle, 1.25))
			.flatMap((s) => {
				const why = explain(
					s.atlas.mapIdle,
					s.atlasMapIdleLikeBaseline.mapIdle,
					s.baseline.mapIdle,
					1.25,
					'the rest of the page (loading the map files of those layers included)'
				);
				return why ? [`at ${count(s.size)}, ${why}`] : [];
			})
			.join('; ')
	});
	const big = at(sizes, 100_000);
	targets.push({
		name: 'No main-thread task over 200 ms during slider steps at 100,000 events',
		met: big ? Number.isFinite(big.atlas.longestTaskMax) && big.atlas.longestTaskMax <= 200 : null,
		detail: big
			? `longest ${task(big.atlas.longestTaskMax)} over ${big.atlas.runs} runs`
			: 'not measured in this run'
	});
	targets.push({
		name: 'Atlas JavaScript without MapLibre ≤ 60 KB gzip, as the home page loads it before it is interactive',
		met: sizes.length > 0 ? sizes.every((s) => s.bundle.initialGzipBytes <= 60 * 1024) : null,
		detail: sizes
			.map(
				(s) =>
					`${count(s.size)}: ${kb(s.bundle.initialGzipBytes / 1024)} ` +
					`(all of the atlas's own chunks, lazy ones included: ${kb(s.bundle.ownGzipBytes / 1024)})`
			)
			.join('; ')
	});
	const early = sizes.flatMap((s) => [...s.atlas.maplibreBeforeFcp, ...s.atlas.dataBeforeFcp]);
	targets.push({
		name: 'First contentful paint needs no MapLibre bytes and no dataset bytes',
		met:
			sizes.length > 0
				? early.length === 0 && sizes.every((s) => s.atlas.runs > s.atlas.failed.length)
				: null,
		detail: early.length === 0 ? 'none loaded before FCP' : `before FCP: ${early.join(', ')}`
	});
	targets.push({
		name: '100,000 events validated in under 20 s in Node',
		met: big ? big.nodeValidation.median < 20_000 : null,
		detail: big ? `${ms(big.nodeValidation.median)} (median)` : 'not measured in this run'
	});
	return targets;
}

function verdict(met: boolean | null): string {
	return met === null ? 'not measured' : met ? 'met' : '**not met**';
}

/** The report as Markdown: machine, method, a table per metric, targets, and anything odd. */
export function renderReport(report: BenchReport): string {
	const { machine, options, sizes } = report;
	const out: string[] = [];
	out.push('# Benchmarks', '');
	out.push(
		'Written by `npm run bench` (scripts/bench/); rerun it to refresh this file. Numbers are ' +
			'from one machine and one run: compare ratios, not absolute times.',
		''
	);
	out.push('## Machine', '');
	out.push(
		`- CPU: ${machine.cpu}, ${machine.cores} cores available`,
		`- RAM: ${machine.ramGB.toFixed(0)} GB`,
		`- OS: ${machine.os}`,
		`- Node ${machine.node}; Chromium ${machine.chromium} (headless, \`/usr/bin/chromium\`)`,
		'- No GPU: WebGL is rendered in software by SwiftShader (`--use-angle=swiftshader`), on ' +
			'the same cores as the page, so map rendering costs far more CPU than on a real device.',
		`- Load average (1 min) at start and end of the run: ${machine.load.map((l) => l.toFixed(1)).join(' and ')} ` +
			`on ${machine.cores} cores${Math.max(...machine.load) > machine.cores ? ': the machine was busy with other work, so the numbers are noisy' : ''}`,
		`- Date: ${report.date}`,
		''
	);
	out.push('## Method', '');
	out.push(
		`- This run: \`${report.command}\` (defaults: \`--sizes 1000,10000,100000 --reps 5 --steps 20 --seed 1 --warmup 1\`).`,
		`- Datasets: ${sizes.map((s) => count(s.size)).join(', ')} synthetic events ` +
			`(seed ${options.seed}, scripts/bench/synthetic.ts), built from the real data's events and ` +
			'sources. Each is validated in Node and built into its own atlas site ' +
			'(`ATLAS_TEST_HOOKS=1`) in a copy of the project under `.bench/work/`.',
		'- Baseline: a bare page (scripts/bench/baseline/) with MapLibre alone, self-hosted, the ' +
			'same points as one GeoJSON source, one `circle` layer, the same time filter through ' +
			'`global-state`, the embedded basemap drawn as a plain land fill, and a bare ' +
			'`<input type="range" aria-label="Time">`. It fits the same bounding box with the same ' +
			'padding (48) and maximum zoom (12); the bench reads the atlas map’s size and its slider’s ' +
			'min, max and step from the atlas page and gives them to the baseline, so both maps show ' +
			'the same area at the same zoom and both sliders step through the same instants.',
		'- Both sites are served by a small static server on 127.0.0.1 (gzip for text, as a real ' +
			'host would). Any request leaving the origin is aborted and reported.',
		`- Interleaved in one browser: atlas, baseline, atlas drawing like the baseline (below), ` +
			`then again … ${options.reps} repetitions per size (after ${options.warmup} unmeasured ` +
			'warm-up visit(s) of the first two), each on a fresh browser context (empty cache) at ' +
			'1280×800. Tables show medians of the repetitions.',
		'- **First contentful paint**: `performance.getEntriesByName("first-contentful-paint")`.',
		'- **Map idle, all points drawn**: the time (since navigation began) of the map’s last ' +
			'`idle` event, once the map has then stayed without rendering for 300 ms and ' +
			'`queryRenderedFeatures` on the points layer returns at least as many distinct event ids ' +
			'as there are events whose point lies in the visible bounds (all of them at start: the ' +
			'map fits every event). “Drawn” therefore means “in MapLibre’s rendered feature index ' +
			'for the tiles on screen”: overlapping circles all count, though a reader sees only the ' +
			'top one. The count runs only once the map is quiet, so its own cost is not timed.',
		'- **Events in the page** (atlas only): the time (since navigation began) when the ' +
			'interactive event list first shows a block of days, which it can only do once the ' +
			'dataset worker has handed every event over and the page has indexed them; and the ' +
			'longest main-thread task until then. The atlas asks for its events only once its map ' +
			'is drawn (or at once when a reader acts, a link names an event, or a host or a story ' +
			'waits on them), so this includes the wait for the map. The baseline has nothing to ' +
			'load beside its map.',
		'- **Before the steps**, each page is left to finish loading: for the atlas, until its ' +
			'events are in the page; then, for both, until no long task has begun for a second and ' +
			'the map has not rendered since its last `idle`. The steps so time a step, not the tail ' +
			'of the load: at 100,000 events the atlas’s events are still crossing from its worker ' +
			'for seconds after the map is drawn, and steps taken then were up to twice as slow. What ' +
			'the load costs is in the rows above and below.',
		`- **Slider step**: the slider is focused, \`Home\` pressed (not timed), then ${options.steps} ` +
			'keys, each timed in the page from `keydown` to the map’s next `idle` event: `PageUp` (a ' +
			'tenth of the range) up to the top, then `PageDown`. The key sequence is worked out once ' +
			'from the atlas slider’s min, max and step, so both pages get the same keys and every key ' +
			'moves the slider. Median and 95th percentile (nearest rank) are over all steps of all ' +
			'repetitions. The time to the page’s first `setGlobalStateProperty` call is how long the ' +
			'page takes to hand the change to the map; whatever the page still does after that call ' +
			'(DOM updates in the same flush, say) falls on the map’s side of that split.',
		'- **Slider step, atlas drawing only what the baseline draws** (a diagnostic, not a ' +
			'target): after the steps, the heap and the checks, every layer of the atlas’s map but ' +
			'its background (`sea`), its `land` and its two event-point layers is hidden ' +
			'(`visibility: none`), the page is left quiet again, and the same keys are timed again ' +
			'in the same visit. Its distance from the full step is what the atlas’s other layers ' +
			'(the rest of the basemap, halos, routes, links, stacks, selection rings, labels) cost a ' +
			'step: their sources laid out again by MapLibre’s worker and their drawing in every ' +
			'frame; its distance from the baseline is what the rest of the atlas (the view, the ' +
			'index, the page’s own updates) costs.',
		'- **Map idle, atlas drawing only what the baseline draws** (a diagnostic, not a target): ' +
			'a third visit of the atlas, whose map hides every layer but those same four as its style ' +
			'loads (the bench’s probes do it, after the page has added its layers and before any tile ' +
			'is asked for), timed to map idle with all points drawn as above. Its distance from the ' +
			'full atlas’s is what drawing the atlas’s other layers costs its first view (their tiles ' +
			'laid out, their shaders compiled, their frames drawn); its distance from the baseline’s ' +
			'is what the rest of the page costs (MapLibre loaded only after first paint, the page’s ' +
			'own scripts) and also the fetching and indexing of those layers’ map files, which ' +
			'MapLibre does for every GeoJSON source a page adds, drawn or not. The two diagnostics ' +
			'split each target not met below into those two parts.',
		'- **Longest task**: the longest `longtask` entry (PerformanceObserver, buffered) ' +
			'overlapping the steps; the API reports only tasks of 50 ms or more. Median of the ' +
			'repetitions and the worst one.',
		'- **Heap**: main-thread JS heap after the steps and a forced GC (CDP ' +
			'`HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`); workers are not included.',
		'- **Bytes before FCP**: `transferSize` of the navigation and resource entries whose ' +
			'`responseEnd` ≤ the FCP time, plus the responses Web Workers fetched (the atlas’s ' +
			'dataset worker, MapLibre’s workers), which the page’s own timeline does not list: ' +
			'those are taken from Playwright’s network events (headers and body as sent, end time ' +
			'on the same clock). A URL with `maplibre` in it counts as MapLibre bytes, one with ' +
			'`/data/` as dataset bytes.',
		'- **Validation**: `validateAtlas` in Node on the dataset read from disk (parsing not ' +
			'timed; median of 5 runs, 2 at 100,000), and in the browser the duration of the ' +
			'`atlas:worker-validate` measure the atlas records, when it records one.',
		'- **Atlas JavaScript**: gzip (node:zlib, default level) of `.js` files under ' +
			'`_app/immutable/`, leaving out the chunks holding MapLibre (recognised by its control ' +
			'class names) and worker scripts. Counted twice: the files the home page’s HTML names ' +
			'(module scripts and modulepreloads: what it loads before it is interactive; the target ' +
			'is judged on this), and every chunk, including those loaded later or only on demand (the ' +
			'map’s own code, loaded after the page is interactive; PMTiles support; the geometry for ' +
			'a dataset swapped in at run time).',
		''
	);
	out.push('## Results', '');
	const metrics: [string, (p: PageSummary) => number, (n: number) => string][] = [
		['Navigation to first contentful paint', (p) => p.fcp, ms],
		['Navigation to map idle, all points drawn', (p) => p.mapIdle, ms],
		['Slider step, median (key down to map idle)', (p) => p.stepMedian, ms],
		['Slider step, 95th percentile', (p) => p.stepP95, ms],
		[
			'Slider step, median time before the map is told (key down to first setGlobalStateProperty)',
			(p) => p.stepToMapMedian,
			ms
		],
		[
			'Longest main-thread task during the steps (median of runs)',
			(p) => p.longestTaskMedian,
			task
		],
		['Longest main-thread task during the steps (worst run)', (p) => p.longestTaskMax, task],
		['JS heap after the steps', (p) => p.heapMB, mb],
		['Bytes transferred before first contentful paint', (p) => p.kbBeforeFcp, kb]
	];
	for (const [title, pick, format] of metrics) out.push(compared(title, sizes, pick, format), '');
	out.push(likeBaselineTable(sizes), '');
	out.push(mapIdleLikeBaselineTable(sizes), '');
	out.push('### Atlas only', '');
	const yesNo = (list: string[]) => (list.length === 0 ? 'no' : `**yes**: ${list.join(', ')}`);
	out.push(
		table(
			['Events', ...sizes.map((s) => count(s.size))],
			[
				['events.geojson', ...sizes.map((s) => kb(s.eventsBytes / 1024))],
				['Validation in Node (median)', ...sizes.map((s) => ms(s.nodeValidation.median))],
				[
					'Validation in Node (runs)',
					...sizes.map((s) => s.nodeValidation.runs.map(ms).join(', '))
				],
				[
					'Validation in the worker (`atlas:worker-validate`)',
					...sizes.map((s) =>
						s.atlas.workerValidate === null ? 'n/a' : ms(s.atlas.workerValidate)
					)
				],
				['MapLibre bytes before FCP', ...sizes.map((s) => yesNo(s.atlas.maplibreBeforeFcp))],
				['Dataset bytes before FCP', ...sizes.map((s) => yesNo(s.atlas.dataBeforeFcp))],
				[
					'Navigation to the events in the page (median)',
					...sizes.map((s) => ms(s.atlas.loadedMedian))
				],
				[
					'Longest main-thread task until then (median of runs, worst run)',
					...sizes.map((s) => `${task(s.atlas.loadTaskMedian)}, ${task(s.atlas.loadTaskMax)}`)
				],
				[
					'Atlas JS the home page loads before it is interactive (gzip)',
					...sizes.map((s) => kb(s.bundle.initialGzipBytes / 1024))
				],
				[
					'Atlas JS, every chunk, lazy ones included (gzip)',
					...sizes.map((s) => kb(s.bundle.ownGzipBytes / 1024))
				],
				[
					'MapLibre chunk(s) (gzip)',
					...sizes.map((s) => kb(s.bundle.maplibre.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024))
				],
				['Build time', ...sizes.map((s) => ms(s.buildMs.atlas))]
			]
		),
		''
	);
	out.push('## Targets', '');
	for (const t of checkTargets(report)) {
		const why = t.met === false && t.why ? ` Why: ${t.why}.` : '';
		out.push(`- ${t.name}: ${verdict(t.met)} — ${t.detail}.${why}`);
	}
	out.push('');
	const notes = sizes.flatMap((s) =>
		(['atlas', 'baseline'] as const).flatMap((kind) => {
			const p = s[kind];
			const lines: string[] = [];
			const where = `${kind} at ${count(s.size)}`;
			if (p.failed.length > 0)
				lines.push(`${where}: ${p.failed.length} run(s) failed: ${p.failed.join('; ')}`);
			if (p.stepTimeouts > 0)
				lines.push(`${where}: ${p.stepTimeouts} step(s) never reached idle in 60 s`);
			if (p.stepsUnchanged > 0)
				lines.push(`${where}: ${p.stepsUnchanged} key(s) moved nothing (not timed)`);
			for (const problem of p.problems.slice(0, 5)) lines.push(`${where}: ${problem}`);
			lines.push(`${where}: rendered/expected points ${p.checks.join(', ')}`);
			return lines;
		})
	);
	for (const s of sizes) {
		const { failed, problems } = s.atlasMapIdleLikeBaseline;
		const where = `atlas drawing like the baseline at ${count(s.size)}`;
		if (failed.length > 0)
			notes.push(`${where}: ${failed.length} visit(s) failed: ${failed.join('; ')}`);
		for (const problem of problems.slice(0, 5)) notes.push(`${where}: ${problem}`);
	}
	out.push('## Checks and notes', '');
	out.push(
		'Rendered/expected: distinct ids rendered ÷ events the data says are drawn in the visible ' +
			'bounds, at start and after the last step; more rendered than expected means circles ' +
			'whose centre lies just outside the bounds.',
		''
	);
	for (const failure of report.failures) out.push(`- **Not measured**: ${failure}`);
	for (const note of notes) out.push(`- ${note}`);
	for (const s of sizes) {
		const largest = [...s.bundle.own]
			.sort((a, b) => b.gzipBytes - a.gzipBytes)
			.slice(0, 5)
			.map((f) => `${f.path} ${kb(f.gzipBytes / 1024)}`);
		out.push(
			`- JavaScript at ${count(s.size)}: MapLibre ${s.bundle.maplibre.map((f) => f.path).join(', ') || 'not found'}; ` +
				`workers ${s.bundle.workers.map((f) => f.path).join(', ') || 'none'}; ` +
				`largest of the atlas's own ${s.bundle.own.length} files: ${largest.join(', ')}`
		);
	}
	out.push('');
	return out.join('\n');
}
