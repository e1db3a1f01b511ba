import AxeBuilder from '@axe-core/playwright';
import { buildAtlasIndex } from '../../src/lib/domain/atlas-index';
import { DEMO_STEP_LIMIT } from '../../src/lib/server/demo-steps';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

const data = loadAtlasData();
/** The events the demo may step through: top-level events in reading order. */
const steps = buildAtlasIndex(data).events.filter((e) => !e.parent);

test.use({ viewport: { width: 1280, height: 800 } });

test('the demo article selects each step’s event in the embed as the reader scrolls', async ({
	page
}) => {
	await page.goto('/embed-demo');
	await expect(page.getByRole('note')).toContainText(data.meta.contentNote.slice(0, 40));
	const embed = page.frameLocator('iframe');
	const step = page.locator('.step').nth(2);
	const title = (await step.getByRole('heading').textContent())!;
	expect(steps.map((s) => s.title)).toContain(title);
	// Scrolled as a reader would, until the step's top is two thirds down the window.
	const top = await step.evaluate((el) => el.getBoundingClientRect().top + scrollY);
	await page.mouse.wheel(0, top - (800 * 2) / 3);
	await expect(
		embed.getByRole('region', { name: 'Selected event' }).getByRole('heading')
	).toHaveText(title, { timeout: 30_000 });
});

test('each step also works from the keyboard, and the page passes axe-core', async ({ page }) => {
	await page.goto('/embed-demo');
	// A key pressed before the page has hydrated reaches a button with no handler yet.
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	const step = page.locator('.step').nth(4);
	const title = (await step.getByRole('heading').textContent())!;
	await step.getByRole('button').focus();
	await page.keyboard.press('Enter');
	await expect(step.getByRole('button')).toHaveAttribute('aria-pressed', 'true');
	await expect(
		page.frameLocator('iframe').getByRole('region', { name: 'Selected event' }).getByRole('heading')
	).toHaveText(title, { timeout: 30_000 });
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
});

test('the article has at most DEMO_STEP_LIMIT steps, from the first event to the last, and says when it leaves some out', async ({
	page
}) => {
	await page.goto('/embed-demo');
	const titles = await page.locator('.step h2').allTextContents();
	expect(titles).toHaveLength(Math.min(steps.length, DEMO_STEP_LIMIT));
	expect(titles[0]).toBe(steps[0]!.title);
	expect(titles.at(-1)).toBe(steps.at(-1)!.title);
	// Each a top-level event, in reading order.
	const positions = titles.map((title) => steps.findIndex((s) => s.title === title));
	expect(positions.every((at, i) => at >= 0 && (i === 0 || at > positions[i - 1]!))).toBe(true);
	const note = page.getByText(/steps are \d+ of the atlas’s/);
	if (steps.length > DEMO_STEP_LIMIT) {
		await expect(note).toContainText(
			`Its ${DEMO_STEP_LIMIT} steps are ${DEMO_STEP_LIMIT} of the atlas’s ${data.events.length} events`
		);
	} else {
		await expect(note).toHaveCount(0);
	}
});
