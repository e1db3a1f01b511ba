import type { Page } from '@playwright/test';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { withHooks } from './map-helpers';

/**
 * The street basemap: the build's own archive of OpenStreetMap tiles (scripts/streets), drawn
 * under the events from zoom 12. It is only in the build when ATLAS_STREET_TILES named the
 * tiles (CI sets it in .ci/run), so without it these tests fail, saying so, rather than skip.
 */

const data = loadAtlasData();

// Street tiles are many small range requests on top of the events: a loaded machine needs time.
test.describe.configure({ timeout: 180_000 });

/** The events placed to an address in a city of the data, with the street named in it. */
const bataclan = data.events.find((event) => event.place.name === 'Bataclan');
const paris = data.events.find(
	(event) => event.place.precision === 'city' && event.place.locality === 'Paris'
);

function requireStreetBuild() {
	expect(
		process.env.ATLAS_STREET_TILES,
		'ATLAS_STREET_TILES is not set, so the build has no street archive: build with ' +
			'`ATLAS_STREET_TILES=../shared/basemap/osm-2021-08 npm run build:test` (CI sets it)'
	).toBeTruthy();
}

/** Features MapLibre has drawn in the given layers, as their properties. */
/**
 * Waits for the map's first full render. Generous: street tiles come on top of the events, and
 * a loaded machine takes its time; what is asserted after does not depend on how long it took.
 */
async function waitForStreetMap(page: Page) {
	await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 90_000 });
}

async function rendered(page: Page, layers: string[]): Promise<Record<string, unknown>[]> {
	return page.evaluate((ids) => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		return map.queryRenderedFeatures({ layers: ids }).map((f) => f.properties);
	}, layers);
}

test('at zoom 15 over the Bataclan the map draws the streets and their names, from this site only', async ({
	page,
	baseURL
}) => {
	requireStreetBuild();
	expect(bataclan, 'the data has a Bataclan event').toBeDefined();
	const [lon, lat] = bataclan!.coordinates;
	const archiveRequests: { url: string; range: string | undefined }[] = [];
	page.on('request', (request) => {
		if (request.url().includes('streets.pmtiles')) {
			archiveRequests.push({ url: request.url(), range: request.headers().range });
		}
	});
	await page.goto(withHooks(`map=15/${lat}/${lon}`));
	await waitForStreetMap(page);
	await expect
		.poll(async () => (await rendered(page, ['streets-road'])).length, { timeout: 60_000 })
		.toBeGreaterThan(10);

	// The street named in the event's address is drawn and labelled along its line.
	const street = bataclan!.place.address!.split(',')[0]!.replace(/^\d+\s*/, '');
	await expect
		.poll(
			async () =>
				(await rendered(page, ['streets-road-name'])).map((p) =>
					String(p['name:latin']).toLowerCase()
				),
			{ timeout: 60_000 }
		)
		.toContain(street.toLowerCase());

	// Read from this site, by range requests into the one archive (the fixture fails on any other origin).
	expect(archiveRequests.length).toBeGreaterThan(0);
	for (const request of archiveRequests) {
		expect(new URL(request.url).origin).toBe(new URL(baseURL!).origin);
		expect(request.range).toMatch(/^bytes=\d+-\d+$/);
	}

	const attribution = page.locator('.maplibregl-ctrl-attrib');
	await expect(attribution).toContainText('© OpenStreetMap contributors, © OpenMapTiles');
	await expect(attribution).toContainText('not at the time of the events');
});

test('at zoom 11 over Paris the river is OpenStreetMap water, not the simplified Natural Earth line', async ({
	page
}) => {
	requireStreetBuild();
	expect(paris, 'the data has a city-level event in Paris').toBeDefined();
	const [lon, lat] = paris!.coordinates;
	await page.goto(withHooks(`map=11/${lat}/${lon}`));
	await waitForStreetMap(page);
	await expect
		.poll(async () => (await rendered(page, ['streets-water'])).length, { timeout: 60_000 })
		.toBeGreaterThan(0);
	expect(await rendered(page, ['river'])).toEqual([]);
	// No roads yet at zoom 11: Natural Earth is the ground until zoom 12.
	expect(await rendered(page, ['streets-road'])).toEqual([]);
});
