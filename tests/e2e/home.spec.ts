import AxeBuilder from '@axe-core/playwright';
import { compareFigures } from '../../src/lib/domain/data/figures';
import { formatEventTime } from '../../src/lib/domain/time/local-time';
import { normaliseQuoteText } from '../../src/lib/domain/data/quotes';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

const data = loadAtlasData();

async function expectEveryEventAndQuote(page: import('@playwright/test').Page) {
	const articles = page.locator('#events article');
	await expect(articles).toHaveCount(data.events.length);
	for (const event of data.events) {
		const article = page.locator(`article[id="${event.id}"]`);
		await expect(article.locator('h4')).toHaveText(event.title);
		const quotes = (await article.locator('blockquote').allInnerTexts()).map(normaliseQuoteText);
		expect(quotes).toEqual(event.quotes.map((q) => normaliseQuoteText(q.text)));
		await expect(article.locator('cite').first()).toBeVisible();
	}
}

test('shows the content note before the first event', async ({ page }) => {
	await page.goto('/');
	const note = page.getByRole('complementary', { name: 'Content note' });
	await expect(note).toHaveText(data.meta.contentNote);
	const noteBox = await note.boundingBox();
	const firstEvent = await page.locator('#events article').first().boundingBox();
	expect(noteBox!.y).toBeLessThan(firstEvent!.y);
});

test('shows every event with all its quotes', async ({ page }) => {
	await page.goto('/');
	await expectEveryEventAndQuote(page);
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
	for (const event of data.events) {
		const expected = compareFigures(event.figures).filter((c) => c.disagree).length;
		await expect(page.locator(`article[id="${event.id}"] .flag`)).toHaveCount(expected);
	}
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
			for (const event of data.events) {
				await expect(page.locator(`article[id="${event.id}"] time`).first()).toHaveText(
					formatEventTime(event)
				);
			}
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
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
});
