import AxeBuilder from '@axe-core/playwright';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { mapCenter, waitForMapIdle } from './map-helpers';

const data = loadAtlasData();
const quoted = data.events.find((e) => e.quotes.length > 0)!;

test.describe('the embed page in a 400×300 frame', () => {
	test.use({ viewport: { width: 400, height: 300 } });

	test('shows the map, a working time control and the content note, and passes axe-core', async ({
		page
	}) => {
		await page.goto('/embed');
		await waitForMapIdle(page);
		await expect(page.getByRole('complementary', { name: 'Content note' })).toContainText(
			data.meta.contentNote.slice(0, 40)
		);
		const slider = page.getByRole('slider', { name: 'Time' });
		await slider.scrollIntoViewIfNeeded();
		await expect(slider).toBeInViewport();
		const before = await slider.inputValue();
		await slider.focus();
		await page.keyboard.press('Home');
		expect(await slider.inputValue()).not.toBe(before);
		// No site chrome: no masthead, no list of events, no sources.
		await expect(page.locator('.masthead')).toHaveCount(0);
		await expect(page.locator('#events')).toHaveCount(0);
		await expect(page.locator('#sources')).toHaveCount(0);
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
	});

	test('a linked event shows its first quote with its source, and can be closed', async ({
		page
	}) => {
		await page.goto(`/embed?event=${quoted.id}`);
		const selected = page.getByRole('region', { name: 'Selected event' });
		await expect(selected.getByRole('heading')).toHaveText(quoted.title);
		await expect(selected.locator('blockquote')).toHaveText(quoted.quotes[0]!.text);
		const source = data.sources.find((s) => s.id === quoted.quotes[0]!.source)!;
		await expect(selected.locator('figcaption')).toContainText(source.title);
		await selected.getByRole('button', { name: /Close/ }).click();
		await expect(selected).toHaveCount(0);
	});

	test('the content note folds away but stays one click from coming back', async ({ page }) => {
		await page.goto('/embed');
		// Before hydration the buttons are only prerendered HTML.
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
		const note = page.getByRole('complementary', { name: 'Content note' });
		await note.getByRole('button', { name: /Fold/ }).click();
		await expect(note).not.toContainText(data.meta.contentNote.slice(0, 40));
		await note.getByRole('button', { name: 'Content note' }).click();
		await expect(note).toContainText(data.meta.contentNote.slice(0, 40));
	});

	test('“Open the full atlas” carries the current view, not the embed’s own flags', async ({
		page
	}) => {
		await page.goto(`/embed?event=${quoted.id}&mode=window&span=2d&controls=1`);
		await expect(page.getByRole('region', { name: 'Selected event' })).toBeVisible();
		const link = page.getByRole('link', { name: 'Open the full atlas' });
		await expect(link).toHaveAttribute('href', new RegExp(`event=${quoted.id}`));
		const href = (await link.getAttribute('href'))!;
		expect(href).toContain('mode=window');
		expect(href).not.toContain('controls=');
		// The full atlas, not the embed again.
		expect(new URL(href, page.url()).pathname).toBe('/');
	});

	test('controls=0 leaves out the time controls, and the map takes their room', async ({
		page
	}) => {
		await page.goto('/embed?controls=0');
		await waitForMapIdle(page);
		await expect(page.getByRole('slider', { name: 'Time' })).toHaveCount(0);
		const map = await page.locator('.map-area').boundingBox();
		expect(map!.height).toBeGreaterThan(150);
	});

	test('static=1 draws a still map: dragging moves nothing, and there are no controls', async ({
		page
	}) => {
		await page.goto('/embed?static=1');
		await waitForMapIdle(page);
		await expect(page.getByRole('slider', { name: 'Time' })).toHaveCount(0);
		const before = await mapCenter(page);
		const box = (await page.locator('.map-area').boundingBox())!;
		await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
		await page.mouse.down();
		await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2 - 40, { steps: 5 });
		await page.mouse.up();
		expect(await mapCenter(page)).toEqual(before);
	});
});

test.describe('the embed page in a 1200×800 frame', () => {
	test.use({ viewport: { width: 1200, height: 800 } });

	test('with an event selected, shows its quote over the live map and passes axe-core', async ({
		page
	}) => {
		await page.goto(`/embed?event=${quoted.id}`);
		await waitForMapIdle(page);
		const selected = page.getByRole('region', { name: 'Selected event' });
		await expect(selected.getByRole('heading')).toHaveText(quoted.title);
		await expect(selected.locator('blockquote')).toContainText(quoted.quotes[0]!.text.slice(0, 30));
		const results = await new AxeBuilder({ page }).analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
	});
});
