import type { Page } from '@playwright/test';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

const data = loadAtlasData();

/**
 * The text of the scripts the home page's HTML names (module scripts and modulepreloads): what
 * it loads before it is interactive. Parts left out of them load as their own chunks after.
 */
async function readFirstScripts(page: Page): Promise<string> {
	const response = await page.request.get('/');
	const html = await response.text();
	const urls = [...html.matchAll(/(?:href|src)="([^"]+\.js)"/g)].map((m) => m[1] as string);
	expect(urls.length).toBeGreaterThan(0);
	const texts = await Promise.all(
		urls.map(async (url) => (await page.request.get(new URL(url, response.url()).href)).text())
	);
	return texts.join('\n');
}

test('the event panel is not in the home page’s first scripts, and opens once it is interactive', async ({
	page
}) => {
	expect(await readFirstScripts(page)).not.toContain('aria-label="Selected event"');
	const target = data.events[0]!;
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await page.locator(`article[id="${target.id}"] .title a`).click();
	const panel = page.getByRole('region', { name: 'Selected event' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(target.title);
});

test('the folded time controls are not in the home page’s first scripts, and are there when unfolded', async ({
	page
}) => {
	expect(await readFirstScripts(page)).not.toContain('aria-label="Typed time range"');
	// Short enough a screen that the controls start folded.
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await page.getByText('More time controls').click();
	await expect(page.getByRole('form', { name: 'Typed time range' })).toBeVisible();
	await expect(page.getByLabel('Zoom', { exact: true })).toBeVisible();
});
