import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadAtlasData } from './atlas-data';
import { atlasFrame, openHost, test as hostTest } from './embed-host-fixtures';
import { expect, test } from './fixtures';
import { waitForMapIdle, withHooks } from './map-helpers';

const data = loadAtlasData();
/** Screenshots to look at, outside the test output that each run wipes. */
const SHOTS = 'test-results/navigate';
mkdirSync(SHOTS, { recursive: true });

type MapHandle = {
	getZoom(): number;
	getBounds(): { contains(lngLat: [number, number]): boolean };
	jumpTo(options: { center: [number, number]; zoom: number }): void;
};

async function mapZoom(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { __atlasMap: MapHandle }).__atlasMap.getZoom());
}

/** How many of the given points the map's visible area holds. */
async function pointsInView(page: Page, points: [number, number][]): Promise<number> {
	return page.evaluate(
		(given) => {
			const map = (window as unknown as { __atlasMap: MapHandle }).__atlasMap;
			const bounds = map.getBounds();
			return given.filter((p) => bounds.contains(p)).length;
		},
		points as [number, number][]
	);
}

async function hydrated(page: Page) {
	await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1, { timeout: 30_000 });
}

function axeViolations(results: Awaited<ReturnType<AxeBuilder['analyze']>>) {
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

const everyPoint = data.events.map((e) => e.coordinates);
/** The event the issue counts Tab presses to: found in the data by its id, never by its words. */
const stadium = data.events.find((e) => e.id.includes('stade-de-france'))!;

test.describe('map camera buttons', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('zoom in and out step the camera, from the keyboard', async ({ page }) => {
		await page.goto(withHooks());
		await waitForMapIdle(page);
		await hydrated(page);
		const before = await mapZoom(page);
		const zoomIn = page.getByRole('button', { name: 'Zoom the map in' });
		await zoomIn.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => mapZoom(page), { timeout: 15_000 }).toBeCloseTo(before + 1, 1);
		await page.getByRole('button', { name: 'Zoom the map out' }).focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('Space');
		await expect.poll(() => mapZoom(page), { timeout: 15_000 }).toBeCloseTo(before - 1, 1);
		// The camera reached is the view's: it is in the address, to share.
		await expect.poll(() => new URL(page.url()).searchParams.has('map')).toBe(true);
	});

	test('reset view brings every event back into view', async ({ page }) => {
		await page.goto(withHooks());
		await waitForMapIdle(page);
		expect(await pointsInView(page, everyPoint)).toBe(everyPoint.length);
		// Far into one place: most events are off the map.
		await page.evaluate((center) => {
			(window as unknown as { __atlasMap: MapHandle }).__atlasMap.jumpTo({ center, zoom: 14 });
		}, stadium.coordinates);
		await expect.poll(() => pointsInView(page, everyPoint)).toBeLessThan(everyPoint.length);
		await page.getByRole('button', { name: /Reset the view/ }).click();
		await expect
			.poll(() => pointsInView(page, everyPoint), { timeout: 15_000 })
			.toBe(everyPoint.length);
	});

	test('full screen shows the map with its time slider, and leaves again', async ({ page }) => {
		await page.goto(withHooks());
		await waitForMapIdle(page);
		const button = page.getByRole('button', { name: /Full screen/ });
		await button.click();
		await expect
			.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label')))
			.toBe('Map and time slider');
		await expect(button).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByRole('slider', { name: 'Time' })).toBeInViewport();
		await page.screenshot({ path: `${SHOTS}/desktop-fullscreen.png` });
		await button.click();
		await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
		await expect(button).toHaveAttribute('aria-pressed', 'false');
	});
});

hostTest(
	'a frame that does not allow full screen offers zoom and reset, not full screen',
	async ({ page, host, site }) => {
		await openHost(page, host, site, { frames: ['640x480'] });
		const frame = await atlasFrame(page, 0);
		await expect(frame.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
		await expect(frame.getByRole('button', { name: 'Zoom the map in' })).toBeVisible();
		await expect(frame.getByRole('button', { name: /Reset the view/ })).toBeVisible();
		await expect(frame.getByRole('button', { name: /Full screen/ })).toHaveCount(0);
	}
);

test('a still embed has no camera buttons', async ({ page }) => {
	await page.goto('/embed?static=1');
	await waitForMapIdle(page);
	await expect(page.getByRole('button', { name: 'Zoom the map in' })).toHaveCount(0);
});

test.describe('finding an event', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('"/", part of a place name and Enter open the event, by keyboard alone', async ({
		page
	}) => {
		await page.goto(withHooks());
		await hydrated(page);
		const search = page.getByRole('combobox', { name: /Find an event/ });
		await expect(search).toBeEnabled();
		await page.keyboard.press('/');
		await expect(search).toBeFocused();
		const typed = stadium.place.name.slice(0, 5);
		await page.keyboard.type(typed);
		const listbox = page.getByRole('listbox', { name: 'Events found' });
		const option = listbox.getByRole('option', { name: new RegExp(stadium.title) });
		await expect(option).toBeVisible();
		const matching = data.events.filter((e) =>
			`${e.title} ${e.place.name} ${e.place.locality} ${e.place.address ?? ''}`
				.toLowerCase()
				.split(/[^a-z]+/)
				.some((word) => word.startsWith(typed.toLowerCase()))
		);
		await expect(page.getByRole('status').filter({ hasText: 'found' })).toHaveText(
			matching.length === 1 ? '1 event found' : `${matching.length} events found`
		);
		// Down to the event, then Enter: a few key presses instead of a hundred Tabs.
		const options = await listbox.getByRole('option').allTextContents();
		const at = options.findIndex((text) => text.includes(stadium.title));
		for (let i = 0; i <= at; i++) await page.keyboard.press('ArrowDown');
		await expect(search).toHaveAttribute(
			'aria-activedescendant',
			(await option.getAttribute('id'))!
		);
		await page.keyboard.press('Enter');
		const panel = page.getByRole('region', { name: 'Selected event' });
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(stadium.title);
		expect(typed.length + at + 2).toBeLessThanOrEqual(10);
		await expect(listbox).toBeHidden();
	});

	test('a date typed as a reader writes it finds that day’s events; Escape clears', async ({
		page
	}) => {
		await page.goto(withHooks());
		await hydrated(page);
		const search = page.getByRole('combobox', { name: /Find an event/ });
		await search.fill('2015-11-13');
		const expected = data.events.filter((e) => e.start.startsWith('2015-11-13')).length;
		await expect(page.getByRole('status').filter({ hasText: 'found' })).toContainText(
			`${expected} events found`
		);
		await search.press('Escape');
		await expect(page.getByRole('listbox', { name: 'Events found' })).toBeHidden();
		await search.press('Escape');
		await expect(search).toHaveValue('');
	});

	test('desktop: axe-core finds nothing with the results open', async ({ page }) => {
		// axe-core reads the whole page: slow on a busy machine, which is no fault of the page.
		test.setTimeout(180_000);
		await page.goto(withHooks());
		await waitForMapIdle(page);
		await hydrated(page);
		await page.getByRole('combobox', { name: /Find an event/ }).fill('Bata');
		await expect(page.getByRole('listbox', { name: 'Events found' })).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await page.screenshot({ path: `${SHOTS}/desktop-search.png` });
		expect(axeViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the buttons are big enough for a finger and axe-core finds nothing', async ({ page }) => {
		test.setTimeout(180_000);
		await page.goto(withHooks());
		await waitForMapIdle(page);
		await hydrated(page);
		const box = await page.getByRole('button', { name: 'Zoom the map in' }).boundingBox();
		expect(box!.width).toBeGreaterThanOrEqual(44);
		expect(box!.height).toBeGreaterThanOrEqual(44);
		await page.screenshot({ path: `${SHOTS}/phone.png` });
		await page.getByRole('combobox', { name: /Find an event/ }).fill('Molenbeek');
		await expect(page.getByRole('listbox', { name: 'Events found' })).toBeVisible();
		await page.screenshot({ path: `${SHOTS}/phone-search.png` });
		expect(axeViolations(await new AxeBuilder({ page }).analyze())).toEqual([]);
	});
});

test.describe('on a projector', () => {
	test.use({ viewport: { width: 1920, height: 1080 } });

	test('the controls and the search box', async ({ page }) => {
		await page.goto(withHooks());
		await waitForMapIdle(page);
		await page.screenshot({ path: `${SHOTS}/projector.png` });
		await expect(page.getByRole('button', { name: 'Zoom the map in' })).toBeVisible();
	});

	test('the histogram zoomed to a day, for looking at day-long events', async ({ page }) => {
		const day = data.events.find((e) => e.timePrecision === 'day')!;
		const date = day.start.slice(0, 10);
		await page.goto(withHooks(`t=${date}T12:00&axis=week`));
		await waitForMapIdle(page);
		await page.locator('.timeline').screenshot({ path: `${SHOTS}/projector-histogram-week.png` });
		await page.goto(withHooks(`t=${date}T12:00&axis=day`));
		await waitForMapIdle(page);
		await page.locator('.timeline').screenshot({ path: `${SHOTS}/projector-histogram-day.png` });
		await expect(page.locator('.histogram rect.bar').first()).toBeVisible();
	});
});
