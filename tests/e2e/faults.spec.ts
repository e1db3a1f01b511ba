import AxeBuilder from '@axe-core/playwright';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';

/**
 * No single failed file blanks the page: each test blocks one file (the browser then logs the
 * failed request, provoked here on purpose) and checks the reader is told, and keeps the events.
 */
const data = loadAtlasData();
const FAILED_LOAD = /Failed to load resource|net::ERR_FAILED|dynamically imported module/i;

test.describe('when a script fails to load', () => {
	test.use({ expectedConsoleErrors: [FAILED_LOAD] });

	test('without the page’s own chunk, the list stays with a notice and a reload link', async ({
		page
	}) => {
		await page.route(/\/_app\/immutable\/nodes\/2\.[^/]+\.js$/, (route) => route.abort());
		await page.goto('/');
		const notice = page.getByRole('alert');
		await expect(notice).toContainText('could not be loaded');
		await expect(notice.getByRole('link', { name: 'Reload the page' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(data.meta.title);
		const listed = page.locator('#events li[data-event-id]');
		await expect(listed.first()).toBeVisible();
		expect(await listed.count()).toBe(Math.min(400, data.events.length));
		// The dead map and slider are not offered.
		await expect(page.getByRole('slider', { name: 'Time' })).toBeHidden();
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
	});

	test.describe('and SvelteKit’s own boot fails', () => {
		// Its inline boot script leaves the failed import unhandled: nothing of ours runs yet.
		test.use({ expectedPageErrors: [/Failed to fetch dynamically imported module/] });
		test('without SvelteKit’s entry scripts, a notice appears after a few seconds', async ({
			page
		}) => {
			await page.route(/\/_app\/immutable\/entry\/[^/]+\.js$/, (route) => route.abort());
			await page.goto('/');
			await expect(page.locator('#events li[data-event-id]').first()).toBeVisible();
			const notice = page.getByText('The interactive map and time slider have not started');
			await expect(notice).toBeHidden();
			await expect(notice).toBeVisible({ timeout: 15_000 });
			await expect(page.getByRole('link', { name: 'reload the page' })).toBeVisible();
		});
	});

	test('once the page is interactive, the not-started notice is out of the page', async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
		// Not merely invisible until its delay runs out: not rendered at all.
		const display = await page
			.locator('.script-fault')
			.evaluate((element) => getComputedStyle(element).display);
		expect(display).toBe('none');
	});

	test('without the dataset worker, a notice says the events could not be loaded', async ({
		page
	}) => {
		await page.route(/dataset\.worker[^/]*\.js$/, (route) => route.abort());
		await page.goto('/');
		await expect(page.getByRole('alert')).toContainText('The events could not be loaded');
		await expect(page.locator('#events li[data-event-id]').first()).toBeVisible();
	});
});

test.describe('when the map’s files fail', () => {
	// MapLibre reports its own failed worker with console.error.
	test.use({
		expectedConsoleErrors: [new RegExp(`${FAILED_LOAD.source}|Worker failed to load`, 'i')]
	});

	test('without the basemap, the map says so and still draws the events', async ({ page }) => {
		await page.route(/\/basemap\/[^/]+\.geojson$/, (route) => route.abort());
		await page.goto('/');
		await expect(page.locator('.map-notice')).toContainText('The basemap could not be loaded');
		await waitForMapIdle(page);
	});

	test('without MapLibre’s worker, the map stops saying “loading” after a while', async ({
		page
	}) => {
		await page.clock.install();
		await page.route(/maplibre-gl-worker[^/]*$/, (route) => route.abort());
		await page.goto('/');
		// The map exists (its canvas is in the page) but cannot load without its worker.
		await expect(page.locator('.maplibregl-canvas')).toBeAttached();
		await expect(page.locator('[data-map-status="loading"]')).toBeAttached();
		await expect(page.locator('.map-notice')).toBeEmpty();
		await page.clock.fastForward(21_000);
		await expect(page.locator('.map-notice')).toContainText('has not finished loading');
		await expect(page.getByRole('slider', { name: 'Time' })).toBeVisible();
	});
});

test('a lost graphics context hides the map behind a notice until it comes back', async ({
	page
}) => {
	await page.goto('/');
	await waitForMapIdle(page);
	await page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		const gl = map.getCanvas().getContext('webgl2');
		const extension = gl?.getExtension('WEBGL_lose_context');
		Object.assign(window, { __lose: extension });
		extension?.loseContext();
	});
	await expect(page.locator('.map-notice')).toContainText('stopped the map’s graphics');
	await expect(page.locator('.map-view')).toBeHidden();
	await page.evaluate(() =>
		(window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext()
	);
	await expect(page.locator('.map-view')).toBeVisible();
	await expect(page.locator('.map-notice')).toBeEmpty();
});
