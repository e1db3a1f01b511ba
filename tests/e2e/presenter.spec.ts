import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import type { Story } from '../../src/lib/domain/data/story-schema';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

const titleOf = new Map(loadAtlasData().events.map((event) => [event.id, event.title]));
const stories = JSON.parse(readFileSync('geodata/stories.json', 'utf8')) as Story[];
const story = stories[0] as Story;
const count = story.steps.length;

const player = (page: Page) =>
	page.getByRole('region', { name: /./ }).filter({ has: page.locator('#story-title') });
const panel = (page: Page) => page.getByRole('region', { name: 'Selected event' });

/**
 * The fixture guards the first page only: the presenter window gets the same rules, no console
 * error, no page error, no request leaving the origin.
 */
function guard(popup: Page, origin: string): string[] {
	const problems: string[] = [];
	popup.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	popup.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
	popup.on('request', (r) => {
		const url = new URL(r.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
			problems.push(`request left the origin: ${r.url()}`);
	});
	return problems;
}

async function openPresentation(page: Page) {
	await page.goto(`/?story=${story.id}&present=1`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(player(page).getByText(`Step 1 of ${count}`)).toBeVisible();
}

async function openPresenterView(page: Page, context: BrowserContext) {
	const [popup] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('button', { name: 'Presenter view' }).click()
	]);
	return popup;
}

/** What the main window shows at a step: its counter, its selected event, its address. */
async function expectMainAt(page: Page, index: number) {
	await expect(player(page).getByText(`Step ${index + 1} of ${count}`)).toBeVisible();
	const eventId = story.steps[index]?.view.event;
	if (eventId) {
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
			titleOf.get(eventId) ?? ''
		);
	}
	await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe(String(index + 1));
}

/** What the presenter view shows at a step: its counter, the step's text, the next one's. */
async function expectPresenterAt(popup: Page, index: number) {
	const now = popup.getByRole('region', { name: `Step ${index + 1} of ${count}` });
	await expect(now).toBeVisible();
	await expect(now.locator('.step-text')).toHaveText(story.steps[index]?.text ?? '');
	const next = story.steps[index + 1];
	await expect(popup.getByRole('region', { name: 'Next' })).toContainText(
		next ? next.text : 'This is the last step.'
	);
}

test('the presenter view and the presentation move together, from either window', async ({
	page,
	context,
	baseURL
}) => {
	test.setTimeout(120_000);
	await openPresentation(page);
	const popup = await openPresenterView(page, context);
	const problems = guard(popup, new URL(baseURL ?? '').origin);
	await expect(popup).toHaveURL(new RegExp(`/presenter\\?story=${story.id}&step=1$`));
	await expect(popup.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(popup.getByRole('status')).toHaveText('Linked: both windows move together.');
	await expectPresenterAt(popup, 0);
	await expect(
		popup.getByRole('region', { name: 'Teacher notes' }).getByRole('listitem')
	).toHaveText(story.teacherNotes);
	// The projected window keeps its teacher notes hidden.
	await expect(page.getByRole('region', { name: 'Teacher notes' })).toBeHidden();

	// Next in the presenter view moves the presentation, and the presenter view follows it.
	await popup.getByRole('button', { name: /^Next step/ }).click();
	await expectMainAt(page, 1);
	await expectPresenterAt(popup, 1);

	// Next in the presentation (a clicker's PageDown) moves the presenter view.
	await page.bringToFront();
	await page.keyboard.press('PageDown');
	await expectMainAt(page, 2);
	await expectPresenterAt(popup, 2);

	// A clicker aimed at the presenter window steps back as well.
	await popup.bringToFront();
	await popup.keyboard.press('PageUp');
	await expectMainAt(page, 1);
	await expectPresenterAt(popup, 1);

	const axe = await new AxeBuilder({ page: popup }).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
		[]
	);
	expect(problems).toEqual([]);
});

test('a malformed or hostile message on the channel is ignored, with a warning', async ({
	page,
	context
}) => {
	await openPresentation(page);
	const warnings: string[] = [];
	page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));

	// Another page of the site posts on the story's channel, as any same-origin page could.
	const other = await context.newPage();
	await other.goto('/print');
	const answer = await other.evaluate(async (id) => {
		const channel = new BroadcastChannel(`atlas-presenter:${id}`);
		const replies: unknown[] = [];
		const replied = new Promise<void>((done) => {
			channel.onmessage = (event) => {
				replies.push(event.data);
				done();
			};
		});
		channel.postMessage('atlas-presenter:go');
		channel.postMessage({ type: 'atlas-presenter:go', version: 1, story: id, step: 1e9 });
		channel.postMessage({ type: 'atlas-presenter:go', version: 1, story: id, step: '3' });
		channel.postMessage({ type: 'atlas-presenter:go', version: 1, story: 'other', step: 2 });
		// Messages arrive in order: the answer to this one comes after the others were read.
		channel.postMessage({ type: 'atlas-presenter:hello', version: 1, story: id });
		await replied;
		channel.close();
		return replies[0];
	}, story.id);
	expect(answer).toEqual({ type: 'atlas-presenter:step', version: 1, story: story.id, step: 0 });
	await expectMainAt(page, 0);
	expect(warnings.some((w) => w.includes('a presenter message was ignored'))).toBe(true);
	await other.close();
});

test('a blocked pop-up is said, with the address to open by hand', async ({ page }) => {
	await page.addInitScript(() => {
		window.open = () => null;
	});
	await openPresentation(page);
	await page.getByRole('button', { name: 'Presenter view' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'blocked the presenter window' })
	).toContainText(`/presenter?story=${story.id}&step=1`);
	await expect(player(page).getByText(`Step 1 of ${count}`)).toBeVisible();
});

test('the presenter view without a story says how to open it', async ({ page }) => {
	await page.goto('/presenter?story=no-such-story');
	await expect(page.getByRole('alert')).toContainText('This atlas has no story “no-such-story”');
});
