import type { Page, Response } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';
import { startStaticServer, type StaticServer } from './static-server';
import { MAP_CONTEXT_LOST } from '../../src/lib/map/webgl';

const data = loadAtlasData();
const SHOTS = 'test-results/poster';

/** Text only MapLibre's own code holds (the class of its canvas), or the atlas's map component. */
const MAP_CODE = /maplibregl-canvas|Map: could not start\./;

/** The site's scripts a page has fetched, and whether each is map code, read from its body. */
function watchScripts(page: Page): { url: string; map: Promise<boolean> }[] {
	const scripts: { url: string; map: Promise<boolean> }[] = [];
	page.on('response', (response: Response) => {
		const url = response.url();
		if (!/\.m?js(\?|$)/.test(url)) return;
		scripts.push({
			url,
			map: response.text().then(
				(body) => MAP_CODE.test(body),
				() => false
			)
		});
	});
	return scripts;
}

async function mapScripts(scripts: { url: string; map: Promise<boolean> }[]): Promise<string[]> {
	const flagged = await Promise.all(scripts.map(async (s) => ((await s.map) ? s.url : null)));
	return flagged.filter((url): url is string => url !== null);
}

for (const size of [
	{ width: 400, height: 300 },
	{ width: 1200, height: 800 }
]) {
	test.describe(`the poster embed at ${size.width}×${size.height}`, () => {
		test.use({ viewport: size });

		test('shows the poster and the list, passes axe-core, and loads no map code', async ({
			page
		}) => {
			const scripts = watchScripts(page);
			await page.goto('/embed?poster=1');
			const poster = page.getByRole('img', { name: /^Still map of the \d+ events/ });
			await expect(poster).toBeVisible();
			// Visible comes before loaded: wait for the image itself.
			await expect
				.poll(() => poster.evaluate((img: HTMLImageElement) => img.naturalWidth))
				.toBe(1200);
			const list = page.getByRole('region', { name: 'Events on the map' });
			await expect(list.getByRole('listitem')).toHaveCount(data.events.length);
			await expect(page.getByRole('slider', { name: 'Time' })).toBeVisible();
			await page.screenshot({ path: `${SHOTS}/embed-poster-${size.width}x${size.height}.png` });
			const results = await new AxeBuilder({ page }).analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
			).toEqual([]);
			// Give any eager import its chance to show up before judging.
			await page.waitForTimeout(1000);
			expect(await mapScripts(scripts)).toEqual([]);
			await expect(page.locator('canvas')).toHaveCount(0);
		});
	});
}

test.describe('the poster embed in a 400×300 frame', () => {
	test.use({ viewport: { width: 400, height: 300 } });

	test('starts the live map when asked, fetching the map code only then', async ({ page }) => {
		const scripts = watchScripts(page);
		await page.goto('/embed?poster=1');
		await expect(page.getByRole('img', { name: /^Still map/ })).toBeVisible();
		await page.waitForTimeout(500);
		expect(await mapScripts(scripts)).toEqual([]);
		await page.getByRole('button', { name: 'Show the interactive map' }).click();
		await waitForMapIdle(page);
		await expect(page.getByRole('img', { name: /^Still map/ })).toHaveCount(0);
		expect((await mapScripts(scripts)).length).toBeGreaterThan(0);
		await page.screenshot({ path: `${SHOTS}/embed-poster-started-400x300.png` });
	});

	test('an event chosen from the list shows its quote over the poster', async ({ page }) => {
		const quoted = data.events.find((e) => e.quotes.length > 0)!;
		await page.goto('/embed?poster=1');
		await page
			.getByRole('region', { name: 'Events on the map' })
			.getByRole('button', { name: quoted.title, exact: true })
			.click();
		const selected = page.getByRole('region', { name: 'Selected event' });
		await expect(selected.locator('blockquote')).toHaveText(quoted.quotes[0]!.text);
	});
});

test('/poster.png is a 1200×630 PNG', async ({ request }) => {
	const response = await request.get('/poster.png');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toBe('image/png');
	const body = await response.body();
	// The PNG signature, then the IHDR chunk's width and height.
	expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(body.subarray(12, 16).toString('ascii')).toBe('IHDR');
	expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
});

/** Counts, in every frame, the WebGL contexts taken from a canvas still on the page. */
function countContextLosses(): void {
	Object.assign(window, { __contextLosses: 0 });
	document.addEventListener(
		'webglcontextlost',
		(event) => {
			// A map removed on purpose loses its context after its canvas has left the page.
			if ((event.target as Element).isConnected) {
				const counted = window as unknown as { __contextLosses: number };
				counted.__contextLosses++;
			}
		},
		true
	);
}

/** A host page on another origin: `count` embeds, far enough apart to scroll past. */
function hostPage(site: string, count: number, query: string, loading = 'lazy'): string {
	const frames = Array.from(
		{ length: count },
		(_, i) =>
			`<p>Paragraph ${i + 1} of the article.</p><iframe id="embed-${i}" src="${site}/embed${query}" title="Map ${i + 1}" width="400" height="300" loading="${loading}"></iframe>`
	).join('\n');
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live blog</title><link rel="stylesheet" href="/host.css"></head><body><h1>Live blog</h1>${frames}</body></html>`;
}

const HTML = 'text/html; charset=utf-8';
const HOST_CSS =
	'body { margin: 0 1rem; } p { height: 700px; margin: 0; } iframe { border: 1px solid #888; }';

test.describe('embeds on a page of another site', () => {
	test.use({ viewport: { width: 800, height: 600 } });
	let host: StaticServer;
	test.beforeAll(async ({ baseURL }) => {
		host = await startStaticServer({
			root: '/nonexistent',
			routes: {
				'/posters.html': { body: hostPage(baseURL!, 20, '?poster=1'), type: HTML },
				'/maps.html': { body: hostPage(baseURL!, 20, ''), type: HTML },
				'/one-below.html': { body: hostPage(baseURL!, 1, '?poster=1', 'eager'), type: HTML },
				'/host.css': { body: HOST_CSS, type: 'text/css' }
			}
		});
	});
	test.afterAll(async () => host.close());
	// The host's port is known only once it has started: the option is read when the test runs.
	// eslint-disable-next-line no-empty-pattern
	test.use({ otherOrigins: async ({}, use) => use([host.origin]) });

	test('one below the fold shows its poster, loads no map code, and starts when scrolled to', async ({
		page
	}) => {
		const scripts = watchScripts(page);
		await page.goto(`${host.origin}/one-below.html`);
		const frame = page.frameLocator('#embed-0');
		await expect(frame.getByRole('img', { name: /^Still map/ })).toHaveCount(1);
		await expect(frame.getByRole('region', { name: 'Events on the map' })).toBeAttached();
		await page.waitForTimeout(1500);
		expect(await mapScripts(scripts)).toEqual([]);
		await page.locator('#embed-0').scrollIntoViewIfNeeded();
		await expect(frame.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
		expect((await mapScripts(scripts)).length).toBeGreaterThan(0);
	});

	for (const [kind, path] of [
		['twenty poster embeds', '/posters.html'],
		['twenty embeds without the poster flag', '/maps.html']
	] as const) {
		test(`${kind} load their maps as they are scrolled into view and never lose a WebGL context`, async ({
			page
		}) => {
			test.setTimeout(300_000);
			const warnings: string[] = [];
			page.on('console', (message) => {
				if (/WebGL|context/i.test(message.text())) warnings.push(message.text());
			});
			await page.addInitScript(countContextLosses);
			await page.goto(`${host.origin}${path}`);
			for (let i = 0; i < 20; i++) {
				const frame = page.frameLocator(`#embed-${i}`);
				await page.locator(`#embed-${i}`).scrollIntoViewIfNeeded();
				await expect(frame.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 60_000 });
			}
			let live = 0;
			for (const frame of page.frames().slice(1)) {
				expect(
					await frame.evaluate(
						() => (window as unknown as { __contextLosses: number }).__contextLosses
					)
				).toBe(0);
				await expect(frame.getByText(MAP_CONTEXT_LOST)).toHaveCount(0);
				live += await frame.locator('canvas.maplibregl-canvas').count();
			}
			expect(live).toBeLessThanOrEqual(8);
			expect(warnings).toEqual([]);
			await page.screenshot({
				path: `${SHOTS}/live-blog-${path.slice(1, -5)}-bottom-800x600.png`
			});
		});
	}
});
