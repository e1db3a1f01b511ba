import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildAtlasIndex } from '../../src/lib/domain/atlas-index';
import type { AtlasEvent } from '../../src/lib/domain/data/schema';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

const index = buildAtlasIndex(loadAtlasData());
const events = index.events;
const quotes = events.flatMap((event) =>
	event.quotes.map((quote) => ({ event, text: quote.text }))
);

/** Where the handout's page images go, to look at (the issue asks for them as PNG). */
const SHOTS = 'test-results/print';

/** The paper sizes a class prints on, in CSS pixels at 96 per inch and in PDF points. */
const PAPERS = [
	{ format: 'A4', width: 794, height: 1123, points: [595.92, 842.88] },
	{ format: 'Letter', width: 816, height: 1056, points: [612, 792] }
] as const;

/**
 * Every page's size in points, from its `/MediaBox`: a stylesheet that fixed one paper size
 * (`@page { size: A4 }`) would print A4 pages on Letter paper.
 */
function pdfPageSizes(pdf: Buffer): [number, number][] {
	const text = pdf.toString('latin1');
	return [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
		Math.round(Number(m[1])),
		Math.round(Number(m[2]))
	]);
}

/** Text as a reader sees it: runs of white space are one space, typographic or not. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The pages of a PDF, counted honestly without a PDF library: Chromium writes each page as one
 * uncompressed `/Type /Page` object (its page tree, `/Type /Pages`, is not matched), and the
 * tree's root states the total as `/Count`, which must agree.
 */
function countPdfPages(pdf: Buffer): number {
	const text = pdf.toString('latin1');
	const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
	const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) =>
		Number(m[1])
	);
	expect(counts.length, 'the PDF has a page tree').toBeGreaterThan(0);
	expect(Math.max(...counts), 'the page tree counts every page object').toBe(pages);
	return pages;
}

/**
 * The most pages a printout of these events may take, from the data and a generous reading of
 * the layout: a first page for the title, the map and the link; the table at 10 rows a page
 * (each row wrapping to four lines at most); the quotes at 1,500 characters a page with their
 * headings and citations (a page of 10 pt text holds over 3,000); each source cited on at most
 * one page.
 */
function pageBudget(shown: readonly AtlasEvent[]): number {
	const quoted = shown.flatMap((event) => event.quotes);
	const quoteChars = quoted.reduce((sum, quote) => sum + quote.text.length, 0);
	const sources = new Set(quoted.map((quote) => quote.source)).size;
	return 1 + Math.ceil(shown.length / 10) + Math.ceil(quoteChars / 1500) + sources;
}

async function openPrinted(page: Page, path: string) {
	await page.emulateMedia({ media: 'print' });
	await page.goto(path);
}

test.describe('the printable handout at /print', () => {
	for (const paper of PAPERS) {
		test(`prints on ${paper.format} in a sane number of pages, with nothing clipped`, async ({
			page
		}) => {
			await page.setViewportSize({ width: paper.width, height: paper.height });
			await openPrinted(page, '/print');
			const pdf = await page.pdf({ format: paper.format, printBackground: true });
			const pages = countPdfPages(pdf);
			// More than the title page: the content is there; fewer than the budget: no blank pages.
			expect(pages).toBeGreaterThan(1);
			expect(pages).toBeLessThanOrEqual(pageBudget(events));
			const paperSize = paper.points.map(Math.round);
			expect(pdfPageSizes(pdf)).toEqual(Array.from({ length: pages }, () => paperSize));
			// Nothing runs past the paper's width (a clipped table column would).
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	}

	test('lists every event in time order and every quote with its source', async ({ page }) => {
		await openPrinted(page, '/print');
		const rows = page.locator('table.print-events tbody tr');
		await expect(rows).toHaveCount(events.length);
		expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.eventId))).toEqual(
			events.map((e) => e.id)
		);
		for (const [i, event] of events.entries()) {
			await expect(rows.nth(i).getByRole('rowheader')).toHaveText(event.title);
		}
		// A time in the table names its zone, since the reader is not in the place.
		await expect(rows.filter({ hasText: /\d\d:\d\d/ }).first()).toContainText(/\w+ time/);

		const printed = squash(await page.locator('.print-quotes').innerText());
		for (const quote of quotes) {
			expect(printed, `quote of ${quote.event.id}`).toContain(squash(quote.text));
		}
		const captions = page.locator('.print-quotes figcaption');
		await expect(captions).toHaveCount(quotes.length);
		for (const source of index.sources) {
			await expect(
				page.locator('.sources').getByRole('heading', { name: source.title })
			).toBeVisible();
		}
	});

	test('prints the map image, the link back and the content note, and no buttons', async ({
		page
	}) => {
		await openPrinted(page, '/print');
		const map = page.getByRole('img', { name: /Map of western Europe/ });
		await expect(map).toBeVisible();
		// The image is the build's SVG, loaded (a broken image has no natural width).
		expect(await map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
		await expect(page.getByRole('complementary', { name: 'Content note' })).toHaveText(
			index.meta.contentNote
		);
		// build:test sets PUBLIC_SITE_URL to the preview's address (see package.json).
		await expect(
			page.getByRole('img', { name: 'QR code for http://localhost:4173/' })
		).toBeVisible();
		await expect(page.locator('.short-link')).toHaveText('http://localhost:4173/');
		await expect(page.getByRole('button')).toHaveCount(0);
		await expect(page.getByText('This page is made for printing')).toBeHidden();
	});

	test('passes axe-core on screen and in print', async ({ page }) => {
		// Two full axe runs over a long page: slow on a loaded machine, not stuck.
		test.setTimeout(180_000);
		await page.goto('/print');
		const screen = await new AxeBuilder({ page }).analyze();
		expect(
			screen.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
		await page.emulateMedia({ media: 'print' });
		const print = await new AxeBuilder({ page }).analyze();
		expect(
			print.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
	});

	test('saves the handout as page images at A4 width, to look at', async ({ page }) => {
		mkdirSync(SHOTS, { recursive: true });
		const a4 = PAPERS[0];
		await page.setViewportSize({ width: a4.width, height: a4.height });
		await openPrinted(page, '/print');
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		const count = Math.ceil(height / a4.height);
		for (let i = 0; i < count; i++) {
			const clip = {
				x: 0,
				y: i * a4.height,
				width: a4.width,
				height: Math.min(a4.height, height - i * a4.height)
			};
			await page.screenshot({
				path: `${SHOTS}/handout-a4-${String(i + 1).padStart(2, '0')}.png`,
				clip,
				fullPage: true
			});
		}
		expect(count).toBeGreaterThan(0);
	});
});

/** The event with the most to say, the one whose panel a short sheet would clip. */
const longest = [...events].sort((a, b) => textLength(b) - textLength(a))[0] as AtlasEvent;
function textLength(event: AtlasEvent): number {
	return [event.summary, ...event.quotes.map((q) => q.text), ...event.notes.map((n) => n.text)]
		.concat(event.editorial.map((e) => e.note))
		.join('').length;
}

test.describe('printing the home page', () => {
	test('prints the selected event whole, without controls, and points to the handout', async ({
		page
	}) => {
		const a4 = PAPERS[0];
		await page.setViewportSize({ width: a4.width, height: a4.height });
		await openPrinted(page, `/?event=${longest.id}`);
		const panel = page.getByRole('region', { name: 'Selected event' });
		await expect(panel.getByRole('heading', { name: longest.title })).toBeVisible();
		// No Previous, Next or Close on paper, and the sheet runs to its end instead of scrolling.
		await expect(page.locator('.control-button:visible')).toHaveCount(0);
		const clipped = await page
			.locator('.sheet')
			.evaluate((sheet) => sheet.scrollHeight - sheet.clientHeight);
		expect(clipped).toBeLessThanOrEqual(1);
		const lastQuote = longest.quotes.at(-1)?.text ?? '';
		expect(squash(await panel.innerText())).toContain(squash(lastQuote));
		await expect(page.getByText('For a handout')).toContainText('http://localhost:4173/print');

		// The list the selection hides on a wide screen is not printed: the event fits its budget.
		const pages = countPdfPages(await page.pdf({ format: 'A4', printBackground: true }));
		expect(pages).toBeLessThanOrEqual(pageBudget([longest]));
		await page.screenshot({ path: `${SHOTS}/home-selected-a4.png`, fullPage: true });
	});
});
