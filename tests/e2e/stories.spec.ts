import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Story } from '../../src/lib/domain/data/story-schema';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';

const data = loadAtlasData();
const titleOf = new Map(data.events.map((event) => [event.id, event.title]));
const stories = JSON.parse(readFileSync('geodata/stories.json', 'utf8')) as Story[];
const first = stories[0] as Story;

const player = (page: Page) =>
	page.getByRole('region', { name: /./ }).filter({ has: page.locator('#story-title') });
const panel = (page: Page) => page.getByRole('region', { name: 'Selected event' });

/** Checks what a reader sees at a step: the counter, the text, the selected event, the URL. */
async function expectStep(page: Page, story: Story, index: number) {
	const step = story.steps[index]!;
	await expect(player(page).getByText(`Step ${index + 1} of ${story.steps.length}`)).toBeVisible();
	await expect(player(page).locator('.step-text')).toHaveText(step.text);
	const eventId = step.view.event;
	if (eventId) {
		await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(
			titleOf.get(eventId) ?? ''
		);
	} else await expect(panel(page)).toHaveCount(0);
	// The view's parameters follow once the view is still (300 ms, see url-sync).
	await expect
		.poll(() => {
			const params = new URL(page.url()).searchParams;
			return [params.get('story'), params.get('step'), params.get('event')];
		})
		.toEqual([story.id, String(index + 1), eventId ?? null]);
}

for (const story of stories) {
	test(`keyboard walk through “${story.title}”: Enter on Next, focus stays on Next`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.goto('/');
		// Keys pressed before hydration would press a button with no handler yet.
		await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
		const start = page.getByRole('button', { name: `Start the story “${story.title}”` });
		await start.focus();
		await page.keyboard.press('Enter');
		const next = page.getByRole('button', { name: /^Next step/ });
		await expect(next).toBeFocused();
		await expectStep(page, story, 0);
		for (let index = 1; index < story.steps.length; index++) {
			await page.keyboard.press('Enter');
			await expectStep(page, story, index);
			await expect(next).toBeFocused();
		}
		// At the end Next stays where it is, and so does the focus.
		await page.keyboard.press('Enter');
		await expectStep(page, story, story.steps.length - 1);
		await expect(next).toBeFocused();
		// Escape, outside presentation mode, closes the event panel.
		await page.keyboard.press('Escape');
		await expect(panel(page)).toHaveCount(0);
	});
}

test('clicker walk in presentation mode: PageDown, PageUp, Home, End, Esc', async ({ page }) => {
	await page.goto(`/?story=${first.id}&present=1`);
	await expectStep(page, first, 0);
	await expect(page.locator('.masthead')).toBeHidden();
	await page.keyboard.press('PageDown');
	await expectStep(page, first, 1);
	await page.keyboard.press('PageDown');
	await expectStep(page, first, 2);
	await page.keyboard.press('PageUp');
	await expectStep(page, first, 1);
	await page.keyboard.press('ArrowRight');
	await expectStep(page, first, 2);
	await page.keyboard.press('ArrowLeft');
	await expectStep(page, first, 1);
	await page.keyboard.press('End');
	await expectStep(page, first, first.steps.length - 1);
	await page.keyboard.press('Home');
	await expectStep(page, first, 0);
	// Teacher notes are not projected unless asked for.
	await expect(page.getByRole('region', { name: 'Teacher notes' })).toBeHidden();
	await page.keyboard.press('Escape');
	await expect(page.locator('.masthead')).toBeVisible();
	await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull();
});

test('clicker keys belong to the player: PageDown on the time slider moves time, not the story', async ({
	page
}) => {
	await page.goto(`/?story=${first.id}&step=2`);
	await expectStep(page, first, 1);
	const slider = page.getByRole('slider').first();
	await slider.focus();
	await page.keyboard.press('PageDown');
	await expect(player(page).getByText(`Step 2 of ${first.steps.length}`)).toBeVisible();
});

test('a deep link opens step 5, and bad story links are reported and ignored', async ({ page }) => {
	await page.goto(`/?story=${first.id}&step=5`);
	await expectStep(page, first, 4);
	await page.goto(`/?story=${first.id}&step=99`);
	await expect(page.getByRole('status').filter({ hasText: 'steps 1 to' })).toBeVisible();
	await expectStep(page, first, 0);
	await page.goto('/?story=no-such-story&step=2');
	await expect(page.getByRole('status').filter({ hasText: 'does not have' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Stories' })).toBeVisible();
});

test('with reduced motion the map cuts between steps instead of flying', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`/?story=${first.id}&step=2&present=1`);
	await expectStep(page, first, 1);
	await waitForMapIdle(page);
	await page.keyboard.press('PageDown');
	await expectStep(page, first, 2);
	const target = data.events.find((event) => event.id === first.steps[2]!.view.event)!;
	// Read at once: a flight would still be on its way for two seconds.
	const state = await page.evaluate(() => {
		const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
		return { moving: map.isMoving(), center: map.getCenter().toArray() };
	});
	expect(state.moving).toBe(false);
	expect(state.center[0]).toBeCloseTo(target.coordinates[0], 3);
	expect(state.center[1]).toBeCloseTo(target.coordinates[1], 3);
});

test('axe-core finds nothing in presentation mode, notes open or closed', async ({ page }) => {
	const last = first.steps.length - 1;
	await page.goto(`/?story=${first.id}&step=${last + 1}&present=1`);
	await expectStep(page, first, last);
	const scan = async () => {
		const results = await new AxeBuilder({ page }).analyze();
		return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
	};
	expect(await scan()).toEqual([]);
	await page.getByRole('button', { name: 'Teacher notes' }).click();
	await expect(page.getByRole('region', { name: 'Teacher notes' })).toBeVisible();
	expect(await scan()).toEqual([]);
});

for (const size of [
	{ width: 1920, height: 1080 },
	{ width: 1280, height: 720 }
]) {
	test(`presentation of “${first.title}” at ${size.width}×${size.height}: every step readable`, async ({
		page
	}, testInfo) => {
		test.setTimeout(180_000);
		await page.setViewportSize(size);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`/?story=${first.id}&present=1`);
		for (let index = 0; index < first.steps.length; index++) {
			if (index > 0) await page.keyboard.press('PageDown');
			await expectStep(page, first, index);
			await waitForMapIdle(page);
			if (size.width === 1920) {
				const sizes = await page
					.locator('.step-text, .panel blockquote p')
					.evaluateAll((nodes) => nodes.map((node) => parseFloat(getComputedStyle(node).fontSize)));
				expect(Math.min(...sizes)).toBeGreaterThanOrEqual(32);
			}
			await page.screenshot({
				path: testInfo.outputPath(`step-${String(index + 1).padStart(2, '0')}.png`)
			});
		}
	});
}
