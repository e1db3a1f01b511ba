import AxeBuilder from '@axe-core/playwright';
import { distance } from '@turf/distance';
import { lineString } from '@turf/helpers';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { MultiPolygon } from 'geojson';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ClaimEnd } from '../../src/lib/domain/data/schema';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { mapCenter, renderedEventIds, waitForMapIdle, withHooks } from './map-helpers';

const data = loadAtlasData();
const byId = new Map(data.events.map((e) => [e.id, e]));
const withClaims = data.events.filter((e) => e.claims.length > 0);

/** Where a claim end lies, worked out here from the data: an event, or its locality's middle. */
function placeOf(end: ClaimEnd): [number, number] {
	if (end.border) throw new Error('a border is no point: see kmToBorder');
	if (end.event) return byId.get(end.event)!.coordinates;
	const here = data.events.filter((e) => e.place.locality === end.locality);
	const wide = here.filter((e) => e.place.precision === 'district' || e.place.precision === 'city');
	const points = (wide.length > 0 ? wide : here).map((e) => e.coordinates);
	const mean = (i: 0 | 1) => points.reduce((sum, p) => sum + p[i], 0) / points.length;
	return [mean(0), mean(1)];
}

/** The country outlines of the basemap the built site serves. */
const basemap = JSON.parse(readFileSync('build/basemap/western-europe.geojson', 'utf8')) as {
	features: { properties: { layer: string; name?: string }; geometry: MultiPolygon }[];
};

/** Shortest distance from a point to a country's outline, by Turf's own point-to-line measure. */
function kmToBorder(from: [number, number], country: string): number {
	const shape = basemap.features.find(
		(f) => f.properties.layer === 'country' && f.properties.name === country
	);
	if (!shape) throw new Error(`the basemap has no ${country}`);
	const rings = shape.geometry.coordinates.flat(1);
	return Math.min(
		...rings.map((ring) => pointToLineDistance(from, lineString(ring), { units: 'kilometers' }))
	);
}

/** A distance as the panel writes it. */
function written(km: number): string {
	if (km < 1) return `${Math.round(km * 100) * 10} m`;
	return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km).toLocaleString('en')} km`;
}

test('every distance or nearness claim in the data is shown beside its measure', async ({
	page
}) => {
	expect(withClaims.length).toBeGreaterThan(0);
	for (const event of withClaims) {
		await page.goto(withHooks(`event=${event.id}`));
		const claims = page.getByRole('region', { name: /Distances the sources state/ });
		const items = claims.getByRole('listitem').filter({ has: page.locator('blockquote') });
		await expect(items).toHaveCount(event.claims.length);
		for (const [i, claim] of event.claims.entries()) {
			const item = items.nth(i);
			await expect(item.locator('blockquote')).toContainText(claim.quote.text);
			const stated = claim.distance
				? `${claim.distance.value} ${claim.distance.unit}`
				: 'near, with no figure';
			await expect(item.locator('.stated')).toContainText(stated);
			const border = claim.from.border ?? claim.to.border;
			if (border) {
				// Nearest point by another Turf measure: the two agree to well under a kilometre.
				const point = placeOf(claim.from.border ? claim.to : claim.from);
				const km = kmToBorder(point, border);
				await expect(item.locator('.measured')).toContainText('in a straight line');
				const shown = Number((await item.locator('.measured').innerText()).match(/[\d.]+/)?.[0]);
				expect(Math.abs(shown - km), `${shown} km against ${km} km`).toBeLessThan(1);
				await expect(item).toContainText(`The border of ${border} is taken as the point`);
			} else {
				const km = distance(placeOf(claim.from), placeOf(claim.to), { units: 'kilometers' });
				await expect(item.locator('.measured')).toContainText(`${written(km)} in a straight line`);
			}
			if (claim.distance?.along === 'road') {
				await expect(item.locator('.measured')).toContainText('a road is longer');
			}
			await expect(item.locator('.verdict')).toHaveText(
				/^(Holds|Does not hold|The map cannot tell)/
			);
			// A place end says which point stands for it.
			for (const end of [claim.from, claim.to]) {
				if (end.locality) await expect(item).toContainText(`${end.locality} is taken as the`);
			}
		}
	}
});

/** The measure tool's fixture: two points, and the length the tool must read between them. */
const fixture = (() => {
	const root = 'tests/fixtures/geo/measureBetween';
	const input = JSON.parse(readFileSync(`${root}/in/long-great-circle.geojson`, 'utf8'));
	const output = JSON.parse(readFileSync(`${root}/out/long-great-circle.geojson`, 'utf8'));
	const [a, b] = input.features.map((f: { geometry: { coordinates: [number, number] } }) => {
		const [lon, lat] = f.geometry.coordinates;
		const event = data.events.find((e) => e.coordinates[0] === lon && e.coordinates[1] === lat);
		if (!event) throw new Error(`no event at the fixture point ${lon},${lat}`);
		return event;
	});
	return { a: a!, b: b!, km: output.features[0].properties.km as number };
})();

async function measureLineCount(page: Page): Promise<number> {
	await waitForMapIdle(page);
	return page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		return map.queryRenderedFeatures({ layers: ['atlas-measure-line'] }).length;
	});
}

test('the measure tool, by keyboard, reads its fixture’s distance, draws it, and clears with Escape', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(withHooks('map=6/49.9/3.4'));
	await page.locator('html[data-hydrated="true"]').waitFor();
	const tool = page.getByRole('region', { name: 'Measure a distance' });
	await tool.locator('summary').focus();
	await page.keyboard.press('Enter');
	await tool.getByLabel('From', { exact: true }).focus();
	await tool.getByLabel('From', { exact: true }).selectOption(fixture.a.id);
	await tool.getByLabel('To', { exact: true }).selectOption(fixture.b.id);
	const reading = tool.locator('.reading');
	await expect(reading).toContainText(`${written(fixture.km)} in a straight line`);
	await expect(reading).toContainText(fixture.a.title);
	await expect(reading).toContainText(fixture.b.title);
	await expect.poll(() => measureLineCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
	await page.screenshot({ path: 'test-results/claims/measure-desktop.png' });
	await tool.getByLabel('To', { exact: true }).focus();
	await page.keyboard.press('Escape');
	await expect(reading).toHaveText('');
	await expect.poll(() => measureLineCount(page), { timeout: 30_000 }).toBe(0);
});

/** Events alone at their spots (no other within 0.05°), earliest first: a click hits only them. */
const aloneByStart = data.events
	.filter(
		(e) =>
			data.events.filter(
				(o) =>
					Math.hypot(o.coordinates[0] - e.coordinates[0], o.coordinates[1] - e.coordinates[1]) <
					0.05
			).length === 1
	)
	.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));

/** Centres the map on the event, waits for its dot to be drawn there, and clicks it. */
async function clickEventDot(page: Page, event: (typeof data.events)[number]): Promise<void> {
	await page.evaluate(
		(center) => {
			const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
			map.jumpTo({ center, zoom: 9 });
		},
		event.coordinates as [number, number]
	);
	// The tiles at the new camera load after the jump: clicked before, the dot is not there yet.
	await expect
		.poll(() => renderedEventIds(page), { message: `${event.id} is drawn`, timeout: 30_000 })
		.toContain(event.id);
	const point = await page.evaluate((lngLat) => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		const { x, y } = map.project(lngLat);
		const box = map.getCanvas().getBoundingClientRect();
		return { x: box.left + x, y: box.top + y };
	}, event.coordinates);
	await page.mouse.click(point.x, point.y);
}

test('“Measure a distance from this event” then a click on the map measures to that event', async ({
	page
}) => {
	// The second began before the first, so its dot is on the map while the first is selected.
	const first = aloneByStart.at(-1);
	const second = aloneByStart[0];
	if (!first || !second || first === second) throw new Error('the data has no two lone events');
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(withHooks(`event=${first.id}`));
	// The map first flies to the selected event (once the events have loaded): moved before it
	// gets there, it would fly on afterwards and the click below would miss.
	await waitForMapIdle(page);
	await expect
		.poll(
			async () => {
				const [x, y] = await mapCenter(page);
				return Math.hypot(x - first.coordinates[0], y - first.coordinates[1]);
			},
			{ timeout: 30_000 }
		)
		.toBeLessThan(0.05);
	const panel = page.getByRole('region', { name: 'Selected event' });
	await panel.getByRole('button', { name: 'Measure a distance from this event' }).click();
	await clickEventDot(page, second);
	const km = distance(first.coordinates, second.coordinates, { units: 'kilometers' });
	const reading = page.getByRole('region', { name: 'Measure a distance' }).locator('.reading');
	await expect(reading).toContainText(`${written(km)} in a straight line from ${first.title}`);
});

test('the measure tool’s “Pick on the map” measures between the next two dots clicked', async ({
	page
}) => {
	const [first, second] = aloneByStart;
	if (!first || !second) throw new Error('the data has no two lone events');
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(withHooks());
	await waitForMapIdle(page);
	const tool = page.getByRole('region', { name: 'Measure a distance' });
	await tool.locator('summary').click();
	const pick = tool.getByRole('button', { name: 'Pick on the map' });
	await pick.click();
	await expect(pick).toHaveAttribute('aria-pressed', 'true');
	const reading = tool.locator('.reading');
	await expect(reading).toHaveText('Select the first event.');
	await clickEventDot(page, first);
	await expect(reading).toHaveText(`From ${first.title}: now select the other event.`);
	await clickEventDot(page, second);
	const km = distance(first.coordinates, second.coordinates, { units: 'kilometers' });
	await expect(reading).toContainText(
		`${written(km)} in a straight line from ${first.title} to ${second.title}`
	);
	await expect(pick).toHaveAttribute('aria-pressed', 'false');
});

test('axe-core finds nothing with measured claims and the measure tool open', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(withHooks(`event=${withClaims[0]!.id}`));
	await waitForMapIdle(page);
	const tool = page.getByRole('region', { name: 'Measure a distance' });
	await tool.locator('summary').click();
	await tool.getByLabel('From', { exact: true }).selectOption(fixture.a.id);
	await tool.getByLabel('To', { exact: true }).selectOption(fixture.b.id);
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
});
