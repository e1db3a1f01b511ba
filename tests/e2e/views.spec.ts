import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { buildClusterViews } from '../../src/lib/domain/geo/clusters';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';

const data = loadAtlasData();
const views = buildClusterViews(data.events);
const byId = new Map(data.events.map((e) => [e.id, e]));
const label = (v: (typeof views)[number]) => `${v.name} — ${v.eventIds.length} events`;

/** The members of a view the map's current bounds leave out: none, once the view is framed. */
async function membersOutside(page: Page, ids: readonly string[]): Promise<string[]> {
	const points = ids.map((id) => [id, byId.get(id)!.coordinates] as const);
	return page.evaluate((points) => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		if (map.isMoving()) return ['(still moving)'];
		const bounds = map.getBounds();
		return points.filter(([, at]) => !bounds.contains(at)).map(([id]) => id);
	}, points);
}

test.beforeEach(async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the views are found in the data: the whole atlas, Brussels and Paris', async ({ page }) => {
	// The issue's own reading of this dataset: the groups must come out of the data as these.
	expect(views.map((v) => v.name)).toEqual(['Belgium–France', 'Brussels', 'Paris']);
	await page.goto('/');
	const section = page.getByRole('region', { name: 'Show on the map' });
	await expect(section.getByRole('button')).toHaveText(views.map(label));
});

test('each view fits every one of its events on the map, by mouse or keyboard', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/?map=15/48.8566/2.3522');
	await waitForMapIdle(page);
	await expect(page.locator('html[data-hydrated="true"]')).toBeAttached();
	const section = page.getByRole('region', { name: 'Show on the map' });
	for (const [i, view] of views.entries()) {
		const button = section.getByRole('button', { name: label(view) });
		if (i % 2 === 0) await button.click();
		else {
			await button.focus();
			await page.keyboard.press('Enter');
		}
		await expect.poll(() => membersOutside(page, view.eventIds), { timeout: 20_000 }).toEqual([]);
	}
});

test('the overview inset shows where the map is, in a picture and in words', async ({ page }) => {
	// axe-core reads the whole page, the map's popups included: slow on a busy machine.
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto('/');
	await waitForMapIdle(page);
	const inset = page.getByTestId('overview-inset');
	const paris = views.find((v) => v.name === 'Paris')!;
	const all = views[0]!;
	await expect(inset).toContainText(`Showing: all events (${all.name})`);
	await page.getByRole('button', { name: label(paris) }).click();
	await expect(inset).toContainText('Showing: Paris area');
	// The box for the view is a few pixels over Paris; for the whole atlas it is much larger, yet
	// still inside the inset, with the countries around it.
	const width = async () => Number(await inset.locator('rect').getAttribute('width'));
	await expect.poll(width).toBeLessThan(20);
	await page.getByRole('button', { name: label(all) }).click();
	await expect(inset).toContainText(`Showing: all events (${all.name})`);
	await expect.poll(width).toBeGreaterThan(60);
	const svgWidth = Number(await inset.locator('svg').getAttribute('width'));
	expect(await width()).toBeLessThan(svgWidth);
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
});

test('the density view is a toggle, kept in the link', async ({ page }) => {
	await page.goto('/');
	await waitForMapIdle(page);
	const visibility = () =>
		page.evaluate(() => {
			const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
			return map.getLayer('atlas-density')
				? map.getLayoutProperty('atlas-density', 'visibility')
				: 'absent';
		});
	expect(await visibility()).toBe('none');
	const toggle = page.getByRole('checkbox', { name: 'Shade where events are dense' });
	await toggle.check();
	await expect.poll(visibility).toBe('visible');
	await expect(page).toHaveURL(/density=1/);
	await page.reload();
	await waitForMapIdle(page);
	await expect(page.getByRole('checkbox', { name: 'Shade where events are dense' })).toBeChecked();
	await expect.poll(visibility).toBe('visible');
	await page.getByRole('checkbox', { name: 'Shade where events are dense' }).uncheck();
	await expect.poll(visibility).toBe('none');
});

test('on a phone the inset leaves the map its room', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await waitForMapIdle(page);
	await expect(page.getByRole('region', { name: 'Show on the map' })).toBeVisible();
	await expect(page.getByTestId('overview-inset')).toBeHidden();
});
