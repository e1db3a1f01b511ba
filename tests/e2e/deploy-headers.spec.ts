import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { headersForPath, parseHeadersFile } from '../../scripts/deploy/headers-file';
import { loadAtlasData } from './atlas-data';
import { expect, test as base } from './fixtures';
import { waitForMapIdle } from './map-helpers';
import { startStaticServer, type StaticServer } from './static-server';

/**
 * The build served as a host would serve it with the `_headers` file the build wrote: every
 * response gets the headers of the rules matching its path (read as Cloudflare Pages reads
 * them), so this checks the real file, policy headers included. A second server on another
 * origin plays the newsroom page that frames the atlas.
 */
const data = loadAtlasData();
const quoted = data.events.find((e) => e.quotes.length > 0)!;
const rules = parseHeadersFile(readFileSync('build/_headers', 'utf8'));

function framingPage(site: string): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A newsroom page</title></head>
<body><h1>A newsroom page</h1>
<iframe id="embed" title="Atlas embed" src="${site}/embed" width="400" height="300"></iframe>
<iframe id="home" title="Atlas home" src="${site}/" width="400" height="300"></iframe>
</body></html>`;
}

const test = base.extend<{ site: StaticServer; host: StaticServer }>({
	// Playwright reads a fixture's dependencies from its first parameter: this one has none.
	// eslint-disable-next-line no-empty-pattern
	site: async ({}, use) => {
		const site = await startStaticServer({
			root: 'build',
			headers: (path) => headersForPath(rules, path)
		});
		await use(site);
		await site.close();
	},
	host: async ({ site }, use) => {
		const host = await startStaticServer({
			root: 'static',
			routes: { '/article': { body: framingPage(site.origin), type: 'text/html; charset=utf-8' } }
		});
		await use(host);
		await host.close();
	},
	otherOrigins: async ({ site, host }, use) => use([site.origin, host.origin])
});

/** Collects Content-Security-Policy violations in every frame of the page, as they happen. */
async function recordViolations(page: Page): Promise<(frame?: Page | Frame) => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { __cspViolations: seen });
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sample})`);
		});
	});
	return (frame = page) =>
		frame.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test('the home page under its header policy: the map, an event, the slider, no violation', async ({
	page,
	site
}) => {
	const violations = await recordViolations(page);
	const response = await page.goto(`${site.origin}/`);
	expect(response!.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'$/);
	expect(response!.headers()['content-security-policy']).not.toContain('unsafe-inline');
	await waitForMapIdle(page);
	await page.locator(`article[id="${quoted.id}"] .title a`).click();
	const panel = page.getByRole('region', { name: 'Selected event' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(quoted.title);
	const slider = page.getByRole('slider', { name: 'Time' });
	await slider.focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('PageUp');
	await waitForMapIdle(page);
	expect(await violations()).toEqual([]);
});

test('a month page under its header policy: no violation', async ({ page, site }) => {
	const violations = await recordViolations(page);
	await page.goto(`${site.origin}/`);
	await page.getByRole('navigation', { name: 'Browse by month' }).getByRole('link').first().click();
	await expect(page.locator('li[data-event-id]').first()).toBeVisible();
	const response = await page.request.get(page.url());
	expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'$/);
	expect(await violations()).toEqual([]);
});

test('the embed under its header policy: the map, an event, the slider, no violation', async ({
	page,
	site
}) => {
	await page.setViewportSize({ width: 400, height: 300 });
	const violations = await recordViolations(page);
	const response = await page.goto(`${site.origin}/embed?event=${quoted.id}`);
	expect(response!.headers()['content-security-policy']).toMatch(/frame-ancestors \*$/);
	await waitForMapIdle(page);
	const selected = page.getByRole('region', { name: 'Selected event' });
	await expect(selected.getByRole('heading')).toHaveText(quoted.title);
	await selected.getByRole('button', { name: /Close/ }).click();
	const slider = page.getByRole('slider', { name: 'Time' });
	await slider.focus();
	await page.keyboard.press('Home');
	await waitForMapIdle(page);
	expect(await violations()).toEqual([]);
});

test.describe('framed by a page on another origin', () => {
	// The browser reports the refused frame on the console; that refusal is what is tested.
	test.use({ expectedConsoleErrors: [/^Framing '[^']+' violates .*"frame-ancestors 'self'"/] });

	test('the embed loads in the frame and the home page does not', async ({ page, site, host }) => {
		const violations = await recordViolations(page);
		await page.goto(`${host.origin}/article`);
		const embed = page.frameLocator('#embed');
		await expect(embed.getByRole('link', { name: 'Open the full atlas' })).toBeVisible();
		await expect(embed.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
		const embedFrame = page.frames().find((f) => f.url().startsWith(`${site.origin}/embed`))!;
		expect(await violations(embedFrame)).toEqual([]);
		// The home page is refused: its frame never holds the atlas.
		await expect
			.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error://')))
			.toBe(true);
		expect(page.frames().some((f) => f.url() === `${site.origin}/`)).toBe(false);
		await expect(page.frameLocator('#home').getByRole('link')).toHaveCount(0);
	});
});
