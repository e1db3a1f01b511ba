import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { buildAtlasIndex } from '../../src/lib/domain/atlas-index';
import { linkKey, listLinks, describeLinkEntry } from '../../src/lib/domain/link-list';
import { buildMapData } from '../../src/lib/map/features';
import { clockParts, loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { clickOnMap, waitForMapIdle, withHooks } from './map-helpers';

const data = loadAtlasData();
const zone = data.meta.timeZone;
// In reading order, as the app and the build index them: it decides which end declares a pair.
const events = buildAtlasIndex(data).events;
const entries = listLinks(events);
const lines = buildMapData(events).links.features;
const wallClock = (ms: number) => {
	const { year, month, day, hour, minute } = clockParts(ms, zone);
	return `${year}-${month}-${day}T${hour}:${minute}`;
};

/** A drawn link whose two events begin at least an hour apart: it appears with the later one. */
const staggered = entries.find(
	(e) => !e.samePlace && Math.abs(e.from.startMs - e.to.startMs) > 3_600_000
)!;
/** A line alone in its lane, long enough to click far from any dot: the one to explain. */
const clickable = lines
	.filter((line) => line.properties.lane === 0 && line.geometry.type === 'LineString')
	.map((line) => ({
		line,
		entry: entries.find((e) => e.key === linkKey(line.properties.from, line.properties.to))!
	}))
	.sort((a, b) => b.line.geometry.coordinates.length - a.line.geometry.coordinates.length)[0]!;
/** A movement with a route. */
const mover = data.events.find((e) => e.route && e.route.length > 2)!;

const framing = (a: [number, number], b: [number, number], zoom = 5.5) =>
	`map=${zoom}/${((a[1] + b[1]) / 2).toFixed(4)}/${((a[0] + b[0]) / 2).toFixed(4)}`;

/** The pairs of the link lines MapLibre has drawn, as link keys. */
async function renderedLinks(page: Page): Promise<string[]> {
	await waitForMapIdle(page);
	const pairs = await page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		return map
			.queryRenderedFeatures({ layers: ['atlas-link-lines-faded', 'atlas-link-lines'] })
			.map((f) => [String(f.properties.from), String(f.properties.to)] as const);
	});
	return [...new Set(pairs.map(([a, b]) => linkKey(a, b)))];
}

test('a link appears on the map and in the list only once both its events exist', async ({
	page
}) => {
	const later = Math.max(staggered.from.startMs, staggered.to.startMs);
	const camera = framing(staggered.from.coordinates, staggered.to.coordinates);
	await page.goto(withHooks(`t=${wallClock(later - 60_000)}&${camera}`));
	expect(await renderedLinks(page)).not.toContain(staggered.key);
	const list = page.getByRole('region', { name: 'Links between events' });
	await list.getByText(/List of the links/).click();
	const entry = list.getByRole('button', { name: describeLinkEntryText(staggered) });
	await expect(entry).toHaveCount(0);

	await page.getByRole('slider', { name: 'Time' }).focus();
	await page.keyboard.press('End');
	expect(await renderedLinks(page)).toContain(staggered.key);
	await expect(entry).toHaveCount(1);
});

/** The list entry's accessible name: the link in words, as the list writes it. */
function describeLinkEntryText(entry: (typeof entries)[number]): string {
	return describeLinkEntry(entry).replaceAll(' — ', ' ');
}

test('the links toggle hides the lines and is kept in the URL', async ({ page }) => {
	// Two full loads of the map (before and after the reload) on a shared, busy machine.
	test.setTimeout(120_000);
	await page.goto(withHooks(framing(staggered.from.coordinates, staggered.to.coordinates)));
	expect((await renderedLinks(page)).length).toBeGreaterThan(0);
	const toggle = page.getByRole('checkbox', { name: 'Draw the links on the map' });
	await expect(toggle).toBeChecked();
	await page.locator('html[data-hydrated="true"]').waitFor();
	await toggle.focus();
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/[?&]links=0/);
	expect(await renderedLinks(page)).toEqual([]);

	await page.reload();
	await expect(page.getByRole('checkbox', { name: 'Draw the links on the map' })).not.toBeChecked();
	expect(await renderedLinks(page)).toEqual([]);
});

test('clicking a line explains the link with its quote, and opens either event', async ({
	page
}) => {
	const { line, entry } = clickable;
	const path = line.geometry.coordinates as [number, number][];
	const middle = path[Math.floor(path.length / 2)]!;
	await page.goto(withHooks(framing(entry.from.coordinates, entry.to.coordinates, 6)));
	await waitForMapIdle(page);
	await clickOnMap(page, middle);
	const popup = page.locator('.atlas-link-popup');
	await expect(popup).toContainText(entry.from.title);
	await expect(popup).toContainText(entry.to.title);
	await expect(popup).toContainText(entry.quote.text);
	if (entry.link.note) await expect(popup).toContainText(entry.link.note);
	await page.keyboard.press('Escape');
	await expect(popup).toHaveCount(0);
	await clickOnMap(page, middle);
	await popup
		.getByRole('button', { name: `Open ${entry.to.title}` })
		.first()
		.click();
	const panel = page.getByRole('region', { name: 'Selected event' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(entry.to.title);
});

test('the link list explains a link by keyboard, and passes axe-core', async ({ page }) => {
	const entry = entries.find((e) => e.link.note)!;
	await page.goto(withHooks());
	await page.locator('html[data-hydrated="true"]').waitFor();
	const list = page.getByRole('region', { name: 'Links between events' });
	await list.getByText(/List of the links/).focus();
	await page.keyboard.press('Enter');
	const button = list.getByRole('button', { name: describeLinkEntryText(entry) });
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	const explanation = list.locator('.explanation');
	await expect(explanation).toContainText(entry.link.note!);
	await expect(explanation).toContainText(entry.quote.text);
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveAccessibleName(`Open ${entry.from.title}`);

	const results = await new AxeBuilder({ page }).include('.link-list').analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);

	await page.keyboard.press('Enter');
	const panel = page.getByRole('region', { name: 'Selected event' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(entry.from.title);
});

test('selecting a movement frames its whole route; clicking the route selects it', async ({
	page
}) => {
	await page.goto(withHooks(`event=${mover.id}`));
	await waitForMapIdle(page);
	const inside = await page.evaluate((route) => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		const bounds = map.getBounds();
		return route.every((p) => bounds.contains(p));
	}, mover.route!);
	expect(inside).toBe(true);

	// Off the links, so the click can only be the route's, at the vertex farthest from its ends
	// and from the event's dot, where no other event lies.
	const route = mover.route!;
	const ends = [mover.coordinates, route[0]!, route.at(-1)!];
	const clearance = (p: [number, number]) =>
		Math.min(...ends.map((q) => Math.hypot(p[0] - q[0], p[1] - q[1])));
	const far = route.reduce((best, p) => (clearance(p) > clearance(best) ? p : best));
	await page.goto(withHooks(`links=0&${framing(mover.coordinates, far, 7)}`));
	await waitForMapIdle(page);
	await clickOnMap(page, far);
	const panel = page.getByRole('region', { name: 'Selected event' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(mover.title);
});

test('an arc of the link diagram explains its link from the keyboard', async ({ page }) => {
	const entry = entries.find((e) => e.samePlace) ?? entries[0]!;
	await page.goto(withHooks());
	await page.locator('html[data-hydrated="true"]').waitFor();
	const list = page.getByRole('region', { name: 'Links between events' });
	await list.getByText(/List of the links/).focus();
	await page.keyboard.press('Enter');
	const arc = list.getByRole('group', { name: /Arc diagram/ }).getByRole('button', {
		name: describeLinkEntry(entry),
		exact: true
	});
	await arc.focus();
	await page.keyboard.press('Enter');
	await expect(arc).toHaveAttribute('aria-pressed', 'true');
	const item = list.getByRole('button', { name: describeLinkEntryText(entry) });
	await expect(item).toHaveAttribute('aria-expanded', 'true');
	await expect(list.locator('.explanation')).toContainText(entry.quote.text);
});
