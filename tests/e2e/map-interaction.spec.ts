import type { Page } from '@playwright/test';
import { buildLinkLines } from '../../src/lib/domain/geo/links';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { clickOnMap, waitForMapIdle, withHooks } from './map-helpers';

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

/** Opens "Events on the map" by keyboard and focuses its first event; returns that title. */
async function focusFirstEventOnMap(page: Page): Promise<string> {
	await page.getByRole('button', { name: /Events on the map/ }).focus();
	await page.keyboard.press('Enter');
	const firstButton = page.locator('.map-event-buttons li button').first();
	await firstButton.focus();
	return (await firstButton.locator('.title').textContent())!.trim();
}

test('events at the same spot stay individually selectable through a chooser', async ({ page }) => {
	const [first, second] = pair;
	const [lon, lat] = first.coordinates;
	await page.goto(withHooks(`map=13.00/${lat}/${lon}`));
	await waitForMapIdle(page);
	await clickOnMap(page, first.coordinates);
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
	const title = await focusFirstEventOnMap(page);
	await expect(page.locator('.atlas-hover-label')).toContainText(title);
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('region', { name: 'Selected event' }).getByRole('heading', { level: 2 })
	).toHaveText(title);
});

/** Distinct values of `property` among the features MapLibre has drawn in `layer`. */
async function renderedValues(page: Page, layer: string, property: string): Promise<string[]> {
	await waitForMapIdle(page);
	return page.evaluate(
		([layer, property]) => {
			const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
			const features = map.queryRenderedFeatures({ layers: [layer] });
			return [...new Set(features.map((f) => String(f.properties[property])))].sort();
		},
		[layer, property] as const
	);
}

test('the selected event is ringed with its links drawn, and the hovered one is ringed too', async ({
	page
}) => {
	const lines = buildLinkLines(data.events).features;
	const linkCount = (id: string) =>
		lines.filter((l) => l.properties.from === id || l.properties.to === id).length;
	const selected = [...data.events].sort((a, b) => linkCount(b.id) - linkCount(a.id))[0]!;
	const expectedLinks = lines
		.filter((l) => l.properties.from === selected.id || l.properties.to === selected.id)
		.map((l) => (l.properties.from === selected.id ? l.properties.to : l.properties.from))
		.sort();
	expect(expectedLinks.length).toBeGreaterThan(1);
	// Cumulative up to the last event's end: every event, so every link's other end, is drawn.
	const last = Math.max(...data.events.map((e) => e.endMs));
	const t = new Intl.DateTimeFormat('sv-SE', {
		timeZone: data.meta.timeZone,
		dateStyle: 'short',
		timeStyle: 'short'
	})
		.format(last)
		.replace(' ', 'T');
	await page.goto(withHooks(`event=${selected.id}&t=${t}&mode=cumulative`));
	await expect(
		page.getByRole('region', { name: 'Selected event' }).getByRole('heading', { level: 2 })
	).toHaveText(selected.title);
	await expect
		.poll(() => renderedValues(page, 'atlas-event-selected', 'id'))
		.toEqual([selected.id]);
	const otherEnds = async () => {
		const [from, to] = await Promise.all([
			renderedValues(page, 'atlas-links', 'from'),
			renderedValues(page, 'atlas-links', 'to')
		]);
		return [...new Set([...from, ...to])].filter((id) => id !== selected.id).sort();
	};
	await expect.poll(otherEnds).toEqual(expectedLinks);
	expect(await renderedValues(page, 'atlas-event-hovered', 'id')).toEqual([]);

	const hoveredTitle = await focusFirstEventOnMap(page);
	const hovered = data.events.find((e) => e.title === hoveredTitle)!;
	await expect.poll(() => renderedValues(page, 'atlas-event-hovered', 'id')).toEqual([hovered.id]);
});
