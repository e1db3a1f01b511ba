import type { Page } from '@playwright/test';
import { generateSyntheticInput } from '../../scripts/bench/synthetic';
import { listCategories } from '../../src/lib/domain/atlas-index';
import { CATEGORIES } from '../../src/lib/domain/data/vocabulary';
import { readClocks } from '../../src/lib/domain/time/clocks';
import { CATEGORY_LABEL, describeClocks } from '../../src/lib/domain/wording';
import { readAtlasInput } from '../../src/lib/server/geodata';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

/** The dataset file the page fetches: `/data/atlas.<content hash>.json`. */
const DATASET = /\/data\/atlas\.[0-9a-f]+\.json$/;

/** Serves `body` in place of the build's dataset file. */
async function serveDataset(page: Page, body: string) {
	await page.route(DATASET, (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body })
	);
}

test('the events are fetched and validated in a worker, not by the page', async ({ page }) => {
	const worker = page.waitForEvent('worker');
	await page.goto('/');
	await worker;
	// The prerendered list is there at once; the measure appears when the worker has answered.
	await expect
		.poll(() => page.evaluate(() => performance.getEntriesByName('atlas:worker-validate').length))
		.toBe(1);
	const timings = await page.evaluate(() => ({
		validated: performance.getEntriesByName('atlas:worker-validate').length,
		fetchedByPage: performance
			.getEntriesByType('resource')
			.filter((entry) => /\/data\/atlas\./.test(entry.name)).length
	}));
	expect(timings).toEqual({ validated: 1, fetchedByPage: 0 });
});

test('the page says how its clocks read before the events arrive, so the time bar keeps its height', async ({
	page
}) => {
	// A note that wrapped only once the events had arrived made the map shrink and redraw.
	const { meta, events } = loadAtlasData();
	const note = describeClocks(meta.timeZone, readClocks(meta.timeZone, events));
	const html = await (await page.request.get('/')).text();
	expect(html).toContain(`class="clocks`);
	expect(html).toContain(note);
});

test('the map key lists the categories the events use before they arrive, and keeps them', async ({
	page
}) => {
	// The key used to list every category until the events came, then drop the unused ones.
	const used = listCategories(loadAtlasData().events).map((c) => CATEGORY_LABEL[c]);
	const unused = CATEGORIES.map((c) => CATEGORY_LABEL[c]).filter((label) => !used.includes(label));
	const html = await (await page.request.get('/')).text();
	const key = /<ul class="categories[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
	const prerendered = [...key.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) =>
		m[1]!.replace(/<[^>]*>/g, '').trim()
	);
	expect(prerendered).toEqual(used);
	await page.goto('/');
	await expect(page.locator('#events [data-block]').first()).toBeAttached();
	const items = page.getByRole('region', { name: 'Map key' }).locator('ul.categories > li');
	await expect(items).toHaveText(used);
	for (const label of unused) await expect(page.getByText(label, { exact: true })).toHaveCount(0);
});

test('a data file that fails validation gives a notice naming each problem, and no page error', async ({
	page
}) => {
	const input = readAtlasInput('.');
	const events = input.events as { features: { id: string; properties: { start: string } }[] };
	const broken = events.features[3]!;
	broken.properties.start = '2015-13-45T25:00:00+01:00';
	await serveDataset(page, JSON.stringify(input));
	await page.goto('/');
	const notice = page.getByRole('alert');
	await expect(notice.getByRole('heading')).toHaveText('The events could not be shown');
	await expect(notice).toContainText(`${broken.id} (#3) › properties.start`);
	// The rest of the page still works: the content note and the sources are there.
	await expect(page.getByRole('complementary', { name: 'Content note' })).toBeVisible();
});

test('a data file that is not JSON gives a notice, and no page error', async ({ page }) => {
	await serveDataset(page, '{"metaFile": "atlas.json", "events": [');
	await page.goto('/');
	await expect(page.getByRole('alert')).toContainText('expected valid JSON');
});

test.describe('when the data file is missing', () => {
	// The browser logs the failed request itself: provoked here on purpose.
	test.use({ expectedConsoleErrors: [/status of 404/] });
	test('a notice says so and offers a reload', async ({ page }) => {
		await page.route(DATASET, (route) => route.fulfill({ status: 404, body: 'gone' }));
		await page.goto('/');
		const notice = page.getByRole('alert');
		await expect(notice).toContainText('HTTP 404');
		await expect(notice.getByRole('button', { name: 'Reload the page' })).toBeVisible();
	});
});

test.describe('with a large dataset', () => {
	test.setTimeout(120_000);
	const input = generateSyntheticInput(readAtlasInput('.'), 60, 11);
	const ids = (input.events as { features: { id: string }[] }).features.map((f) => f.id);

	test('the virtual list reaches its last event by keyboard', async ({ page }) => {
		await serveDataset(page, JSON.stringify(input));
		await page.goto('/');
		await expect(page.locator('#events .count')).toHaveText(`Showing all ${ids.length} events.`);
		const items = page.locator('#events li[data-event-id]');
		// Virtualised: far from all cards are in the page at first.
		expect(await items.count()).toBeLessThan(ids.length);
		// The page notes the position of every event that receives focus.
		await page.evaluate(() => {
			const seen: string[][] = [];
			(window as unknown as { focused: string[][] }).focused = seen;
			document.addEventListener('focusin', (event) => {
				const item = (event.target as Element).closest('#events li[data-event-id]');
				if (item)
					seen.push([
						item.getAttribute('data-event-id') ?? '',
						item.getAttribute('aria-posinset') ?? ''
					]);
			});
		});
		await page.locator('#events article a').first().focus();
		const inList = () => page.evaluate(() => document.activeElement?.closest('#events') !== null);
		for (let presses = 0; presses < 4000 && (await inList()); presses += 25) {
			for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
		}
		const focused = await page.evaluate(
			() => (window as unknown as { focused: string[][] }).focused
		);
		const [focusedEvent, rank] = focused[focused.length - 1] ?? ['', ''];
		expect(rank).toBe(String(ids.length));
		await expect(page.locator(`#events li[data-event-id="${focusedEvent}"]`)).toHaveAttribute(
			'aria-setsize',
			String(ids.length)
		);
	});
});
