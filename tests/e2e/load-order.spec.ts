import type { Page } from '@playwright/test';
import { BASEMAP_FILE } from '../../src/lib/domain/geo/basemap-files';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';

/** The dataset file the dataset worker fetches: `/data/atlas.<content hash>.json`. */
const DATASET = /\/data\/atlas\.[0-9a-f]+\.json$/;

const data = loadAtlasData();

/**
 * Holds the basemap's file, which the map must have before it is drawn, until `release`; and
 * counts the requests for the dataset file. Both are fetched by workers (MapLibre's, the atlas's).
 */
async function holdTheMap(page: Page) {
	let release = () => {};
	const released = new Promise<void>((done) => (release = done));
	let mapAsked = false;
	await page.route(`**/${BASEMAP_FILE}`, async (route) => {
		mapAsked = true;
		await released;
		await route.continue();
	});
	let datasetRequests = 0;
	await page.route(DATASET, async (route) => {
		datasetRequests++;
		await route.continue();
	});
	return {
		release,
		/** Whether MapLibre has asked for the basemap: the map is on its way, held. */
		mapAsked: () => mapAsked,
		datasetRequests: () => datasetRequests
	};
}

/** The list the page prerenders, shown until the events have loaded. */
const staticList = (page: Page) => page.locator('[data-static-list]');

test('the events wait for the map to be drawn, with the prerendered list shown meanwhile', async ({
	page
}) => {
	const map = await holdTheMap(page);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect.poll(map.mapAsked).toBe(true);
	// The map is held: the events have not been asked for, and the prerendered list stands in.
	expect(map.datasetRequests()).toBe(0);
	await expect(staticList(page)).toHaveCount(1);

	map.release();
	await waitForMapIdle(page);
	await expect.poll(map.datasetRequests).toBe(1);
	await expect(staticList(page)).toHaveCount(0);
	await expect(page.locator('#events li[data-event-id]').first()).toBeVisible();
});

test('a key pressed before the map is drawn loads the events at once', async ({ page }) => {
	const map = await holdTheMap(page);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect.poll(map.mapAsked).toBe(true);
	expect(map.datasetRequests()).toBe(0);

	await page.keyboard.press('Tab');
	await expect(staticList(page)).toHaveCount(0);
	expect(map.datasetRequests()).toBe(1);
	await expect(page.locator('[data-map-ready="true"]')).toHaveCount(0);
	map.release();
	await waitForMapIdle(page);
});

test('a link to an event opens it without waiting for the map', async ({ page }) => {
	const target = [...data.events].sort((a, b) => a.startMs - b.startMs)[0]!;
	const map = await holdTheMap(page);
	await page.goto(`/?event=${target.id}`);
	await expect(
		page.getByRole('region', { name: 'Selected event' }).getByRole('heading', { level: 2 })
	).toHaveText(target.title);
	await expect(page.locator('[data-map-ready="true"]')).toHaveCount(0);
	map.release();
	await waitForMapIdle(page);
});

test('a map that never gets drawn holds the events back only for a while', async ({ page }) => {
	test.setTimeout(90_000);
	const map = await holdTheMap(page);
	await page.goto('/');
	await expect.poll(map.mapAsked).toBe(true);
	// No key, no click: the events come anyway, the map still held.
	await expect(staticList(page)).toHaveCount(0, { timeout: 45_000 });
	expect(map.datasetRequests()).toBe(1);
	await expect(page.locator('[data-map-ready="true"]')).toHaveCount(0);
	map.release();
	await waitForMapIdle(page);
});
