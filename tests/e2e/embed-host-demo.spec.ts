import AxeBuilder from '@axe-core/playwright';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

const data = loadAtlasData();
/** The demo's steps, derived as the page derives them: top-level events in reading order. */
const steps = [...data.events]
	.filter((e) => !e.parent)
	.sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id));

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
