import type { Page } from '@playwright/test';
import { loadAtlasData } from './atlas-data';
import { atlasFrame, openHost, test as hostTest, waitForReady } from './embed-host-fixtures';
import { expect, test } from './fixtures';
import { INPUT_QUIET_MS } from '../../src/lib/offline/hold';
import { listedEventIds, renderedEventIds, waitForMapIdle } from './map-helpers';

const data = loadAtlasData();
const byStart = [...data.events].sort((a, b) => a.startMs - b.startMs);

/** The address of the first month page the home page links to (the first links are years). */
async function firstMonthPath(page: Page): Promise<string> {
	const links = page.getByRole('navigation', { name: 'Browse by month' }).getByRole('link');
	const paths = await links.evaluateAll((all) =>
		all.map((link) => new URL((link as HTMLAnchorElement).href).pathname)
	);
	const month = paths.find((path) => /\/\d{4}-\d{2}\/?$/.test(path));
	expect(month, 'the home page links to a month page').toBeDefined();
	return month!;
}

/** A month page as a reader sees it: its title and its events with their quotes. */
async function expectMonthPage(page: Page) {
	await expect(page.getByRole('heading', { level: 1 })).toContainText(/\d+ events?$/);
	await expect(page.locator('article blockquote').first()).toBeVisible();
}

/**
 * The first visit, online: waits until the worker is active and its cache holds the home page,
 * the month page and the data file the page loaded, read from `caches` in the page.
 */
async function visitOnce(page: Page): Promise<{ monthPath: string }> {
	await page.goto('/');
	await waitForMapIdle(page);
	const monthPath = await firstMonthPath(page);
	// The page names its data file for the dataset worker, which fetches it.
	const dataFile = /\/data\/atlas\.[0-9a-f]+\.json/.exec(await page.content())?.[0] ?? '';
	expect(dataFile, 'the page names its data file').not.toBe('');
	const wanted = ['/', monthPath, dataFile];
	await expect
		.poll(
			() =>
				page.evaluate(async (paths) => {
					const registration = await navigator.serviceWorker.getRegistration();
					if (registration?.active?.state !== 'activated') return 'no active worker';
					const keys = await caches.keys();
					if (keys.length !== 1) return `${keys.length} caches`;
					const cache = await caches.open(keys[0]!);
					const held = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
					return paths.filter((path) => !held.has(path)).join(', ') || 'all cached';
				}, wanted),
			{ timeout: 45_000 }
		)
		.toBe('all cached');
	return { monthPath };
}

// The other specs block service workers (playwright.config.ts); these are about one.
test.use({ serviceWorkers: 'allow' });

test.describe('after one visit online', () => {
	test.setTimeout(120_000);

	test('the home page reloads offline with its map, its events and its list', async ({
		page,
		context
	}) => {
		const { monthPath } = await visitOnce(page);
		// Proof that the reload really met no network: the worker tried it for the page and was cut
		// off. (navigator.onLine is no proof: Chromium 150 says true in the reloaded document.)
		const cutOff: string[] = [];
		context.on('requestfailed', (request) => {
			if (request.failure()?.errorText === 'net::ERR_INTERNET_DISCONNECTED')
				cutOff.push(new URL(request.url()).pathname);
		});
		await context.setOffline(true);
		const response = await page.reload();
		expect(response?.fromServiceWorker()).toBe(true);
		expect(cutOff).toContain('/');
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
		await expect(page.locator('[data-static-list]')).toHaveCount(0);
		const drawn = await renderedEventIds(page);
		expect(drawn.length).toBeGreaterThan(0);
		await expect.poll(() => listedEventIds(page)).toEqual(drawn);

		// The month pages open from the home page's links, through SvelteKit's router.
		await page.locator(`nav a[href$="${monthPath}"]`).click();
		await expect(page).toHaveURL(new RegExp(`${monthPath}$`));
		await expectMonthPage(page);
	});

	test('a link to an event, and a month page, open offline', async ({ page, context }) => {
		const { monthPath } = await visitOnce(page);
		await context.setOffline(true);

		const target = byStart[Math.floor(byStart.length / 2)]!;
		const local = new Intl.DateTimeFormat('sv-SE', {
			timeZone: data.meta.timeZone,
			dateStyle: 'short',
			timeStyle: 'short'
		})
			.format(target.startMs)
			.replace(' ', 'T');
		await page.goto(`/?event=${target.id}&t=${local}`);
		await expect(
			page.getByRole('region', { name: 'Selected event' }).getByRole('heading', { level: 2 })
		).toHaveText(target.title);
		await waitForMapIdle(page);
		expect(await renderedEventIds(page)).toContain(target.id);

		const response = await page.goto(monthPath);
		expect(response?.status()).toBe(200);
		expect(response?.fromServiceWorker()).toBe(true);
		await expectMonthPage(page);
	});

	test('while online, pages still come from the network first, so a corrected event arrives', async ({
		page,
		context
	}) => {
		const { monthPath } = await visitOnce(page);
		const published = await (await page.request.get(monthPath)).text();
		const corrected = published.replace(/(<h1[^>]*>)/, '$1Corrected: ');
		expect(corrected).not.toBe(published);
		// The server now holds a corrected release; the worker's request for the page meets it.
		await context.route(`**${monthPath}`, (route) =>
			route.fulfill({ body: corrected, contentType: 'text/html' })
		);
		const response = await page.goto(monthPath);
		expect(response?.fromServiceWorker()).toBe(true);
		expect(await response?.text()).toContain('Corrected: ');
	});
});

test('a browser that refuses the worker still shows the atlas, with no error', async ({ page }) => {
	await page.addInitScript(() => {
		navigator.serviceWorker.register = () =>
			Promise.reject(new DOMException('Storage is blocked', 'SecurityError'));
	});
	const notes: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'info') notes.push(message.text());
	});
	await page.goto('/');
	await waitForMapIdle(page);
	expect((await renderedEventIds(page)).length).toBeGreaterThan(0);
	await expect.poll(() => notes.join('\n')).toContain('will not be kept for offline use');
});

/** Counts the pages and frames that ask for a service worker, before any of the site's code runs. */
function countRegistrations() {
	const calls: string[] = [];
	(window as unknown as { __registrations: string[] }).__registrations = calls;
	const register = ServiceWorkerContainer.prototype.register;
	ServiceWorkerContainer.prototype.register = function (...args) {
		calls.push(String(args[0]));
		return register.apply(this, args);
	};
}

/**
 * The registrations a document asked for, once it is interactive, its load event has run, its
 * map has drawn, the reader has left it alone for as long as the atlas waits for (hold.ts), and
 * the page has had the idle moment the atlas registers in: an idle callback asked for now runs
 * after the one the atlas asked for then.
 */
async function registrationsOf(frame: Page | import('@playwright/test').Frame): Promise<string[]> {
	await expect(frame.locator('html[data-hydrated="true"]')).toHaveCount(1, { timeout: 30_000 });
	await frame.waitForFunction(() => document.readyState === 'complete');
	await expect(frame.locator('[data-map-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
	return frame.evaluate(async (quietMs) => {
		await new Promise((quiet) => setTimeout(quiet, quietMs + 500));
		await new Promise((idle) => requestIdleCallback(idle, { timeout: 15_000 }));
		return (window as unknown as { __registrations: string[] }).__registrations;
	}, INPUT_QUIET_MS);
}

hostTest.describe('an embed on another site', () => {
	hostTest.use({ serviceWorkers: 'allow' });

	hostTest(
		'registers no worker, while the same page opened by itself does',
		async ({ page, host, site }) => {
			await page.addInitScript(countRegistrations);
			await openHost(page, host, site);
			await waitForReady(page, 0);
			expect(await registrationsOf(await atlasFrame(page, 0))).toEqual([]);

			await page.goto(`${site}/embed`);
			expect(await registrationsOf(page)).toEqual(['/service-worker.js']);
		}
	);
});
