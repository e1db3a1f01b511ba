import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasEvent } from '../../src/lib/domain/data/schema';

/** Chromium as the end-to-end tests drive it: Debian's build, software WebGL (SwiftShader). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
export const VIEWPORT = { width: 1280, height: 800 };

export type PageKind = 'atlas' | 'baseline';

/** How to find the map, its points and its readiness on each kind of page. */
export const PAGES: Record<
	PageKind,
	{
		global: '__atlasMap' | '__baselineMap';
		layers: string[];
		/**
		 * The page's layers that draw what the baseline draws (its background, its land and its
		 * points): a diagnostic times the atlas's steps again with only these shown.
		 */
		likeBaseline: string[];
		ready: string;
		/** What shows the page's own data is in (beyond the map's), when it has any. */
		loaded?: string;
	}
> = {
	// The atlas draws its events as two layers: those over, faded (when fading is on), and the rest.
	atlas: {
		global: '__atlasMap',
		layers: ['atlas-event-points-faded', 'atlas-event-points'],
		likeBaseline: ['sea', 'land', 'atlas-event-points-faded', 'atlas-event-points'],
		ready: '[data-map-ready="true"]',
		// The events are indexed in the page once the interactive list shows its first block of
		// days (the prerendered list has none).
		loaded: '#events [data-block]'
	},
	baseline: {
		global: '__baselineMap',
		layers: ['points'],
		likeBaseline: ['sea', 'land', 'points'],
		ready: 'body[data-map-ready="true"]'
	}
};

/** What the probes installed before any page script keep on `window.__bench`. */
interface BenchProbes {
	map: MapLibreMap | null;
	/** `performance.now()` of every `idle` and the latest `render` event of the map. */
	idles: number[];
	lastRender: number;
	longTasks: { start: number; duration: number }[];
	/** `performance.now()` when the page's `PAGES[kind].loaded` first matched (NaN: not yet). */
	loaded: number;
	/** First `setGlobalStateProperty` call since the step's key went down (NaN: none yet). */
	firstSet: number;
	step: Promise<StepTiming | 'unchanged' | null> | null;
}

/** One slider step, in ms from the key going down. */
export interface StepTiming {
	/** To the map's next `idle`: the step as a reader waits for it. */
	total: number;
	/** To the page's first `setGlobalStateProperty` call: the page's own work before the map's. */
	toMap: number;
}
type BenchWindow = Window & { __bench: BenchProbes; __benchOnly?: string[] };

/**
 * Runs in the page before its own scripts: catches the map the moment the page exposes it (as
 * `__atlasMap` or `__baselineMap`) to timestamp its `idle` and `render` events, and records
 * long main-thread tasks from the start, and notes when the page first tells the map about a
 * step (`setGlobalStateProperty`). A string, not a function: tsx compiles functions with
 * name-keeping helpers that do not exist in the page. Fills `BenchProbes` on `window.__bench`.
 */
const PROBES = `(() => {
	const bench = {
		map: null, idles: [], lastRender: 0, longTasks: [], loaded: NaN, firstSet: NaN, step: null
	};
	window.__bench = bench;
	// One cheap query per batch of DOM changes until it matches; the baseline never does.
	const loaded = ${JSON.stringify(PAGES.atlas.loaded)};
	new MutationObserver((_, observer) => {
		if (document.querySelector(loaded) === null) return;
		bench.loaded = performance.now();
		observer.disconnect();
	}).observe(document, { subtree: true, childList: true });
	performance.setResourceTimingBufferSize(10000);
	for (const name of ['__atlasMap', '__baselineMap']) {
		let value;
		Object.defineProperty(window, name, {
			configurable: true,
			enumerable: true,
			get() {
				return value;
			},
			set(map) {
				value = map;
				if (!map || bench.map === map) return;
				bench.map = map;
				map.on('render', () => { bench.lastRender = performance.now(); });
				map.on('idle', () => { bench.idles.push(performance.now()); });
				// A visit that draws only some layers (measureMapIdleLikeBaseline) hides the rest as the style
				// loads, after the page's own handlers have added its layers, before any tile is asked for.
				const only = window.__benchOnly;
				if (Array.isArray(only)) {
					const hideOthers = () => {
						for (const id of map.getLayersOrder()) {
							if (!only.includes(id) && map.getLayoutProperty(id, 'visibility') !== 'none')
								map.setLayoutProperty(id, 'visibility', 'none');
						}
					};
					map.on('style.load', hideOthers);
					map.on('styledata', hideOthers);
					if (map.style) hideOthers();
				}
				const set = map.setGlobalStateProperty;
				map.setGlobalStateProperty = function (...args) {
					if (Number.isNaN(bench.firstSet)) bench.firstSet = performance.now();
					return set.apply(this, args);
				};
			}
		});
	}
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
			}
		}).observe({ type: 'longtask', buffered: true });
	} catch {
		// No Long Tasks API: the longest task then reads as none over 50 ms.
	}
})();`;

/** Installs the probes on every document `page` opens from now on; call before `goto`. */
export async function addProbes(page: Page): Promise<void> {
	await page.addInitScript({ content: PROBES });
}

/** A fresh context (empty cache) and page at 1280×800 that records what goes wrong in it. */
export interface BenchPage {
	context: BrowserContext;
	page: Page;
	/** Console errors, page errors and requests that left the served origin (aborted). */
	problems: string[];
	/** Every finished response, workers' included (sizes arrive a little after the event). */
	seen: SeenResponse[];
}

export async function openBenchPage(browser: Browser, origin: string): Promise<BenchPage> {
	const context = await browser.newContext({ viewport: VIEWPORT });
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	await page.route(
		(url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin,
		async (route) => {
			problems.push(`request left the origin: ${route.request().url()}`);
			await route.abort();
		}
	);
	const seen: SeenResponse[] = [];
	page.on('requestfinished', (request) => {
		const { startTime, responseEnd } = request.timing();
		request.sizes().then(
			(sizes) => {
				const bytes = sizes.responseHeadersSize + sizes.responseBodySize;
				// responseEnd is -1 when Chromium did not report it; then now is the best guess.
				const end = responseEnd >= 0 ? startTime + responseEnd : Date.now();
				seen.push({ url: request.url(), end, bytes });
			},
			() => undefined
		);
	});
	await addProbes(page);
	return { context, page, problems, seen };
}

/** Distinct event ids among the features MapLibre has rendered in `layers`, over the viewport. */
export async function renderedIds(page: Page, layers: string[]): Promise<string[]> {
	return page.evaluate((layers) => {
		const map = (window as unknown as BenchWindow).__bench.map as MapLibreMap;
		const ids = new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties.id));
		return [...ids].map(String);
	}, layers);
}

/** What the map has rendered of `layers` right now, read in one go so nothing renders between. */
interface RenderedState {
	/** Distinct event ids among the rendered features, over the viewport. */
	distinct: number;
	/** How many of those have not begun by `to` (must be 0: a future event drawn is a bug). */
	future: number;
	bounds: [number, number, number, number];
	idles: number;
	lastIdle: number | undefined;
	lastRender: number;
}

async function readRendered(page: Page, layers: string[], to: number): Promise<RenderedState> {
	return page.evaluate(
		({ layers, to }) => {
			const bench = (window as unknown as BenchWindow).__bench;
			const map = bench.map as MapLibreMap;
			const seen = new Map<string, number>();
			for (const f of map.queryRenderedFeatures({ layers })) {
				seen.set(String(f.properties.id), Number(f.properties.startMs));
			}
			let future = 0;
			for (const start of seen.values()) if (start > to) future++;
			const b = map.getBounds();
			return {
				distinct: seen.size,
				future,
				bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [
					number,
					number,
					number,
					number
				],
				idles: bench.idles.length,
				lastIdle: bench.idles.at(-1),
				lastRender: bench.lastRender
			};
		},
		// Number.MAX_VALUE stands for "no upper bound", whatever the serialiser does with Infinity.
		{ layers, to: Number.isFinite(to) ? to : Number.MAX_VALUE }
	);
}

/** Events the map should draw at instant `to` (cumulative mode) whose point lies in `bounds`. */
export function countExpected(
	events: readonly Pick<AtlasEvent, 'coordinates' | 'startMs'>[],
	to: number,
	[west, south, east, north]: [number, number, number, number]
): number {
	let count = 0;
	for (const {
		coordinates: [lon, lat],
		startMs
	} of events) {
		if (startMs <= to && lon >= west && lon <= east && lat >= south && lat <= north) count++;
	}
	return count;
}

export interface DrawnCheck {
	/** Time of the map's last `idle` event, ms since navigation began. */
	mapIdle: number;
	distinct: number;
	expected: number;
	future: number;
}

/**
 * Waits until the map has settled (its last `idle` came after its last render, and 300 ms have
 * passed without a render) with every point it should draw at `to` rendered, and returns the
 * time of that last `idle`. Counting only once settled keeps the (slow, at 100,000 points)
 * query off the measured timeline.
 */
export async function waitForAllDrawn(
	page: Page,
	kind: PageKind,
	events: readonly Pick<AtlasEvent, 'coordinates' | 'startMs'>[],
	to: number,
	timeout: number
): Promise<DrawnCheck> {
	const deadline = Date.now() + timeout;
	const left = () => Math.max(1, deadline - Date.now());
	await page.locator(PAGES[kind].ready).waitFor({ state: 'attached', timeout: left() });
	for (;;) {
		await page.waitForFunction(
			() => {
				const b = (window as unknown as BenchWindow).__bench;
				const last = b.idles.at(-1);
				if (b.map === null || last === undefined || last < b.lastRender) return false;
				return performance.now() - last > 300;
			},
			undefined,
			{ polling: 100, timeout: left() }
		);
		const state = await readRendered(page, PAGES[kind].layers, to);
		const expected = countExpected(events, to, state.bounds);
		const settled = state.lastIdle !== undefined && state.lastIdle >= state.lastRender;
		if (settled && state.distinct >= expected) {
			const { distinct, future } = state;
			return { mapIdle: state.lastIdle as number, distinct, expected, future };
		}
		if (Date.now() >= deadline) {
			throw new Error(`${kind}: ${state.distinct} of ${expected} points rendered in time`);
		}
		await page.waitForFunction(
			(n) => (window as unknown as BenchWindow).__bench.idles.length > n,
			state.idles,
			{ polling: 100, timeout: left() }
		);
	}
}

/** When the page's own data was in, and how long its longest task took until then. */
export interface PageLoad {
	/** Ms since navigation began: when `PAGES[kind].loaded` first matched (NaN: nothing to wait for). */
	loaded: number;
	/** Longest main-thread task from navigation to that moment (0: none reached 50 ms). */
	longestTask: number;
}

/** How long the page must go without a long task before its steps are timed. */
const QUIET_MS = 1000;

/**
 * Waits until the page has loaded what it shows beside the map (the atlas: its events, in the
 * list), then until neither the page nor the map has worked for a while: no long task for
 * QUIET_MS and no render since the map's last idle. The steps then time a step, not the end of a
 * load that a step happened to overlap; what the load costs is reported on its own.
 */
export async function waitForPageLoaded(
	page: Page,
	kind: PageKind,
	timeout: number
): Promise<PageLoad> {
	if (PAGES[kind].loaded === undefined) return { loaded: NaN, longestTask: 0 };
	// The probes note the moment the selector first matches (PROBES); wait for that note.
	const handle = await page.waitForFunction(
		() => {
			const at = (window as unknown as BenchWindow).__bench.loaded;
			return Number.isNaN(at) ? false : { at };
		},
		undefined,
		{ polling: 100, timeout }
	);
	const { at: loaded } = (await handle.jsonValue()) as { at: number };
	await waitForQuiet(page, timeout);
	const longestTask = await page.evaluate(
		(until) =>
			Math.max(
				0,
				...(window as unknown as BenchWindow).__bench.longTasks
					.filter((t) => t.start < until)
					.map((t) => t.duration)
			),
		loaded
	);
	return { loaded, longestTask };
}

/** Waits until no long task has begun for QUIET_MS and the map has not rendered since its idle. */
async function waitForQuiet(page: Page, timeout: number) {
	await page.waitForFunction(
		(quiet) => {
			const b = (window as unknown as BenchWindow).__bench;
			const now = performance.now();
			const busy = b.longTasks.some((t) => t.start + t.duration > now - quiet);
			const idle = b.idles.at(-1) ?? -Infinity;
			return !busy && idle >= b.lastRender && now - b.lastRender > 300;
		},
		QUIET_MS,
		{ polling: 100, timeout }
	);
}

/**
 * Hides every layer of the page's map but `PAGES[kind].likeBaseline`, so the map draws what the
 * baseline draws, and waits for it to be quiet again. Fails if one of those layers is missing
 * (renamed in the style, say): the comparison would then be with something else.
 */
export async function drawOnlyLikeBaseline(page: Page, kind: PageKind, timeout: number) {
	const keep = PAGES[kind].likeBaseline;
	const missing = await page.evaluate((keep) => {
		const map = (window as unknown as BenchWindow).__bench.map as MapLibreMap;
		const ids = map.getStyle().layers.map((layer) => layer.id);
		for (const id of ids) if (!keep.includes(id)) map.setLayoutProperty(id, 'visibility', 'none');
		return keep.filter((id) => !ids.includes(id));
	}, keep);
	if (missing.length > 0) throw new Error(`no layer ${missing.join(', ')} on the ${kind} map`);
	await waitForQuiet(page, timeout);
}

/** The ids of the layers the page's map shows (not `visibility: none`), in drawing order. */
export async function visibleLayers(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const map = (window as unknown as BenchWindow).__bench.map as MapLibreMap;
		return map.getLayersOrder().filter((id) => map.getLayoutProperty(id, 'visibility') !== 'none');
	});
}

/** A visit that times only the map's load: see `measureMapIdleLikeBaseline`. */
export interface MapIdleRun {
	mapIdle: number;
	problems: string[];
	error?: string;
}

/**
 * One visit of the atlas on a fresh context whose map draws, from its first frame, only the layers
 * that draw what the baseline draws (`PAGES.atlas.likeBaseline`; the probes hide the others as the
 * style loads): navigation to map idle with every point drawn. A diagnostic: its distance from the
 * full atlas's map idle is what the atlas's other layers cost its first view, its distance from
 * the baseline's what the rest of the page costs (loading MapLibre only after first paint, say).
 */
export async function measureMapIdleLikeBaseline(
	browser: Browser,
	options: Omit<RunOptions, 'kind' | 'keys'>
): Promise<MapIdleRun> {
	const keep = PAGES.atlas.likeBaseline;
	const result: MapIdleRun = { mapIdle: NaN, problems: [] };
	const { context, page, problems } = await openBenchPage(browser, options.origin);
	result.problems = problems;
	try {
		page.setDefaultTimeout(options.timeout);
		await page.addInitScript({ content: `window.__benchOnly = ${JSON.stringify(keep)};` });
		await page.goto(options.origin + options.path, { timeout: options.timeout });
		const start = await waitForAllDrawn(page, 'atlas', options.events, Infinity, options.timeout);
		// Anything else drawn, or one of these missing, and the comparison is with something else.
		const shown = await visibleLayers(page);
		if (shown.join() !== keep.join()) throw new Error(`the map showed ${shown.join(', ')}`);
		result.mapIdle = start.mapIdle;
	} catch (error) {
		result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
	} finally {
		await context.close();
	}
	return result;
}

export interface LoadTimings {
	/** First contentful paint, ms since navigation began. */
	fcp: number;
	/** Bytes on the wire (headers and compressed body) of every response finished before FCP. */
	transferBeforeFcp: number;
	/** URLs finished before FCP that are MapLibre (`maplibre` in the URL) or data (`/data/`). */
	maplibreBeforeFcp: string[];
	dataBeforeFcp: string[];
	/** `atlas:worker-validate` measure's duration, null when the page records none. */
	workerValidate: number | null;
}

/** A response as Playwright saw it: page and Web Worker requests alike. */
export interface SeenResponse {
	url: string;
	/** Epoch ms at which the response ended. */
	end: number;
	bytes: number;
}

/**
 * Reads FCP and what had arrived by then. The page's own Resource Timing entries give exact
 * transfer sizes but miss what Web Workers fetch (the atlas's dataset worker, MapLibre's tile
 * workers), so responses Playwright saw that the page's timeline lacks are added from `seen`.
 */
export async function readLoadTimings(
	page: Page,
	seen: readonly SeenResponse[]
): Promise<LoadTimings> {
	const timeline = await page.evaluate(() => {
		const validate = performance.getEntriesByName('atlas:worker-validate')[0];
		const entries = [
			...performance.getEntriesByType('navigation'),
			...performance.getEntriesByType('resource')
		] as PerformanceResourceTiming[];
		return {
			origin: performance.timeOrigin,
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
			entries: entries.map((e) => ({ url: e.name, end: e.responseEnd, bytes: e.transferSize })),
			workerValidate: validate ? validate.duration : null
		};
	});
	const known = new Set(timeline.entries.map((e) => e.url));
	const fromWorkers = seen
		.filter((r) => !known.has(r.url))
		.map((r) => ({ url: r.url, end: r.end - timeline.origin, bytes: r.bytes }));
	const before = [...timeline.entries, ...fromWorkers].filter((e) => e.end <= timeline.fcp);
	return {
		fcp: timeline.fcp,
		transferBeforeFcp: before.reduce((sum, e) => sum + e.bytes, 0),
		maplibreBeforeFcp: before.map((e) => e.url).filter((url) => /maplibre/i.test(url)),
		dataBeforeFcp: before.map((e) => e.url).filter((url) => url.includes('/data/')),
		workerValidate: timeline.workerValidate
	};
}

/** The slider's settings, as its attributes say (a missing step is the HTML default, 1). */
export interface SliderShape {
	min: number;
	max: number;
	step: number;
}

/**
 * The keys to press after Home: PageUp until the top, then PageDown until the bottom, and so on,
 * worked out once from the slider's settings the way Chromium moves a range input (a tenth of
 * the range, at least one step, rounded to a whole step from `min`, clamped), so that every key
 * moves the slider and both pages get the very same sequence. Working it out from each page's
 * value instead would differ where the atlas snaps its instant to a local midnight.
 */
export function planKeys({ min, max, step }: SliderShape, count: number): string[] {
	const big = Math.max((max - min) / 10, step);
	const align = (v: number) => {
		const rounded = min + Math.round((Math.min(max, Math.max(min, v)) - min) / step) * step;
		return rounded > max ? rounded - step : rounded < min ? rounded + step : rounded;
	};
	const keys: string[] = [];
	let value = min;
	let up = true;
	for (let i = 0; i < count; i++) {
		if (up && value >= max) up = false;
		else if (!up && value <= min) up = true;
		keys.push(up ? 'PageUp' : 'PageDown');
		value = align(value + (up ? big : -big));
	}
	return keys;
}

/**
 * Presses `key` on the focused slider and times it from the key going down (page clock) to the
 * map's next `idle` event; 'unchanged' when the key fired no `input` event (the slider was
 * already at that end, so the map has nothing to do); null after 60 s without an `idle`. The
 * listeners are in place before the key is pressed, so no `idle` can be missed.
 */
async function timedKey(page: Page, key: string): Promise<StepTiming | 'unchanged' | null> {
	await page.evaluate(() => {
		const bench = (window as unknown as BenchWindow).__bench;
		const map = bench.map as MapLibreMap;
		bench.step = new Promise((resolve) => {
			let start = NaN;
			let moved = false;
			const timer = setTimeout(() => resolve(null), 60_000);
			addEventListener('input', () => (moved = true), { once: true, capture: true });
			addEventListener(
				'keydown',
				() => {
					start = performance.now();
					bench.firstSet = NaN;
					// The input event fires during the key's default action, well within a second.
					setTimeout(() => {
						if (moved) return;
						clearTimeout(timer);
						resolve('unchanged');
					}, 1000);
				},
				{ once: true, capture: true }
			);
			map.once('idle', () => {
				clearTimeout(timer);
				resolve({ total: performance.now() - start, toMap: bench.firstSet - start });
			});
		});
	});
	await page.keyboard.press(key);
	return page.evaluate(() => (window as unknown as BenchWindow).__bench.step);
}

export interface SliderRun {
	/** Each step's timing; null entries timed out. */
	steps: (StepTiming | null)[];
	/** Keys that moved nothing (not in `steps`): should be 0 with a plan from planKeys. */
	unchanged: number;
	/** Longest main-thread task overlapping the steps, ms; 0 when none reached 50 ms. */
	longestTask: number;
}

/**
 * Focuses the slider named "Time", presses Home (waiting for the map, not timed), then presses
 * `keys`, timing each from key down to the map's next idle.
 */
export async function runSliderSteps(page: Page, keys: readonly string[]): Promise<SliderRun> {
	await page.getByRole('slider', { name: 'Time' }).focus();
	await timedKey(page, 'Home');
	const windowStart = await page.evaluate(() => performance.now());
	const steps: (StepTiming | null)[] = [];
	let unchanged = 0;
	for (const key of keys) {
		const time = await timedKey(page, key);
		if (time === 'unchanged') unchanged++;
		else steps.push(time);
	}
	const longestTask = await page.evaluate((from) => {
		const to = performance.now();
		const tasks = (window as unknown as BenchWindow).__bench.longTasks;
		return tasks
			.filter((t) => t.start + t.duration >= from && t.start <= to)
			.reduce((max, t) => Math.max(max, t.duration), 0);
	}, windowStart);
	return { steps, unchanged, longestTask };
}

/** Main-thread JS heap after a full garbage collection, in bytes (workers not included). */
export async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
	const cdp = await context.newCDPSession(page);
	try {
		await cdp.send('HeapProfiler.collectGarbage');
		const { usedSize } = await cdp.send('Runtime.getHeapUsage');
		return usedSize;
	} finally {
		await cdp.detach();
	}
}

/** The instant the page's map shows up to after the steps (cumulative mode on both pages). */
async function currentTo(page: Page, kind: PageKind, extent: { from: number; to: number }) {
	const slider = page.getByRole('slider', { name: 'Time' });
	// The atlas snaps the slider's value to a local midnight and says where on `data-at`.
	const at = kind === 'atlas' ? await slider.getAttribute('data-at') : null;
	const value = Number(at ?? (await slider.inputValue()));
	return Math.min(extent.to, Math.max(extent.from, value));
}

/** "1000/1000": distinct points rendered / points the data says should be, plus any drawn early. */
function describeCheck(distinct: number, expected: number, future: number): string {
	return `${distinct}/${expected}${future > 0 ? ` (${future} not yet begun!)` : ''}`;
}

export interface RunResult {
	kind: PageKind;
	fcp: number;
	mapIdle: number;
	steps: (StepTiming | null)[];
	unchanged: number;
	longestTask: number;
	heapBytes: number;
	load: LoadTimings;
	/** When the page's own data was in, before the steps began. */
	pageLoad: PageLoad;
	/**
	 * The same keys timed again with the map drawing only what the baseline draws (atlas only;
	 * empty on the baseline): what the atlas's other layers add to a step.
	 */
	stepsLikeBaseline: (StepTiming | null)[];
	/** Points rendered at start and after the steps against what the data says. */
	checks: { start: string; end: string };
	problems: string[];
	error?: string;
}

export interface RunOptions {
	kind: PageKind;
	origin: string;
	/** Path and query to open, e.g. `/` or `/?w=…`. */
	path: string;
	events: readonly Pick<AtlasEvent, 'coordinates' | 'startMs' | 'endMs'>[];
	/** Keys to time after Home, from planKeys. */
	keys: readonly string[];
	timeout: number;
}

/** One measured visit of one page on a fresh context: everything BENCHMARKS.md reports. */
export async function measureRun(browser: Browser, options: RunOptions): Promise<RunResult> {
	const { kind, events } = options;
	const extent = {
		from: events.reduce((min, e) => Math.min(min, e.startMs), Infinity),
		to: events.reduce((max, e) => Math.max(max, e.endMs), -Infinity)
	};
	const result: RunResult = {
		kind,
		fcp: NaN,
		mapIdle: NaN,
		steps: [],
		unchanged: 0,
		longestTask: NaN,
		heapBytes: NaN,
		load: {
			fcp: NaN,
			transferBeforeFcp: NaN,
			maplibreBeforeFcp: [],
			dataBeforeFcp: [],
			workerValidate: null
		},
		pageLoad: { loaded: NaN, longestTask: NaN },
		stepsLikeBaseline: [],
		checks: { start: 'n/a', end: 'n/a' },
		problems: []
	};
	const { context, page, problems, seen } = await openBenchPage(browser, options.origin);
	result.problems = problems;
	try {
		page.setDefaultTimeout(options.timeout);
		await page.goto(options.origin + options.path, { timeout: options.timeout });
		const start = await waitForAllDrawn(page, kind, events, Infinity, options.timeout);
		result.mapIdle = start.mapIdle;
		result.checks.start = describeCheck(start.distinct, start.expected, start.future);
		result.load = await readLoadTimings(page, seen);
		result.fcp = result.load.fcp;
		result.pageLoad = await waitForPageLoaded(page, kind, options.timeout);
		const slider = await runSliderSteps(page, options.keys);
		result.steps = slider.steps;
		result.unchanged = slider.unchanged;
		result.longestTask = slider.longestTask;
		result.heapBytes = await heapAfterGc(context, page);
		const to = await currentTo(page, kind, extent);
		const end = await readRendered(page, PAGES[kind].layers, to);
		const expected = countExpected(events, to, end.bounds);
		result.checks.end = describeCheck(end.distinct, expected, end.future);
		// The measure may land after the map is drawn; read it again at the end.
		if (result.load.workerValidate === null) {
			result.load.workerValidate = (await readLoadTimings(page, seen)).workerValidate;
		}
		if (kind === 'atlas') {
			await drawOnlyLikeBaseline(page, kind, options.timeout);
			result.stepsLikeBaseline = (await runSliderSteps(page, options.keys)).steps;
		}
	} catch (error) {
		result.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
	} finally {
		await context.close();
	}
	return result;
}

/** Reads what the baseline needs from the atlas: its map's size and its slider's settings. */
export async function readAtlasShape(
	browser: Browser,
	origin: string,
	timeout: number
): Promise<{ width: number; height: number; min: string; max: string; step: string }> {
	const { context, page, problems } = await openBenchPage(browser, origin);
	try {
		await page.goto(`${origin}/`, { timeout });
		await page.locator(PAGES.atlas.ready).waitFor({ state: 'attached', timeout });
		const box = await page.evaluate(() => {
			const map = (window as unknown as BenchWindow).__bench.map as MapLibreMap;
			const rect = map.getContainer().getBoundingClientRect();
			return { width: Math.round(rect.width), height: Math.round(rect.height) };
		});
		const slider = page.getByRole('slider', { name: 'Time' });
		return {
			...box,
			min: (await slider.getAttribute('min')) ?? '',
			max: (await slider.getAttribute('max')) ?? '',
			step: (await slider.getAttribute('step')) ?? ''
		};
	} catch (error) {
		// What went wrong in the page says more than the timeout that followed.
		const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
		const seen = [...new Set(problems)].slice(0, 3);
		throw new Error(
			`the atlas page never got ready (${message})${seen.length ? `; ${seen.join('; ')}` : ''}`
		);
	} finally {
		await context.close();
	}
}
