import type { Page } from '@playwright/test';
import { BASEMAP_FILE } from '../../src/lib/domain/geo/basemap-files';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { clickOnMap, waitForMapIdle, withHooks } from './map-helpers';

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

/** The event farthest from any other: its dot alone under the pointer at a city's zoom. */
const loner = data.events
	.map((event) => ({
		event,
		clearance: Math.min(
			...data.events
				.filter((other) => other !== event)
				.map((other) =>
					Math.hypot(
						other.coordinates[0] - event.coordinates[0],
						other.coordinates[1] - event.coordinates[1]
					)
				)
		)
	}))
	.sort((a, b) => b.clearance - a.clearance)[0]!.event;

test('a dot clicked before the events are in is selected once they arrive', async ({ page }) => {
	let release = () => {};
	const released = new Promise<void>((done) => (release = done));
	let datasetRequests = 0;
	await page.route(DATASET, async (route) => {
		datasetRequests++;
		await released;
		await route.continue();
	});
	const [lon, lat] = loner.coordinates;
	await page.goto(withHooks(`map=12/${lat}/${lon}`));
	await waitForMapIdle(page);
	await clickOnMap(page, loner.coordinates);
	// The click asked for the events; they are held on their way, and the choice with them.
	await expect.poll(() => datasetRequests).toBe(1);
	await expect(staticList(page)).toHaveCount(1);
	release();
	await expect(
		page.getByRole('region', { name: 'Selected event' }).getByRole('heading', { level: 2 })
	).toHaveText(loner.title);
});

/** Two events at one spot: a click there offers a choice. */
const pair = (() => {
	for (const a of data.events) {
		const b = data.events.find(
			(other) =>
				other.id > a.id &&
				Math.hypot(
					other.coordinates[0] - a.coordinates[0],
					other.coordinates[1] - a.coordinates[1]
				) < 0.001
		);
		if (b) return [a, b] as const;
	}
	throw new Error('the data has no two events at one spot');
})();

test('a click on events at one spot before they are in offers the choice once they arrive', async ({
	page
}) => {
	let release = () => {};
	const released = new Promise<void>((done) => (release = done));
	await page.route(DATASET, async (route) => {
		await released;
		await route.continue();
	});
	const [lon, lat] = pair[0].coordinates;
	await page.goto(withHooks(`map=13/${lat}/${lon}`));
	await waitForMapIdle(page);
	await clickOnMap(page, pair[0].coordinates);
	await expect(staticList(page)).toHaveCount(1);
	release();
	const chooser = page.locator('.atlas-chooser');
	for (const event of pair) {
		await expect(chooser.getByRole('button', { name: event.title })).toBeVisible();
	}
});
