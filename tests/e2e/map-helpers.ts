import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The page URL for a test that reads the map through window.__atlasMap, which only test builds
 * (ATLAS_TEST_HOOKS=1, as `npm test` builds) expose.
 */
export function withHooks(search = ''): string {
	return search ? `/?${search}` : '/';
}

/**
 * Waits until the map has loaded and drawn once. It does not wait for a later camera change to be
 * drawn: poll what the map renders (`renderedEventIds`) for that.
 */
export async function waitForMapIdle(page: Page): Promise<void> {
	await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
}

/** Ids of the events the map has actually drawn, from MapLibre's own rendered features. */
export async function renderedEventIds(page: Page): Promise<string[]> {
	await waitForMapIdle(page);
	return page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		const features = map.queryRenderedFeatures({
			layers: ['atlas-event-points-faded', 'atlas-event-points']
		});
		return [...new Set(features.map((f) => String(f.properties.id)))].sort();
	});
}

/** Ids of the events the text list shows (its hidden items are out of the time range). */
export async function listedEventIds(page: Page): Promise<string[]> {
	const ids = await page
		.locator('#events li[data-event-id]:visible')
		.evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id') ?? ''));
	return ids.sort();
}

/** Clicks the map where it draws `lngLat`, projected by MapLibre itself. */
export async function clickOnMap(page: Page, lngLat: [number, number]): Promise<void> {
	const point = await page.evaluate((at) => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		const { x, y } = map.project(at);
		const box = map.getCanvas().getBoundingClientRect();
		return { x: box.left + x, y: box.top + y };
	}, lngLat);
	await page.mouse.click(point.x, point.y);
}

/** The map's centre as [lon, lat], read from MapLibre itself. */
export async function mapCenter(page: Page): Promise<[number, number]> {
	return page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		return map.getCenter().toArray() as [number, number];
	});
}
