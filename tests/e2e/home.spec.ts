import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { compareFigures } from '../../src/lib/domain/data/figures';
import { formatEventTime } from '../../src/lib/domain/time/local-time';
import { normaliseQuoteText } from '../../src/lib/domain/data/quotes';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

const data = loadAtlasData();

/** Every event's card in a list: its title, all its quotes, each with its source cited. */
async function expectEventCard(page: Page, event: (typeof data.events)[number]) {
	const article = page.locator(`article[id="${event.id}"]`);
	await expect(article.locator('h4')).toHaveText(event.title);
	const quotes = (await article.locator('blockquote').allInnerTexts()).map(normaliseQuoteText);
	expect(quotes).toEqual(event.quotes.map((q) => normaliseQuoteText(q.text)));
	await expect(article.locator('cite').first()).toBeVisible();
}

async function expectEveryEventAndQuote(page: Page) {
	const articles = page.locator('#events article');
	await expect(articles).toHaveCount(data.events.length);
	for (const event of data.events) await expectEventCard(page, event);
}

/** Waits for the events to load: the prerendered list then gives way to the interactive one. */
async function waitForInteractiveList(page: Page) {
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.locator('[data-static-list]')).toHaveCount(0);
	await expect(page.locator('#events [data-block]').first()).toBeAttached();
}

/**
 * Goes through the loaded interactive list, which renders only the blocks of days near the
 * viewport: scrolls each block into view and checks each of its events as it is rendered.
 * Checks that every event was met, once.
 */
async function walkInteractiveList(
	page: Page,
	check: (event: (typeof data.events)[number]) => Promise<void>
) {
	await waitForInteractiveList(page);
	const byId = new Map(data.events.map((e) => [e.id, e]));
	const met: string[] = [];
	const blocks = page.locator('#events [data-block]');
	for (let i = 0, n = await blocks.count(); i < n; i++) {
		const block = blocks.nth(i);
		await block.scrollIntoViewIfNeeded();
		const items = block.locator('li[data-event-id]');
		await expect(items.first()).toBeAttached();
		const ids = await items.evaluateAll((all) =>
			all.map((li) => (li as HTMLElement).dataset.eventId)
		);
		for (const id of ids) {
			const event = byId.get(id ?? '');
			expect(event, id).toBeDefined();
			await page.locator(`article[id="${id}"]`).scrollIntoViewIfNeeded();
			await check(event!);
			met.push(id!);
		}
	}
	expect([...met].sort()).toEqual([...byId.keys()].sort());
}

test('shows the content note before the first event', async ({ page }) => {
	await page.goto('/');
	await waitForInteractiveList(page);
	const note = page.getByRole('complementary', { name: 'Content note' });
	await expect(note).toHaveText(data.meta.contentNote);
	const noteBox = await note.boundingBox();
	const firstEvent = await page.locator('#events article').first().boundingBox();
	expect(noteBox!.y).toBeLessThan(firstEvent!.y);
});

test('shows every event with all its quotes', async ({ page }) => {
	await page.goto('/');
	await walkInteractiveList(page, (event) => expectEventCard(page, event));
});

test('lists every source with its kind, date, and what is stated and inferred', async ({
	page
}) => {
	await page.goto('/');
	for (const source of data.sources) {
		const item = page.locator(`li[id="source-${source.id}"]`);
		await expect(item.getByRole('heading', { level: 3 })).toHaveText(source.title);
		await expect(item.locator('code')).toHaveText(source.file);
		await expect(item.getByRole('listitem')).toHaveCount(
			source.stated.length + source.inferred.length
		);
	}
});

test('flags exactly the figures on which the sources disagree', async ({ page }) => {
	await page.goto('/');
	await walkInteractiveList(page, async (event) => {
		const expected = compareFigures(event.figures).filter((c) => c.disagree).length;
		await expect(page.locator(`article[id="${event.id}"] .flag`)).toHaveCount(expected);
	});
});

test('shows the counts the sources give beyond single events, each as its source gives it', async ({
	page
}) => {
	await page.goto('/');
	const table = page.locator('#sources table.figures');
	const format = new Intl.NumberFormat('en-GB').format;
	const shown = data.meta.figures.map((f) =>
		f.upTo === undefined ? format(f.value) : `${format(f.value)}–${format(f.upTo)}`
	);
	await expect(table.locator('.value')).toHaveText(shown);
	const cited = await table
		.locator('tbody a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
	expect(cited).toEqual(data.meta.figures.map((f) => `#source-${f.source}`));
	const disagreeing = compareFigures(data.meta.figures).filter((c) => c.disagree).length;
	await expect(table.locator('.flag')).toHaveCount(disagreeing);
});

for (const timezoneId of ['America/New_York', 'Asia/Tokyo']) {
	test.describe(`viewer in ${timezoneId}`, () => {
		test.use({ timezoneId });
		test('sees every time in the place’s local time', async ({ page }) => {
			await page.goto('/');
			await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
			expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
				timezoneId
			);
			await walkInteractiveList(page, async (event) => {
				await expect(page.locator(`article[id="${event.id}"] time`).first()).toHaveText(
					formatEventTime(event)
				);
			});
		});
	});
}

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });
	test('the list is complete', async ({ page }) => {
		await page.goto('/');
		await expectEveryEventAndQuote(page);
		// Controls that need JavaScript are not offered.
		await expect(page.getByRole('button', { name: /read in context/i })).toHaveCount(0);
		await expect(page.getByRole('slider')).toHaveCount(0);
	});
});

test('axe-core finds no accessibility violations', async ({ page }) => {
	// axe-core reads every node of a page that holds the whole list: about a minute on a busy
	// two-core machine.
	test.setTimeout(180_000);
	await page.goto('/');
	await waitForInteractiveList(page);
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
});
