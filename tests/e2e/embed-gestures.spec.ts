import type { Frame, Page } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';

/** An article on another origin, taller than the window, with the embed in its middle. */
function articleHtml(embedUrl: string): string {
	const paragraphs = Array.from(
		{ length: 12 },
		(_, i) => `<p>Paragraph ${i + 1} of the article.</p>`
	);
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
<style>body { margin: 0 auto; max-width: 40rem; } p { height: 120px; margin: 0; }</style></head>
<body><h1>An article</h1>${paragraphs.slice(0, 4).join('')}
<iframe id="atlas" title="Map of the events" src="${embedUrl}" width="400" height="300"></iframe>
${paragraphs.slice(4).join('')}</body></html>`;
}

const test = base.extend<{ host: StaticServer }>({
	host: async ({ baseURL }, use) => {
		const host = await startStaticServer({
			root: 'static',
			routes: {
				'/article': { body: articleHtml(`${baseURL}/embed`), type: 'text/html; charset=utf-8' }
			}
		});
		await use(host);
		await host.close();
	},
	otherOrigins: async ({ host }, use) => use([host.origin])
});

/** Opens the article, scrolls the embed into the middle of the window, and waits for its map. */
async function openArticle(page: Page, host: StaticServer): Promise<Frame> {
	await page.goto(`${host.origin}/article`);
	const iframe = page.locator('#atlas');
	await iframe.evaluate((element) => element.scrollIntoView({ block: 'center' }));
	const frame = (await iframe.elementHandle())!.contentFrame();
	const embed = (await frame)!;
	await expect(embed.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
	// Counts the wheel gestures MapLibre turned away, so a test knows the map saw them.
	await embed.evaluate(() => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		Object.assign(window, { __blockedGestures: 0 });
		map.on('cooperativegestureprevented', () => {
			const counted = window as unknown as { __blockedGestures: number };
			counted.__blockedGestures++;
		});
		// MapLibre shows its hint for a tenth of a second and then fades it out slowly: a poll of
		// its opacity can miss that moment on a busy machine, so the page records each showing.
		const screen = document.querySelector('.maplibregl-cooperative-gesture-screen')!;
		Object.assign(window, { __hintShown: 0 });
		new MutationObserver(() => {
			if (screen.classList.contains('maplibregl-show')) {
				(window as unknown as { __hintShown: number }).__hintShown++;
			}
		}).observe(screen, { attributes: true, attributeFilter: ['class'] });
	});
	return embed;
}

function mapZoom(embed: Frame): Promise<number> {
	return embed.evaluate(() =>
		(window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getZoom()
	);
}

/** Puts the mouse over the middle of the embed's map. */
async function hoverMap(page: Page, embed: Frame) {
	const frameBox = (await page.locator('#atlas').boundingBox())!;
	const mapBox = (await embed.locator('.map-area').boundingBox())!;
	expect(mapBox.height).toBeGreaterThan(60);
	await page.mouse.move(frameBox.x + frameBox.width / 2, mapBox.y + mapBox.height / 2);
}

test.use({ viewport: { width: 800, height: 600 } });

test('a mouse wheel over the framed map scrolls the article and leaves the map alone, with a hint', async ({
	page,
	host
}) => {
	const embed = await openArticle(page, host);
	const zoom = await mapZoom(embed);
	const scrolled = await page.evaluate(() => scrollY);
	await hoverMap(page, embed);
	await page.mouse.wheel(0, 200);
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrolled + 100);
	await expect
		.poll(() =>
			embed.evaluate(() => (window as unknown as { __blockedGestures: number }).__blockedGestures)
		)
		.toBeGreaterThan(0);
	expect(await mapZoom(embed)).toBe(zoom);
	// MapLibre's hint says how to zoom; it is shown at once and fades out after a second.
	const hint = embed.locator('.maplibregl-cooperative-gesture-screen .maplibregl-desktop-message');
	await expect(hint).toHaveText(/Ctrl \+ scroll to zoom/);
	expect(
		await embed.evaluate(() => (window as unknown as { __hintShown: number }).__hintShown)
	).toBeGreaterThan(0);
});

test('Ctrl + wheel over the framed map zooms the map and does not scroll the article', async ({
	page,
	host
}) => {
	const embed = await openArticle(page, host);
	const zoom = await mapZoom(embed);
	const scrolled = await page.evaluate(() => scrollY);
	await hoverMap(page, embed);
	await page.keyboard.down('Control');
	await page.mouse.wheel(0, -300);
	await page.keyboard.up('Control');
	await expect.poll(() => mapZoom(embed)).toBeGreaterThan(zoom + 0.2);
	expect(await page.evaluate(() => scrollY)).toBe(scrolled);
});

test('static=1 adds no gesture hint: a still map has no gestures to explain', async ({ page }) => {
	await page.goto('/embed?static=1');
	await expect(page.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
	await expect(page.locator('.maplibregl-cooperative-gesture-screen')).toHaveCount(0);
});
