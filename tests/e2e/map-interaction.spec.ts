import type { Page } from '@playwright/test';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { waitForMapIdle, withHooks } from './map-helpers';

const data = loadAtlasData();

/** Two events at (nearly) the same spot, the case where a click must offer a choice. */
const pair = (() => {
	for (const a of data.events) {
		for (const b of data.events) {
			const apart = Math.hypot(
				a.coordinates[0] - b.coordinates[0],
				a.coordinates[1] - b.coordinates[1]
			);
			if (a.id < b.id && apart < 0.001 && a.parent === b.parent && a.parent) return [a, b] as const;
		}
	}
	throw new Error('the data has no two events at the same spot');
})();

async function clickEvent(page: Page, coordinates: [number, number]) {
	const point = await page.evaluate((lngLat) => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		const { x, y } = map.project(lngLat);
		const box = map.getCanvas().getBoundingClientRect();
		return { x: box.left + x, y: box.top + y };
	}, coordinates);
	await page.mouse.click(point.x, point.y);
}

test('events at the same spot stay individually selectable through a chooser', async ({ page }) => {
	const [first, second] = pair;
	const [lon, lat] = first.coordinates;
	await page.goto(withHooks(`map=13.00/${lat}/${lon}`));
	await waitForMapIdle(page);
	await clickEvent(page, first.coordinates);
	const chooser = page.locator('.atlas-chooser');
	await expect(chooser.getByRole('button', { name: first.title })).toBeVisible();
	await chooser.getByRole('button', { name: second.title }).click();
	const panel = page.getByRole('region', { name: 'Selected event' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(second.title);
});

test('keyboard focus on an event in the map’s list labels it on the map, Enter selects it', async ({
	page
}) => {
	await page.goto(withHooks());
	await waitForMapIdle(page);
	const toggle = page.getByRole('button', { name: /Events on the map/ });
	await toggle.focus();
	await page.keyboard.press('Enter');
	const firstButton = page.locator('.map-event-buttons li button').first();
	await firstButton.focus();
	const title = (await firstButton.locator('.title').textContent())!.trim();
	await expect(page.locator('.atlas-hover-label')).toContainText(title);
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('region', { name: 'Selected event' }).getByRole('heading', { level: 2 })
	).toHaveText(title);
});
