import { join } from 'node:path';
import { isEventShown, rangeOf } from '../../src/lib/domain/time/range';
import {
	buildAtlas,
	ensureBasemap,
	prepareWorkspace,
	PROJECT_ROOT
} from '../../scripts/bench/build';
import { prepareDataset, type Dataset } from '../../scripts/bench/datasets';
import {
	addProbes,
	drawOnlyLikeBaseline,
	measureMapIdleLikeBaseline,
	PAGES,
	planKeys,
	renderedIds,
	runSliderSteps,
	visibleLayers,
	waitForAllDrawn
} from '../../scripts/bench/measure';
import { serveStatic } from '../../scripts/bench/serve';
import { expect, test as guarded } from './fixtures';

/**
 * The benchmark's machinery (scripts/bench/), run small: a 1,000-event synthetic atlas is built
 * in its own workspace and served on its own port. The page's origin becomes the test's
 * `baseURL`, so the shared guard (console errors, page errors, requests leaving the origin)
 * watches this site. No timings are asserted: this checks that what the bench counts is right.
 */
const SMOKE = join(PROJECT_ROOT, '.bench', 'smoke');
const SIZE = 1_000;

interface BenchSite {
	origin: string;
	dataset: Dataset;
}

// One worker builds the smoke site: two would write the same folders at once.
guarded.describe.configure({ mode: 'default' });

const test = guarded.extend<object, { benchSite: BenchSite }>({
	benchSite: [
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const logs = join(SMOKE, 'logs');
			await ensureBasemap(logs);
			const dataset = prepareDataset(join(SMOKE, 'data'), SIZE);
			const work = join(SMOKE, 'work');
			prepareWorkspace(PROJECT_ROOT, work);
			const site = join(SMOKE, 'site');
			await buildAtlas(work, dataset, site, join(logs, 'atlas.log'));
			const server = await serveStatic(site);
			await use({ origin: server.origin, dataset });
			await server.close();
		},
		{ scope: 'worker', timeout: 240_000 }
	],
	baseURL: async ({ benchSite }, use) => use(benchSite.origin)
});

test('the bench sees every synthetic event drawn, and after Home exactly those begun', async ({
	page,
	benchSite
}) => {
	test.setTimeout(240_000);
	const { events } = benchSite.dataset.data;
	const layers = PAGES.atlas.layers;
	const slider = page.getByRole('slider', { name: 'Time' });
	const drawnAt = (at: number) => {
		const range = rangeOf({ at, mode: 'cumulative', span: 0 });
		return events.filter((e) => isEventShown(e, range)).map((e) => e.id);
	};

	await addProbes(page);
	await page.goto('/');
	// The atlas fits every event, so all 1,000 lie in view and all must be rendered.
	const start = await waitForAllDrawn(page, 'atlas', events, Infinity, 120_000);
	expect(start.expected).toBe(SIZE);
	expect((await renderedIds(page, layers)).sort()).toEqual(events.map((e) => e.id).sort());

	// Home: cumulative mode at the first instant; the rest of the events must be hidden.
	await runSliderSteps(page, []);
	const home = Number(await slider.getAttribute('data-at'));
	const shownAtHome = drawnAt(home);
	expect(shownAtHome.length).toBeGreaterThan(0);
	expect(shownAtHome.length).toBeLessThan(SIZE);
	const renderedAtHome = await renderedIds(page, layers);
	expect(SIZE - renderedAtHome.length).toBe(SIZE - shownAtHome.length);
	expect(renderedAtHome.sort()).toEqual(shownAtHome.sort());

	// A few of the bench's own steps: every one reaches idle and the map matches the data after.
	const shape = {
		min: Number(await slider.getAttribute('min')),
		max: Number(await slider.getAttribute('max')),
		step: Number(await slider.getAttribute('step')) || 1
	};
	const run = await runSliderSteps(page, planKeys(shape, 3));
	expect(run.unchanged).toBe(0);
	expect(run.steps).toHaveLength(3);
	expect(run.steps.every((s) => s !== null && s.total >= 0)).toBe(true);
	const at = Number(await slider.getAttribute('data-at'));
	expect(at).toBeGreaterThan(home);
	expect((await renderedIds(page, layers)).sort()).toEqual(drawnAt(at).sort());

	// The diagnostic's map: only the layers that draw what the baseline draws, the events intact.
	await drawOnlyLikeBaseline(page, 'atlas', 60_000);
	expect((await visibleLayers(page)).sort()).toEqual([...PAGES.atlas.likeBaseline].sort());
	const again = await runSliderSteps(page, planKeys(shape, 3));
	expect(again.steps.every((s) => s !== null && s.total >= 0)).toBe(true);
	const atAgain = Number(await slider.getAttribute('data-at'));
	expect((await renderedIds(page, layers)).sort()).toEqual(drawnAt(atAgain).sort());
});

test('the bench’s map-idle diagnostic loads the atlas drawing only what the baseline draws, every event drawn', async ({
	browser,
	benchSite
}) => {
	test.setTimeout(240_000);
	const { events } = benchSite.dataset.data;
	// It fails of itself if another layer shows or a point is missing; its page is its own.
	const run = await measureMapIdleLikeBaseline(browser, {
		origin: benchSite.origin,
		path: '/',
		events,
		timeout: 120_000
	});
	expect(run.error).toBeUndefined();
	expect(run.problems).toEqual([]);
	expect(run.mapIdle).toBeGreaterThan(0);
});
