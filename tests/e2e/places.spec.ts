import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { withHooks } from './map-helpers';

const data = loadAtlasData();
const byId = new Map(data.events.map((e) => [e.id, e]));

/** The place with the most events, as the place list ranks them. */
const busiest = (() => {
	const counts = new Map<string, number>();
	for (const e of data.events)
		counts.set(e.place.locality, (counts.get(e.place.locality) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
})();

/**
 * What a place's history must list, worked out here from the data alone: its events, every event
 * a link joins to one of them (declared at either end), and events whose claims name the place.
 */
function expectedHistory(place: string): string[] {
	const here = new Set(data.events.filter((e) => e.place.locality === place).map((e) => e.id));
	const ids = new Set(here);
	for (const e of data.events) {
		for (const link of e.links) {
			if (here.has(e.id) && byId.has(link.to)) ids.add(link.to);
			if (here.has(link.to)) ids.add(e.id);
		}
		if (e.claims.some((c) => c.from.locality === place || c.to.locality === place)) ids.add(e.id);
	}
	return [...ids].map((id) => byId.get(id)!.title).sort();
}

async function historyTitles(page: Page): Promise<string[]> {
	const history = page.getByRole('region', { name: /^History of/ });
	return (await history.locator('ol li button').allTextContents()).map((t) => t.trim()).sort();
}

test('a place history, opened by keyboard, lists what happened there or is tied to it', async ({
	page
}) => {
	const place = 'Molenbeek-Saint-Jean';
	await page.goto(withHooks());
	await page.locator('html[data-hydrated="true"]').waitFor();
	const button = page.getByRole('button', { name: new RegExp(`^${place} \\(`) });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('heading', { name: `History of ${place}` })).toBeVisible();
	expect(await historyTitles(page)).toEqual(expectedHistory(place));
	// The history is in time order: each date no earlier than the one before.
	const times = await page
		.getByRole('region', { name: /^History of/ })
		.locator('ol time')
		.evaluateAll((all) => all.map((t) => t.getAttribute('datetime') ?? ''));
	const starts = times.map((t) =>
		Date.parse(t.length === 4 ? `${t}-01-01` : t.length === 7 ? `${t}-01` : t)
	);
	expect(starts).toEqual([...starts].sort((a, b) => a - b));
	// The link is shareable.
	await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe(place);
	// Selecting an event from the history selects it.
	const history = page.getByRole('region', { name: /^History of/ });
	const first = history.locator('ol li button').first();
	const title = (await first.textContent())!.trim();
	await first.focus();
	await page.keyboard.press('Enter');
	const panel = page.getByRole('region', { name: 'Selected event' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(title);
});

test('a shared link opens the place’s history; an unknown place opens none, without an error', async ({
	page
}) => {
	await page.goto(withHooks(`place=${encodeURIComponent(busiest)}`));
	await expect(page.getByRole('heading', { name: `History of ${busiest}` })).toBeVisible();
	expect(await historyTitles(page)).toEqual(expectedHistory(busiest));
	await page.goto(withHooks('place=Atlantis'));
	await page.locator('html[data-hydrated="true"]').waitFor();
	await expect(page.getByRole('heading', { name: 'Places' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^History of/ })).toHaveCount(0);
});

test('the panel opens the history of the selected event’s place', async ({ page }) => {
	const event = data.events.find((e) => e.claims.length > 0)!;
	await page.goto(withHooks(`event=${event.id}`));
	const panel = page.getByRole('region', { name: 'Selected event' });
	await panel
		.getByRole('button', { name: `Everything at or tied to ${event.place.locality}` })
		.click();
	await expect(
		page.getByRole('heading', { name: `History of ${event.place.locality}` })
	).toBeVisible();
	expect(await historyTitles(page)).toEqual(expectedHistory(event.place.locality));
});

const SIZES = [
	['desktop', 1440, 900],
	['phone', 390, 844],
	['projector', 1920, 1080]
] as const;

for (const [name, width, height] of SIZES) {
	test(`screenshots at ${name} size with a place history and measured claims; axe finds nothing`, async ({
		page
	}) => {
		// Three sizes, each loading the map and running axe on a machine the suite keeps busy.
		test.setTimeout(180_000);
		const event = data.events.find((e) => e.claims.some((c) => !c.distance))!;
		const place = 'Molenbeek-Saint-Jean';
		await page.setViewportSize({ width, height });
		await page.goto(withHooks(`event=${event.id}&place=${encodeURIComponent(place)}`));
		await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 90_000 });
		await page.screenshot({ path: `test-results/claims/${name}-panel.png` });
		await page
			.getByRole('region', { name: /Distances the sources state/ })
			.screenshot({ path: `test-results/claims/${name}-claims.png` });
		const history = page.getByRole('region', { name: `History of ${place}` });
		await history.screenshot({ path: `test-results/claims/${name}-history.png` });
		await history.getByRole('heading').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `test-results/claims/${name}-history-page.png` });
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
	});
}
