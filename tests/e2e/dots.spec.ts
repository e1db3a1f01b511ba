import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';

/** The key of an exact point: events with the same key share a spot. */
const spotKey = ([lon, lat]: readonly [number, number]) => `${lon},${lat}`;

const data = loadAtlasData();
/** The spot the most events share, from the data: Brussels's city centre here. */
const spot = (() => {
	const spots = new Map<string, typeof data.events>();
	for (const e of data.events)
		spots.set(spotKey(e.coordinates), [...(spots.get(spotKey(e.coordinates)) ?? []), e]);
	return [...spots.values()].sort((a, b) => b.length - a.length)[0]!;
})();
const [lon, lat] = spot[0]!.coordinates;
const ids = spot.map((e) => e.id);

/** Page coordinates of a [lon, lat] on the map. */
async function onPage(page: Page, at: readonly [number, number]) {
	const box = (await page.locator('.map-canvas canvas').boundingBox())!;
	const [x, y] = await page.evaluate((at) => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		const p = map.project(at as [number, number]);
		return [p.x, p.y];
	}, at);
	return { x: box.x + x, y: box.y + y };
}

/** Where the map draws each of the given events' dots, and the selection ring, in map pixels. */
async function drawnDots(page: Page, ids: readonly string[]) {
	await waitForMapIdle(page);
	return page.evaluate((ids) => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		const at = (...layers: string[]) =>
			Object.fromEntries(
				map
					.queryRenderedFeatures({ layers })
					.filter((f) => ids.includes(String(f.properties.id)))
					.map((f) => {
						const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
						return [String(f.properties.id), [p.x, p.y]];
					})
			) as Record<string, [number, number]>;
		return {
			dots: at('atlas-event-points-faded', 'atlas-event-points'),
			ring: at('atlas-event-selected')
		};
	}, ids);
}

test('events at one spot come apart when zoomed in, and the selected ring sits on its own dot', async ({
	page
}) => {
	expect(spot.length).toBeGreaterThan(2);
	const selected = spot[1]!.id;
	await page.goto(`/?map=17/${lat}/${lon}&event=${selected}`);
	const { dots, ring } = await drawnDots(page, ids);
	expect(Object.keys(dots).sort()).toEqual([...ids].sort());
	const points = Object.values(dots);
	for (const [i, a] of points.entries()) {
		for (const b of points.slice(0, i)) {
			// Two dots of radius 8 with room between them.
			expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(16);
		}
	}
	expect(Object.keys(ring)).toEqual([selected]);
	expect(ring[selected]![0]).toBeCloseTo(dots[selected]![0], 0);
	expect(ring[selected]![1]).toBeCloseTo(dots[selected]![1], 0);
});

test('the hover label and the chooser agree on the count, and the label gives way', async ({
	page
}) => {
	// axe-core reads the whole page, the map's popups included: slow on a busy machine.
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(`/?map=11/${lat}/${lon}`);
	await waitForMapIdle(page);
	const point = await onPage(page, [lon, lat]);
	await page.mouse.move(point.x, point.y);
	const label = page.locator('.atlas-hover-label');
	await expect(label).toContainText(/One of \d+ events here/);
	const hovered = Number((await label.textContent())!.match(/One of (\d+) events here/)![1]);
	expect(hovered).toBeGreaterThanOrEqual(spot.length);
	await page.mouse.click(point.x, point.y);
	const chooser = page.getByRole('group', { name: 'Events at this spot' });
	await expect(chooser).toContainText(`${hovered} events here`);
	await expect(chooser.getByRole('button')).toHaveCount(hovered);
	// The chooser's buttons ring the events they name, but no label hides the list.
	await chooser.getByRole('button').first().hover();
	await expect(label).toBeHidden();
	// At a city's zoom the shared spot also carries its count on the map.
	const counts = await page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		return map.queryRenderedFeatures({ layers: ['atlas-stack-counts'] }).length;
	});
	expect(counts).toBeGreaterThan(0);
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
});

test('on a phone the chooser stays inside the screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`/?map=11/${lat}/${lon}`);
	await waitForMapIdle(page);
	const point = await onPage(page, [lon, lat]);
	await page.mouse.click(point.x, point.y);
	const chooser = page.locator('.maplibregl-popup.atlas-chooser');
	await expect(chooser).toBeVisible();
	const box = (await chooser.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(390);
	expect(box.y + box.height).toBeLessThanOrEqual(844);
});
