import type { Frame, Page } from '@playwright/test';
import { loadAtlasData } from './atlas-data';
import {
	atlasFrame,
	expect,
	openHost,
	postToFrame,
	received,
	test,
	waitForReady
} from './embed-host-fixtures';

const data = loadAtlasData();
const byStart = [...data.events].sort((a, b) => a.startMs - b.startMs);
const target = byStart.find((e) => e.quotes.length > 0 && !e.parent)!;

/** The frame's inner height, and the height of the content it shows. */
async function frameFit(page: Page, index: number, frame: Frame) {
	const inner = await page.locator(`#slot-${index} iframe`).evaluate((f) => f.clientHeight);
	const content = await frame.evaluate(() => ({
		body: Math.ceil(document.body.getBoundingClientRect().height),
		scroll: document.documentElement.scrollHeight
	}));
	return { inner, ...content };
}

/** Waits until the frame of slot `index` is as tall as its content, with nothing to scroll. */
async function expectSizedToContent(page: Page, index: number): Promise<number> {
	const frame = await atlasFrame(page, index);
	await expect
		.poll(async () => {
			const fit = await frameFit(page, index, frame);
			return fit.inner === fit.body && fit.scroll <= fit.inner;
		})
		.toBe(true);
	// The slider is inside the frame's visible box: a reader can move in time without scrolling.
	const slider = frame.getByRole('slider', { name: 'Time' });
	const box = (await slider.boundingBox())!;
	const frameBox = (await page.locator(`#slot-${index} iframe`).boundingBox())!;
	expect(box.y + box.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
	return (await frameFit(page, index, frame)).inner;
}

test.describe('resizing', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('a real Pym.js parent sizes each frame to its content, taller when wider', async ({
		page,
		host,
		site
	}) => {
		await openHost(page, host, site, { mode: 'pym', frames: ['320', '900'] });
		const narrow = await expectSizedToContent(page, 0);
		const wide = await expectSizedToContent(page, 1);
		// Pym's default is 150 px; the embed has a height of its own, following its width.
		expect(narrow).toBeGreaterThan(300);
		expect(wide).toBeGreaterThan(narrow);
	});

	test('/embed.js sizes every frame of the site, including one added later, under a strict policy', async ({
		page,
		host,
		site
	}) => {
		await page.addInitScript(() => {
			const seen: string[] = [];
			Object.assign(window, { __cspViolations: seen });
			document.addEventListener('securitypolicyviolation', (event) => {
				seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
			});
		});
		await openHost(page, host, site, {
			mode: 'embedjs',
			frames: ['400', '1200'],
			late: true,
			strict: true
		});
		const small = await expectSizedToContent(page, 0);
		const large = await expectSizedToContent(page, 1);
		const late = await expectSizedToContent(page, 2);
		expect(small).toBeGreaterThan(300);
		expect(large).toBeGreaterThan(small);
		expect(late).toBeGreaterThan(small);
		expect(
			await page.evaluate(
				() => (window as unknown as { __cspViolations: string[] }).__cspViolations
			)
		).toEqual([]);
	});

	test('without a resizing host the embed fills its fixed frame', async ({ page, host, site }) => {
		await openHost(page, host, site, { frames: ['400x300'] });
		const frame = await atlasFrame(page, 0);
		const fit = await frameFit(page, 0, frame);
		expect(fit).toMatchObject({ inner: 300, body: 300 });
	});
});

test.describe('the host API', () => {
	test('select round-trips: the embed shows the event and tells the host', async ({
		page,
		host,
		site
	}) => {
		await openHost(page, host, site);
		await waitForReady(page, 0);
		await postToFrame(page, 0, { type: 'atlas:select', version: 1, id: target.id });
		const frame = await atlasFrame(page, 0);
		await expect(
			frame.getByRole('region', { name: 'Selected event' }).getByRole('heading')
		).toHaveText(target.title);
		await expect
			.poll(async () => (await received(page, 0, 'atlas:select')).map((m) => m.data))
			.toEqual([{ type: 'atlas:select', version: 1, id: target.id, title: target.title }]);
	});

	test('setTime moves the slider, the map draws what has begun by then, and the host is told', async ({
		page,
		host,
		site
	}) => {
		await openHost(page, host, site, { frames: ['640x480'] });
		await waitForReady(page, 0);
		const frame = await atlasFrame(page, 0);
		await expect(frame.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
		// Just before the middle event in time: the earlier half has begun, the later has not.
		const middle = byStart[Math.floor(byStart.length / 2)]!;
		const at = middle.startMs - 60_000;
		await postToFrame(page, 0, { type: 'atlas:setTime', version: 1, at });
		const slider = frame.getByRole('slider', { name: 'Time' });
		await expect(slider).toHaveAttribute('data-at', String(at));
		await expect
			.poll(async () => (await received(page, 0, 'atlas:timechange')).map((m) => m.data))
			.toContainEqual(expect.objectContaining({ type: 'atlas:timechange', at }));
		await expect(frame.locator('[data-map-ready="true"]')).toBeVisible();
		const drawn = await frame.evaluate(() => {
			const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
			const features = map.queryRenderedFeatures({ layers: ['atlas-event-points'] });
			const bounds = map.getBounds();
			return {
				ids: [...new Set(features.map((f) => String(f.properties.id)))].sort(),
				bounds: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
			};
		});
		const [west, south, east, north] = drawn.bounds as [number, number, number, number];
		const expected = data.events
			.filter((e) => e.startMs <= at)
			.filter((e) => {
				const [lon, lat] = e.coordinates;
				return lon >= west && lon <= east && lat >= south && lat <= north;
			})
			.map((e) => e.id)
			.sort();
		expect(drawn.ids).toEqual(expected);
		expect(drawn.ids).not.toContain(middle.id);
	});
});
