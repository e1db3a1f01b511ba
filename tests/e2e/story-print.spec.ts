import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildAtlasIndex } from '../../src/lib/domain/atlas-index';
import type { Story } from '../../src/lib/domain/data/story-schema';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

const index = buildAtlasIndex(loadAtlasData());
const stories = JSON.parse(readFileSync('geodata/stories.json', 'utf8')) as Story[];

/** Where the story handouts' page images go, to look at. */
const SHOTS = 'test-results/story-print';
const A4 = { width: 794, height: 1123 };

/**
 * The events a story's handout must list, read straight from the story file: each step's
 * selected event and the events it frames, once each, in the atlas's reading order.
 */
function storyEvents(story: Story) {
	const ids = new Set(
		story.steps.flatMap((step) => [step.view.event ?? [], step.fit ?? []].flat())
	);
	return index.events.filter((event) => ids.has(event.id));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Pages of a Chromium PDF: one uncompressed `/Type /Page` object each (see print.spec.ts). */
function countPdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/**
 * The most pages a story's handout may take, generously: a first page for the title, map and
 * link; the steps at four a page; the table at 10 rows a page; the quotes at 1,500 characters a
 * page; each cited source on at most one page.
 */
function pageBudget(story: Story): number {
	const shown = storyEvents(story);
	const quoted = shown.flatMap((event) => event.quotes);
	const quoteChars = quoted.reduce((sum, quote) => sum + quote.text.length, 0);
	const sources = new Set(quoted.map((quote) => quote.source)).size;
	return (
		1 +
		Math.ceil(story.steps.length / 4) +
		Math.ceil(shown.length / 10) +
		Math.ceil(quoteChars / 1500) +
		sources
	);
}

async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

for (const story of stories) {
	test.describe(`the handout of “${story.title}”`, () => {
		const path = `/print/${story.id}`;

		test('lists exactly its steps’ events, each quote with its source, and the steps as the project’s words', async ({
			page
		}) => {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
			await expect(page.getByText(story.introduction)).toBeVisible();
			await expect(page.getByRole('complementary', { name: 'Content note' })).toHaveText(
				story.contentNote
			);

			const shown = storyEvents(story);
			const rows = page.locator('table.print-events tbody tr');
			expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.eventId))).toEqual(
				shown.map((event) => event.id)
			);
			// A time in the table is the place's, with its zone named.
			await expect(rows.filter({ hasText: /\d\d:\d\d/ }).first()).toContainText(/\w+ time/);

			const steps = page.locator('.story-steps > li');
			await expect(steps).toHaveCount(story.steps.length);
			for (const [i, step] of story.steps.entries()) {
				const item = steps.nth(i);
				await expect(item.getByRole('heading')).toHaveText(`Step ${i + 1}`);
				await expect(item.getByText('In the atlas project’s words:')).toBeVisible();
				await expect(item.locator('.step-text')).toHaveText(step.text);
				// The project's words are never laid out as a source's quote.
				await expect(item.locator('blockquote')).toHaveCount(0);
			}

			const printed = squash(await page.locator('.print-quotes').innerText());
			const quotes = shown.flatMap((event) => event.quotes);
			for (const quote of quotes) expect(printed).toContain(squash(quote.text));
			await expect(page.locator('.print-quotes figcaption')).toHaveCount(quotes.length);
			for (const id of new Set(quotes.map((quote) => quote.source))) {
				const source = index.sourcesById.get(id);
				await expect(
					page.locator('.sources').getByRole('heading', { name: source?.title })
				).toBeVisible();
			}

			// The class's copy carries no teacher notes: they are one link away, on their own page.
			const body = squash(await page.locator('main').innerText());
			for (const note of story.teacherNotes) expect(body).not.toContain(squash(note));
			await expect(page.getByRole('button')).toHaveCount(0);
		});

		test('shows the story’s map, loaded, and the link and QR code back to the story', async ({
			page
		}) => {
			await page.goto(path);
			const map = page.getByRole('img', { name: /Map of the \d+ events of this story/ });
			await expect(map).toBeVisible();
			expect(await map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
			const href = `http://localhost:4173/?story=${story.id}`;
			await expect(page.getByRole('img', { name: `QR code for ${href}` })).toBeVisible();
			await expect(page.locator('.short-link')).toHaveAttribute('href', href);

			// The map draws this story's events only, one dot each, all of them inside the frame.
			const svg = await (await page.request.get(`${path}/map.svg`)).text();
			const [width, height] = [/width="(\d+)"/, /height="(\d+)"/].map((re) =>
				Number(re.exec(svg)?.[1])
			);
			const dots = [...svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"/g)].map((m) => [
				Number(m[1]),
				Number(m[2])
			]);
			expect(dots).toHaveLength(storyEvents(story).length);
			for (const [x, y] of dots) {
				expect(x).toBeGreaterThanOrEqual(0);
				expect(x).toBeLessThanOrEqual(width as number);
				expect(y).toBeGreaterThanOrEqual(0);
				expect(y).toBeLessThanOrEqual(height as number);
			}
		});

		test('prints on A4 within its page budget, with nothing clipped', async ({ page }) => {
			mkdirSync(SHOTS, { recursive: true });
			await page.setViewportSize(A4);
			await page.emulateMedia({ media: 'print' });
			await page.goto(path);
			const pages = countPdfPages(await page.pdf({ format: 'A4', printBackground: true }));
			expect(pages).toBeGreaterThan(1);
			expect(pages).toBeLessThanOrEqual(pageBudget(story));
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			await expect(page.getByText('This page is made for printing')).toBeHidden();
			await page.screenshot({ path: `${SHOTS}/${story.id}-print.png`, fullPage: true });
		});

		test('passes axe-core, and so do its teacher notes', async ({ page }) => {
			test.setTimeout(180_000);
			await page.goto(path);
			expect(await axeViolations(page)).toEqual([]);
			await page.getByRole('link', { name: 'teacher notes for this story' }).click();
			await expect(page).toHaveURL(new RegExp(`/print/${story.id}/notes$`));
			const questions = page.getByRole('region', { name: 'Questions for discussion' });
			await expect(questions.getByRole('listitem')).toHaveText(story.teacherNotes);
			expect(await axeViolations(page)).toEqual([]);
		});
	});
}

test('every story’s handout is linked from the story list and from /print', async ({ page }) => {
	await page.goto('/print');
	const nav = page.getByRole('navigation', { name: 'Handouts of the stories' });
	for (const story of stories) {
		const link = nav.getByRole('link', { name: story.title });
		expect(await link.evaluate((a: HTMLAnchorElement) => new URL(a.href).pathname)).toBe(
			`/print/${story.id}`
		);
	}
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	const first = stories[0] as Story;
	await page.getByRole('link', { name: `Print this story (“${first.title}”)` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
	await expect(page).toHaveURL(new RegExp(`/print/${first.id}$`));
});

test.describe('a story that does not exist', () => {
	test.use({ expectedConsoleErrors: [/404/] });
	test('has no handout: the site’s not-found page answers', async ({ page }) => {
		const response = await page.goto('/print/no-such-story');
		expect(response?.status()).toBe(404);
	});
});
