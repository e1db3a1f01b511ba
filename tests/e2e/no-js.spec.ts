import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { buildAtlasIndex } from '../../src/lib/domain/atlas-index';
import type { AtlasEvent } from '../../src/lib/domain/data/schema';
import { normaliseQuoteText } from '../../src/lib/domain/data/quotes';
import { localPeriodKey } from '../../src/lib/domain/time/timeline';
import { parseWallClock } from '../../src/lib/domain/time/wall-clock';
import { geodataDir } from '../../src/lib/server/geodata';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

const data = loadAtlasData();
const index = buildAtlasIndex(data);

/**
 * `HOME_LIST_LIMIT`, read from its source: the module renders Svelte components, which the test
 * runner cannot load.
 */
const HOME_LIST_LIMIT = Number(
	/export const HOME_LIST_LIMIT = (\d+);/.exec(
		readFileSync('src/lib/server/static-list.ts', 'utf8')
	)?.[1]
);

/** The page an event is listed on without JavaScript: its local month, or its year. */
const periodOf = (event: AtlasEvent) => localPeriodKey(event).slice(0, 7);

/** Every period with its events in reading order, periods in chronological order. */
const periods = (() => {
	const groups = new Map<string, AtlasEvent[]>();
	for (const event of index.events) {
		const key = periodOf(event);
		groups.set(key, [...(groups.get(key) ?? []), event]);
	}
	return [...groups]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([key, events]) => ({
			key,
			label:
				key.length === 4
					? key
					: new Intl.DateTimeFormat('en-GB', {
							month: 'long',
							year: 'numeric',
							timeZone: 'UTC'
						}).format(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 15)),
			events
		}));
})();

const pathOf = (key: string) => `/events/${key}/`;
const countOf = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;

/** Where a link goes, as a path (the site writes its links relative to the page). */
async function pathOfLink(link: Locator): Promise<string> {
	const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
	const url = new URL(href);
	return url.pathname + url.search + url.hash;
}

async function listedIds(page: Page): Promise<string[]> {
	return page.locator('.static-list article').evaluateAll((articles) => articles.map((a) => a.id));
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the home page lists every event, or sends the reader to the month pages', async ({
		page
	}) => {
		expect(HOME_LIST_LIMIT).toBeGreaterThan(0);
		await page.goto('/');
		const list = page.locator('[data-static-list="home"]');
		if (index.events.length <= HOME_LIST_LIMIT) {
			expect(await listedIds(page)).toEqual(index.events.map((e) => e.id));
		} else {
			await expect(list.locator('article')).toHaveCount(0);
			await expect(list).toContainText(
				`This atlas holds ${index.events.length} events, too many for one page`
			);
			await expect(list.getByRole('link')).toHaveCount(periods.length);
		}
		// The day headings are those of the interactive list.
		await expect(list.locator('h3')).toHaveCount(
			index.events.length <= HOME_LIST_LIMIT ? index.days.length : 0
		);
	});

	test('the home page links to every month page, with its number of events', async ({ page }) => {
		await page.goto('/');
		const nav = page.getByRole('navigation', { name: 'Browse by month' });
		const links = nav.getByRole('link');
		await expect(links).toHaveCount(periods.length);
		for (const [i, period] of periods.entries()) {
			await expect(links.nth(i)).toHaveText(period.label);
			expect(await pathOfLink(links.nth(i))).toBe(pathOf(period.key));
			await expect(nav.getByRole('listitem').nth(i)).toContainText(countOf(period.events.length));
		}
	});

	test('every month page lists exactly its events, with all their quotes', async ({ page }) => {
		for (const [i, period] of periods.entries()) {
			const response = await page.goto(pathOf(period.key));
			expect(response?.status()).toBe(200);
			await expect(page).toHaveTitle(
				`${period.label}: ${countOf(period.events.length)} — ${data.meta.title}`
			);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				`${period.label}: ${countOf(period.events.length)}`
			);
			await expect(page.getByRole('complementary', { name: 'Content note' })).toHaveText(
				data.meta.contentNote
			);
			expect(await listedIds(page)).toEqual(period.events.map((e) => e.id));
			for (const event of period.events) {
				const article = page.locator(`article[id="${event.id}"]`);
				await expect(article.locator('h4')).toHaveText(event.title);
				const quotes = (await article.locator('blockquote').allInnerTexts()).map(
					normaliseQuoteText
				);
				expect(quotes).toEqual(event.quotes.map((q) => normaliseQuoteText(q.text)));
			}
			// No JavaScript at all on these pages.
			await expect(page.locator('script')).toHaveCount(0);
			// The neighbouring periods, in order.
			const nav = page.getByRole('navigation', { name: 'Previous and next period', exact: true });
			const previous = periods[i - 1];
			const next = periods[i + 1];
			await expect(nav.locator('a[rel="prev"]')).toHaveCount(previous ? 1 : 0);
			await expect(nav.locator('a[rel="next"]')).toHaveCount(next ? 1 : 0);
			if (previous)
				expect(await pathOfLink(nav.locator('a[rel="prev"]'))).toBe(pathOf(previous.key));
			if (next) expect(await pathOfLink(nav.locator('a[rel="next"]'))).toBe(pathOf(next.key));
		}
	});

	test('a month page links to the interactive atlas at the time of its last event', async ({
		page
	}) => {
		for (const period of periods) {
			await page.goto(pathOf(period.key));
			const link = page.getByRole('link', { name: `See ${period.label} in the interactive atlas` });
			const href = new URL((await link.getAttribute('href')) ?? '', page.url());
			expect(href.pathname).toBe('/');
			const at = parseWallClock(href.searchParams.get('t') ?? '', data.meta.timeZone);
			const lastStart = Math.max(...period.events.map((e) => e.startMs));
			// On the minute at or just after the last start, so every event of the period has begun.
			expect(at).not.toBeNull();
			expect(at! - lastStart).toBeGreaterThanOrEqual(0);
			expect(at! - lastStart).toBeLessThan(60_000);
		}
	});

	test('links to events and sources on month pages resolve, across pages too', async ({ page }) => {
		const pages = new Map<string, string>();
		const html = async (path: string) => {
			if (!pages.has(path)) {
				const response = await page.request.get(path);
				expect(response.status(), path).toBe(200);
				pages.set(path, await response.text());
			}
			return pages.get(path) as string;
		};
		let crossPage = 0;
		for (const period of periods) {
			await page.goto(pathOf(period.key));
			const hrefs = await page
				.locator('.static-list article a[href*="#"]')
				.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
			for (const href of hrefs) {
				const url = new URL(href);
				const id = decodeURIComponent(url.hash.slice(1));
				if (id.startsWith('source-')) {
					// The page lists the sources it quotes.
					expect(url.pathname, href).toBe(pathOf(period.key));
					await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
					continue;
				}
				const target = index.byId.get(id);
				expect(target, href).toBeDefined();
				expect(url.pathname, href).toBe(pathOf(periodOf(target!)));
				expect(await html(url.pathname), href).toContain(`id="${id}"`);
				if (url.pathname !== pathOf(period.key)) crossPage++;
			}
		}
		// The data links events across months (a parent, a follow-up); if it ever stops doing so,
		// this test no longer checks what it is named for.
		expect(crossPage).toBeGreaterThan(0);
	});

	test('following a link to an event on another month page lands on it', async ({ page }) => {
		const from = periods.find((p) =>
			p.events.some((e) =>
				(index.connections.get(e.id) ?? []).some((c) => periodOf(c.event) !== p.key)
			)
		);
		test.skip(!from, 'no event is linked to one in another period');
		const event = from!.events.find((e) =>
			(index.connections.get(e.id) ?? []).some((c) => periodOf(c.event) !== from!.key)
		)!;
		const target = (index.connections.get(event.id) ?? []).find(
			(c) => periodOf(c.event) !== from!.key
		)!.event;
		await page.goto(pathOf(from!.key));
		await page
			.locator(`article[id="${event.id}"]`)
			.getByRole('link', { name: target.title, exact: true })
			.first()
			.click();
		await expect(page).toHaveURL(`${pathOf(periodOf(target))}#${target.id}`);
		await expect(page.locator('article:target')).toHaveAttribute('id', target.id);
		await expect(page.locator('article:target')).toBeInViewport();
	});
});

// axe-core runs in the page, so JavaScript stays on; the month pages have none of their own.
test('axe-core finds no accessibility violations on the month pages', async ({ page }) => {
	test.setTimeout(120_000);
	// The longest page, and the first and last (one neighbour link only), all alike otherwise.
	const longest = periods.reduce((a, b) => (b.events.length > a.events.length ? b : a));
	for (const period of new Set([longest, periods[0]!, periods[periods.length - 1]!])) {
		await page.goto(pathOf(period.key));
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
			period.key
		).toEqual([]);
	}
});

/** Sentences of the source texts that any payload would carry as they are (no escaping). */
function sourceSentences(): string[] {
	const dir = join(geodataDir(), 'sources');
	return readdirSync(dir)
		.filter((file) => file.endsWith('.txt'))
		.flatMap((file) => readFileSync(join(dir, file), 'utf8').split(/(?<=[.!?])\s+/))
		.map((sentence) => sentence.replace(/\s+/g, ' ').trim())
		.filter((sentence) => sentence.length >= 60 && /^[\p{L}\p{N} ,.;:()’-]+$/u.test(sentence));
}

test('the home page carries the dataset in its HTML list only, not in its hydration data', async ({
	request
}) => {
	const html = await (await request.get('/')).text();
	const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
	expect(scripts.length).toBeGreaterThan(0);
	// The hydration data (`__sveltekit_…` start script, any `data-sveltekit-fetched` response)
	// and the data a client-side navigation would fetch.
	const payloads = [...scripts, await (await request.get('/__data.json')).text()].join('\n');
	expect(payloads).toContain(JSON.stringify(data.meta.contentNote).slice(1, -1));

	const sentences = sourceSentences();
	expect(sentences.length).toBeGreaterThan(20);
	for (const sentence of sentences) expect(payloads).not.toContain(sentence);

	const quotes = index.events
		.flatMap((e) => e.quotes.map((q) => normaliseQuoteText(q.text)))
		.filter((quote) => /^[\p{L}\p{N} ,.;:()’'-]+$/u.test(quote));
	expect(quotes.length).toBeGreaterThan(0);
	for (const quote of quotes) {
		expect(payloads).not.toContain(quote);
		expect(payloads).not.toContain(quote.replace(/'/g, '’'));
	}
	// The same check would have found them: the static list does hold the quotes.
	if (index.events.length <= HOME_LIST_LIMIT) {
		const listed = normaliseQuoteText(html.replace(/&#39;|&apos;/g, "'"));
		for (const quote of quotes) expect(listed).toContain(quote);
	}
});

test.describe('with JavaScript', () => {
	test('the prerendered list hydrates quietly, then gives way to the interactive list', async ({
		page
	}) => {
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
		// Hold the dataset back, to see the page hydrated with the prerendered list.
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/data/atlas.*.json', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
		const staticList = page.locator('[data-static-list="home"]');
		await expect(staticList).toHaveCount(1);
		await expect(staticList.locator('article')).toHaveCount(
			index.events.length <= HOME_LIST_LIMIT ? index.events.length : 0
		);
		release();
		await expect(staticList).toHaveCount(0);
		await expect(page.locator('#events [data-block]').first()).toBeAttached();
		await expect(page.locator('#events article').first()).toBeVisible();
		// Every article id is unique: the prerendered cards are gone, not hidden.
		const ids = await page.locator('article[id]').evaluateAll((all) => all.map((a) => a.id));
		expect(new Set(ids).size).toBe(ids.length);
		expect(warnings.filter((w) => /hydrat/i.test(w))).toEqual([]);
	});

	test('a month link loads the month page in full', async ({ page }) => {
		const period = periods[periods.length - 1]!;
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
		await page
			.getByRole('navigation', { name: 'Browse by month' })
			.getByRole('link', { name: period.label, exact: true })
			.click();
		await expect(page).toHaveURL(pathOf(period.key));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			`${period.label}: ${countOf(period.events.length)}`
		);
		await expect(page.locator('script')).toHaveCount(0);
	});
});
