import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';

const data = loadAtlasData();
const quoted = data.events.find((e) => e.quotes.length > 0)!;

/** WCAG relative luminance of a CSS `rgb(…)` colour or of [r, g, b] in 0–255. */
function luminance(colour: string | number[]): number {
	const channels = typeof colour === 'string' ? colour.match(/\d+(\.\d+)?/g)!.map(Number) : colour;
	const [r, g, b] = channels
		.slice(0, 3)
		.map((c) => c / 255)
		.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (high! + 0.05) / (low! + 0.05);
}

async function pageBackground(page: Page): Promise<string> {
	return page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

/**
 * The luminance of the map's ground as drawn: the median of a grid of pixels read from the
 * canvas right after MapLibre renders a frame (the drawing buffer is still whole then), so a
 * few event dots under the grid do not count.
 */
async function mapGroundLuminance(page: Page): Promise<number> {
	await waitForMapIdle(page);
	const pixels = await page.evaluate(
		() =>
			new Promise<number[][]>((resolve) => {
				const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
				map.once('render', () => {
					const canvas = map.getCanvas();
					const gl = canvas.getContext('webgl2')!;
					const samples: number[][] = [];
					for (let i = 1; i < 6; i++) {
						for (let j = 1; j < 6; j++) {
							const pixel = new Uint8Array(4);
							const x = Math.round((canvas.width * i) / 6);
							const y = Math.round((canvas.height * j) / 6);
							gl.readPixels(x, y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
							samples.push([...pixel]);
						}
					}
					resolve(samples);
				});
				map.triggerRepaint();
			})
	);
	const sorted = pixels.map((p) => luminance(p)).sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

async function expectNoAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
}

for (const viewport of [
	{ width: 400, height: 300 },
	{ width: 1200, height: 800 }
]) {
	test.describe(`theme=dark in a ${viewport.width}×${viewport.height} frame`, () => {
		test.use({ viewport });

		test('draws a dark page over a dark map, the selected quote readable, and passes axe-core', async ({
			page
		}) => {
			await page.goto(`/embed?theme=dark&event=${quoted.id}`);
			expect(luminance(await pageBackground(page))).toBeLessThan(0.05);
			// Dark, though halos over the ground lighten it a little (the light map's is about 0.8).
			expect(await mapGroundLuminance(page)).toBeLessThan(0.1);

			const selected = page.getByRole('region', { name: 'Selected event' });
			const quote = selected.locator('blockquote');
			await expect(quote).toHaveText(quoted.quotes[0]!.text);
			await expect(quote).toBeInViewport();
			const [ink, ground] = await quote.evaluate((element) => [
				getComputedStyle(element).color,
				getComputedStyle(element.closest('section')!).backgroundColor
			]);
			expect(contrast(ink!, ground!)).toBeGreaterThanOrEqual(4.5);
			await expectNoAxeViolations(page);
		});

		test('keeps the time controls and the content note readable: axe-core finds nothing', async ({
			page
		}) => {
			await page.goto('/embed?theme=dark');
			await waitForMapIdle(page);
			// Small frames leave the extra time controls out (EmbedLayout); larger ones fold them.
			if (viewport.height > 420) {
				await page.getByText('More time controls').click();
				await expect(page.getByRole('button', { name: 'Show this range' })).toBeVisible();
			}
			await page.getByRole('button', { name: 'More of the content note' }).click();
			await expect(page.getByRole('complementary', { name: 'Content note' })).toContainText(
				data.meta.contentNote
			);
			await expectNoAxeViolations(page);
		});
	});
}

test.describe('theme=dark over the map in a 1200×800 frame', () => {
	test.use({ viewport: { width: 1200, height: 800 } });

	test('the label of a hovered event takes the dark colours too: axe-core finds nothing', async ({
		page
	}) => {
		await page.goto('/embed?theme=dark');
		await waitForMapIdle(page);
		const { id, x, y } = await page.evaluate(() => {
			const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
			const [feature] = map.queryRenderedFeatures({
				layers: ['atlas-event-points-faded', 'atlas-event-points']
			});
			const point = map.project(
				(feature!.geometry as GeoJSON.Point).coordinates as [number, number]
			);
			const box = map.getCanvas().getBoundingClientRect();
			return { id: String(feature!.properties.id), x: box.left + point.x, y: box.top + point.y };
		});
		await page.mouse.move(x, y);
		const title = data.events.find((e) => e.id === id)!.title;
		await expect(page.locator('.maplibregl-popup')).toContainText(title);
		await expectNoAxeViolations(page);
	});
});

test.describe('the embed without theme=dark', () => {
	test.use({ viewport: { width: 400, height: 300 } });

	test('stays light: a light page over a light map', async ({ page }) => {
		await page.goto('/embed');
		expect(luminance(await pageBackground(page))).toBeGreaterThan(0.9);
		expect(await mapGroundLuminance(page)).toBeGreaterThan(0.5);
	});
});

test('a dark embed is dark before any of its code has run: no light frame while it loads', async ({
	page
}) => {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/embed?theme=dark', { waitUntil: 'domcontentloaded' });
	await expect(page.locator('html')).not.toHaveAttribute('data-hydrated', 'true');
	expect(luminance(await pageBackground(page))).toBeLessThan(0.05);
	release();
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	expect(luminance(await pageBackground(page))).toBeLessThan(0.05);
});
