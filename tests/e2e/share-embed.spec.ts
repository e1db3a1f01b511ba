import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

const data = loadAtlasData();
const target = data.events.find((e) => e.quotes.length > 0)!;
const SHOTS = process.env.SHOTS_DIR;

/** Selects the target event from the list, as a reader would, and waits for its panel. */
async function selectTarget(page: Page): Promise<void> {
	await page.goto('/');
	await page.locator(`article[id="${target.id}"] .title a`).click();
	await expect(page.getByRole('region', { name: 'Selected event' }).first()).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`event=${target.id}`));
}

/** Opens the embed dialog from the keyboard and returns it. */
async function openDialogByKeyboard(page: Page) {
	// A key pressed before the page has hydrated reaches a button with no handler yet.
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await page.getByRole('button', { name: 'Embed' }).focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'Embed this view' });
	await expect(dialog).toBeVisible();
	return dialog;
}

async function clipboard(page: Page): Promise<string> {
	return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * The attributes of the first element `selector` matches in an HTML snippet, parsed by the
 * browser in a blank page: the site's own policy would refuse the snippet's inline style.
 */
async function attributesIn(page: Page, html: string, selector: string) {
	const blank = await page.context().newPage();
	try {
		return await blank.evaluate(
			([html, selector]) => {
				const doc = new DOMParser().parseFromString(html, 'text/html');
				const element = doc.querySelector(selector);
				return element
					? Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]))
					: null;
			},
			[html, selector] as const
		);
	} finally {
		await blank.close();
	}
}

test.describe('the embed dialog', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('opens from the keyboard and previews the embed at the current view and the chosen size', async ({
		page
	}) => {
		await selectTarget(page);
		const dialog = await openDialogByKeyboard(page);
		const preview = dialog.locator('iframe');
		await expect(preview).toHaveAttribute('src', new RegExp(`/embed\\?event=${target.id}`));
		const framed = page.frameLocator('.embed-dialog iframe');
		await expect(
			framed.getByRole('region', { name: 'Selected event' }).getByRole('heading')
		).toHaveText(target.title);

		await dialog.getByLabel('400 × 300').check();
		await expect
			.poll(() => preview.evaluate((f: HTMLIFrameElement) => [f.offsetWidth, f.offsetHeight]))
			.toEqual([400, 300]);
		expect(await framed.locator('body').evaluate(() => window.innerWidth)).toBe(400);

		// Too large for the dialog: laid out at its real size, shown scaled down inside it.
		await dialog.getByLabel('1200 × 800').check();
		await expect.poll(() => framed.locator('body').evaluate(() => window.innerWidth)).toBe(1200);
		const shown = (await preview.boundingBox())!;
		const room = (await dialog.boundingBox())!;
		expect(shown.width).toBeLessThan(room.width);
		expect(shown.x + shown.width).toBeLessThanOrEqual(room.x + room.width);
		await expect(dialog.locator('figcaption')).toContainText(/1200 × 800 pixels, shown at \d+ %/);
	});

	test('each copy button puts its code on the clipboard, with the view and the flags', async ({
		page,
		baseURL
	}) => {
		const root = `${baseURL}/`;
		await selectTarget(page);
		const dialog = await openDialogByKeyboard(page);
		await dialog.getByLabel('Hide the time controls').check();
		await expect(dialog.locator('iframe')).toHaveAttribute('src', /controls=0/);

		await dialog.getByRole('button', { name: 'Copy the embed code that sizes itself' }).click();
		await expect(dialog.getByText('Copied')).toBeVisible();
		const auto = await clipboard(page);
		const iframe = (await attributesIn(page, auto, 'iframe'))!;
		const src = new URL(iframe.src!);
		expect(`${src.origin}${src.pathname}`).toBe(`${root}embed`);
		expect(src.searchParams.get('event')).toBe(target.id);
		expect(src.searchParams.get('controls')).toBe('0');
		expect(iframe).toMatchObject({
			title: data.meta.title,
			width: '100%',
			height: '480',
			loading: 'lazy',
			allow: 'fullscreen'
		});
		expect(await attributesIn(page, auto, 'script')).toEqual({
			src: `${root}embed.js`,
			async: ''
		});

		await dialog.getByRole('button', { name: 'Copy the plain iframe code' }).click();
		const plain = await clipboard(page);
		expect(plain).toBe(auto.split('\n')[0]);
		expect(await attributesIn(page, plain, 'script')).toBeNull();

		await dialog.getByRole('button', { name: 'Copy the oEmbed address' }).click();
		expect(await clipboard(page)).toBe(`${root}oembed.json`);
		await expect(dialog.getByText('Copied')).toHaveCount(3);
	});

	test('when the clipboard refuses, the code is selected for copying by hand', async ({ page }) => {
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () =>
				Promise.reject(new DOMException('no', 'NotAllowedError'));
		});
		await page.goto('/');
		const dialog = await openDialogByKeyboard(page);
		await dialog.getByRole('button', { name: 'Copy the plain iframe code' }).click();
		await expect(dialog.getByText(/Copying was refused/)).toBeVisible();
		const field = dialog.getByLabel(/Plain iframe/);
		await expect(field).toBeFocused();
		const selected = await field.evaluate(
			(t: HTMLTextAreaElement) => t.value.slice(t.selectionStart, t.selectionEnd) === t.value
		);
		expect(selected).toBe(true);
	});

	test('Escape closes it and gives the focus back to its button; axe-core finds nothing while it is open', async ({
		page
	}) => {
		await selectTarget(page);
		const dialog = await openDialogByKeyboard(page);
		await expect(
			page.frameLocator('.embed-dialog iframe').getByRole('region', { name: 'Selected event' })
		).toBeVisible();
		// The dialog and the embed in it: the page behind a modal dialog is inert, which axe-core
		// does not model (it would count the page's landmarks and the preview's twice); the page
		// itself is checked by the home page's tests.
		const results = await new AxeBuilder({ page }).include('.embed-dialog').analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
		).toEqual([]);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();
		// Closed, the preview is gone with its map.
		await expect(page.locator('.embed-dialog iframe')).toHaveCount(0);
	});

	for (const { name, width, height } of [
		{ name: 'phone', width: 390, height: 844 },
		{ name: 'projector', width: 853, height: 480 },
		{ name: 'desktop', width: 1280, height: 800 }
	]) {
		test(`fits a ${name} screen (${width}×${height}), preview included`, async ({ page }, info) => {
			await page.setViewportSize({ width, height });
			await selectTarget(page);
			const dialog = await openDialogByKeyboard(page);
			await dialog.getByLabel('640 × 480').check();
			const box = (await dialog.boundingBox())!;
			expect(box.width).toBeLessThanOrEqual(width);
			expect(box.height).toBeLessThanOrEqual(height);
			const preview = (await dialog.locator('iframe').boundingBox())!;
			expect(preview.x).toBeGreaterThanOrEqual(box.x);
			expect(preview.x + preview.width).toBeLessThanOrEqual(box.x + box.width);
			await expect(
				page.frameLocator('.embed-dialog iframe').getByRole('region', { name: 'Selected event' })
			).toBeVisible();
			const path = SHOTS ? `${SHOTS}/dialog-${name}.png` : info.outputPath(`dialog-${name}.png`);
			await page.screenshot({ path });
		});
	}
});

test.describe('the share button', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('copies a link that opens the atlas at the same view', async ({
		page,
		context,
		baseURL
	}) => {
		await selectTarget(page);
		await page.getByRole('button', { name: 'Share link' }).click();
		await expect(page.getByText('Link copied')).toBeVisible();
		const link = new URL(await clipboard(page));
		expect(`${link.origin}${link.pathname}`).toBe(`${baseURL}/`);
		expect(link.searchParams.get('event')).toBe(target.id);
		const other = await context.newPage();
		await other.goto(link.href);
		await expect(
			other.getByRole('region', { name: 'Selected event' }).first().getByRole('heading', {
				level: 2
			})
		).toHaveText(target.title);
	});

	test('when the clipboard refuses, shows the link selected for copying by hand', async ({
		page
	}) => {
		await page.addInitScript(() => {
			navigator.clipboard.writeText = () =>
				Promise.reject(new DOMException('no', 'NotAllowedError'));
		});
		await selectTarget(page);
		await page.getByRole('button', { name: 'Share link' }).click();
		await expect(page.getByText(/Copying was refused/)).toBeVisible();
		const field = page.getByLabel('Link to this view');
		await expect(field).toBeFocused();
		expect(new URL(await field.inputValue()).searchParams.get('event')).toBe(target.id);
	});
});

test.describe('link previews and oEmbed', () => {
	/** A page's head tags, by property or name. */
	async function headTags(page: Page, path: string) {
		await page.goto(path);
		return page.evaluate(() => {
			const tags: Record<string, string> = {};
			for (const meta of document.head.querySelectorAll('meta[property], meta[name]')) {
				const key = meta.getAttribute('property') ?? meta.getAttribute('name')!;
				tags[key] = meta.getAttribute('content') ?? '';
			}
			const link = document.head.querySelector('link[type="application/json+oembed"]');
			tags.oembed = link?.getAttribute('href') ?? '';
			tags.oembedTitle = link?.getAttribute('title') ?? '';
			return tags;
		});
	}

	test('every page carries the card tags, the poster and the oEmbed link at one site address', async ({
		page
	}) => {
		await page.goto('/');
		const period = await page.locator('a[href*="/events/"]').first().getAttribute('href');
		const roots = new Set<string>();
		for (const path of ['/', '/embed', period!]) {
			const tags = await headTags(page, path);
			const root = new URL('/', tags['og:url']).href;
			roots.add(root);
			expect(new URL(tags['og:url']!).pathname, path).toBe(new URL(path, root).pathname);
			expect(tags['og:title'], path).toContain(data.meta.title);
			expect(tags['og:description'], path).toBeTruthy();
			expect(tags['twitter:card'], path).toBe('summary_large_image');
			// The poster is another route's file: the tag is checked, not the image.
			expect(tags['og:image'], path).toBe(`${root}poster.png`);
			expect(tags['twitter:image'], path).toBe(`${root}poster.png`);
			expect(tags['og:image:alt'], path).toContain(data.meta.title);
			expect(tags.oembed, path).toBe(`${root}oembed.json`);
			expect(tags.oembedTitle, path).toBe(data.meta.title);
		}
		expect(roots.size).toBe(1);
	});

	test('oembed.json is a valid rich oEmbed 1.0 document with the self-sizing code', async ({
		page,
		request
	}) => {
		const response = await request.get('/oembed.json');
		expect(response.ok()).toBe(true);
		expect(response.headers()['content-type']).toContain('application/json');
		const doc = await response.json();
		expect(doc).toMatchObject({ type: 'rich', version: '1.0', title: data.meta.title });
		for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) {
			expect(Number.isInteger(doc[key]), key).toBe(true);
		}
		expect([doc.thumbnail_width, doc.thumbnail_height]).toEqual([1200, 630]);
		expect(typeof doc.provider_name).toBe('string');
		const root: string = doc.provider_url;
		expect(root).toMatch(/^https?:\/\/[^/]+\/$/);
		expect(doc.thumbnail_url).toBe(`${root}poster.png`);
		await page.goto('/');
		expect(await attributesIn(page, doc.html, 'iframe')).toMatchObject({
			src: `${root}embed`,
			title: data.meta.title,
			height: String(doc.height)
		});
		expect(await attributesIn(page, doc.html, 'script')).toEqual({
			src: `${root}embed.js`,
			async: ''
		});
	});
});
