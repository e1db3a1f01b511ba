import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Story } from '../../src/lib/domain/data/story-schema';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

const data = loadAtlasData();
const stories = JSON.parse(readFileSync('geodata/stories.json', 'utf8')) as Story[];
/** A message only the code that shows story steps holds (state/story-steps.svelte.ts). */
const STORY_STEPS_MARKER = 'parts of this story step were ignored';

/**
 * The text of the scripts the home page's HTML names (module scripts and modulepreloads): what
 * it loads before it is interactive. Parts left out of them load as their own chunks after.
 */
async function readFirstScripts(page: Page): Promise<string> {
	const urls = await firstScriptUrls(page);
	const texts = await Promise.all(urls.map(async (url) => (await page.request.get(url)).text()));
	return texts.join('\n');
}

/** The full URLs of those scripts. */
async function firstScriptUrls(page: Page): Promise<string[]> {
	const response = await page.request.get('/');
	const html = await response.text();
	const urls = [...html.matchAll(/(?:href|src)="([^"]+\.js)"/g)].map((m) => m[1] as string);
	expect(urls.length).toBeGreaterThan(0);
	return urls.map((url) => new URL(url, response.url()).href);
}

test('the event panel is not in the home page’s first scripts, and opens once it is interactive', async ({
	page
}) => {
	expect(await readFirstScripts(page)).not.toContain('aria-label="Selected event"');
	const target = data.events[0]!;
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await page.locator(`article[id="${target.id}"] .title a`).click();
	const panel = page.getByRole('region', { name: 'Selected event' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(target.title);
});

test('the folded time controls are not in the home page’s first scripts, and are there when unfolded', async ({
	page
}) => {
	expect(await readFirstScripts(page)).not.toContain('aria-label="Typed time range"');
	// Short enough a screen that the controls start folded.
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await page.getByText('More time controls').click();
	await expect(page.getByRole('form', { name: 'Typed time range' })).toBeVisible();
	await expect(page.getByLabel('Zoom', { exact: true })).toBeVisible();
});

test('the other wording, the map’s messages and the story steps are not in the first scripts', async ({
	page
}) => {
	const first = await readFirstScripts(page);
	// The folded speed control's wording, the panel's link wording, a map message for a map
	// that has started, and the story steps' own code.
	expect(first).not.toContain('per second');
	expect(first).not.toContain('Pointed to by evidence from');
	expect(first).not.toContain('could not start WebGL');
	expect(first).not.toContain(STORY_STEPS_MARKER);
});

test('a story started before its player has loaded shows its first step once it has', async ({
	page
}) => {
	const story = stories[0]!;
	const step = story.steps[0]!;
	// The chunk that shows story steps waits until the story has been started.
	let release!: () => void;
	const started = new Promise<void>((resolve) => (release = resolve));
	await page.route(
		(url) => url.pathname.includes('/_app/immutable/chunks/'),
		async (route) => {
			const response = await route.fetch();
			const body = await response.text();
			if (body.includes(STORY_STEPS_MARKER)) await started;
			await route.fulfill({ response, body });
		}
	);
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await page.getByRole('button', { name: `Start the story “${story.title}”` }).click();
	release();
	// Every chunk passes through the test's handler, which is slow on a busy machine.
	await expect(page.getByText(`Step 1 of ${story.steps.length}`)).toBeVisible({ timeout: 30_000 });
	// The step's event is selected: the step reached the view.
	const title = data.events.find((event) => event.id === step.view.event)?.title;
	expect(title).toBeDefined();
	const panel = page.getByRole('region', { name: 'Selected event' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(title!);
	await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('1');
	// Chunks the page still fetches must not reach a handler whose page has closed.
	await page.unrouteAll({ behavior: 'ignoreErrors' });
});
