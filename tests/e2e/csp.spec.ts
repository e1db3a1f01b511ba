import type { Page } from '@playwright/test';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';

const data = loadAtlasData();

/**
 * The build's Content-Security-Policy, enforced twice as a deployer would: the <meta> tag every
 * page carries, and the same policy sent as a response header on every HTML page. Violations are
 * collected from `securitypolicyviolation` events (the fixture also fails on the console error
 * each one logs).
 */
async function serveWithPolicyHeader(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.assign(window, { __cspViolations: seen });
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sample})`);
		});
	});
	await page.route(
		(url) => url.pathname.endsWith('/') || url.pathname.endsWith('.html'),
		async (route) => {
			const response = await route.fetch();
			const html = await response.text();
			const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
			expect(policy, `${route.request().url()} carries a policy`).toBeTruthy();
			await route.fulfill({
				response,
				body: html,
				headers: { ...response.headers(), 'content-security-policy': policy! }
			});
		}
	);
	return () =>
		page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test('the policy allows no inline script or style beyond hashes, and nothing off the site', async ({
	page
}) => {
	await page.goto('/');
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	const directives = new Map(
		policy!.split(';').map((part) => {
			const [name, ...values] = part.trim().split(/\s+/);
			return [name!, values] as const;
		})
	);
	for (const name of ['script-src', 'style-src', 'default-src', 'connect-src']) {
		const values = directives.get(name) ?? [];
		expect(values, name).not.toContain("'unsafe-inline'");
		expect(values, name).not.toContain("'unsafe-eval'");
		expect(
			values.filter((v) => /^(https?:|\*)/.test(v)),
			name
		).toEqual([]);
	}
	expect(directives.get('object-src')).toEqual(["'none'"]);
	expect(directives.get('script-src')!.every((v) => v === "'self'" || /^'sha256-/.test(v))).toBe(
		true
	);
});

test('the atlas runs under its policy with no violation: map, panel, source dialog', async ({
	page
}) => {
	const violations = await serveWithPolicyHeader(page);
	const target = data.events.find((e) => e.quotes.length > 0)!;
	await page.goto(`/?event=${target.id}`);
	await waitForMapIdle(page);
	const panel = page.getByRole('region', { name: 'Selected event' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(target.title);
	await panel
		.getByRole('button', { name: /read in context/i })
		.first()
		.click();
	await expect(page.getByRole('dialog').locator('mark')).toHaveCount(1);
	await page.keyboard.press('Escape');
	const slider = page.getByRole('slider', { name: 'Time' });
	await slider.focus();
	await page.keyboard.press('Home');
	await page.keyboard.press('PageUp');
	await waitForMapIdle(page);
	// Styles the page sets itself still apply: the slider's axis labels are placed.
	await expect(page.locator('.tick').first()).toBeVisible();
	expect(await violations()).toEqual([]);
});

test('a month page runs under its policy with no violation, its swatches coloured', async ({
	page
}) => {
	const violations = await serveWithPolicyHeader(page);
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Browse by month' }).getByRole('link').first().click();
	await expect(page.locator('li[data-event-id]').first()).toBeVisible();
	const fill = await page.locator('.swatch circle').first().getAttribute('fill');
	expect(fill).toMatch(/^#[0-9a-f]{6}$/i);
	expect(await violations()).toEqual([]);
});
