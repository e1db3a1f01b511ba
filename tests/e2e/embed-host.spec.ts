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
			const features = map.queryRenderedFeatures({
				layers: ['atlas-event-points-faded', 'atlas-event-points']
			});
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

/** Thirty-odd messages a hostile or careless host could send; none may change anything. */
function hostileMessages(): unknown[] {
	const v = 1;
	const huge = 'x'.repeat(2_000_000);
	return [
		null,
		undefined,
		42,
		NaN,
		true,
		[],
		[{ type: 'atlas:select', version: v, id: target.id }],
		'atlas:select',
		JSON.stringify({ type: 'atlas:select', version: v, id: target.id }),
		huge,
		'pymxPYMxatlasxPYMxwidthxPYMx100000000',
		'pymxPYMx.*xPYMxheightxPYMx9',
		{ type: 'atlas:select', id: target.id },
		{ type: 'atlas:select', version: 2, id: target.id },
		{ type: 'atlas:select', version: '1', id: target.id },
		{ type: 'atlas:select', version: v, id: 'no-such-event' },
		{ type: 'atlas:select', version: v, id: 7 },
		{ type: 'atlas:select', version: v, id: huge },
		{ type: 'atlas:select', version: v, id: { toString: 'x' } },
		{ type: 'atlas:select', version: v, id: '__proto__' },
		{ type: 'atlas:__proto__', version: v },
		{ type: 'atlas:constructor', version: v },
		{ type: 'atlas:toString', version: v },
		{ type: 'atlas:selectt', version: v, id: target.id },
		{ type: 'ATLAS:select', version: v, id: target.id },
		{ type: 'atlas:setTime', version: v, at: NaN },
		{ type: 'atlas:setTime', version: v, at: Infinity },
		{ type: 'atlas:setTime', version: v, at: '13 November' },
		{ type: 'atlas:setTime', version: v, at: 1e300 },
		{ type: 'atlas:setTime', version: v, at: [1] },
		{ type: 'atlas:setWindow', version: v, span: -1 },
		{ type: 'atlas:setWindow', version: v, span: '7 days' },
		{ type: 'atlas:setWindow', version: v, span: '7d', fadePast: 'yes' },
		{ type: 'atlas:play', version: v, speed: 0 },
		{ type: 'atlas:setView', version: v, patch: { at: NaN } },
		{ type: 'atlas:setView', version: v, patch: JSON.parse('{"__proto__": {"polluted": 1}}') },
		{ type: 'atlas:setView', version: v, patch: { camera: { lon: 500, lat: 0, zoom: 3 } } },
		{ type: 'atlas:setView', version: v, patch: { playing: true, mode: 'sideways' } },
		{ type: 'atlas:setView', version: v, patch: 'at=0' },
		{
			type: 'atlas:setView',
			version: v,
			patch: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`k${i}`, i]))
		},
		{ type: 'atlas:setView', version: v, patch: { nested: { deeper: [[[{ at: 0 }]]] } } },
		{ type: 'atlas:pause', version: v, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 },
		JSON.parse('{"type": "atlas:select", "version": 1, "__proto__": {"id": "x"}}'),
		{ 'datawrapper-height': { atlas: 1 } }
	];
}

/**
 * What the view looks like from outside: the slider, the view's link parameters but the
 * selection and the camera (the last, valid message sets those), and whether any object has
 * gained a property from the prototype-pollution attempts.
 */
async function viewState(frame: Frame) {
	const params = new URL(frame.url()).searchParams;
	params.delete('event');
	params.delete('map');
	return {
		at: await frame.getByRole('slider', { name: 'Time' }).getAttribute('data-at'),
		params: params.toString(),
		polluted: await frame.evaluate(() => 'polluted' in {} || 'id' in Object.prototype)
	};
}

test('a batch of malformed and hostile messages changes nothing and warns once per kind', async ({
	page,
	host,
	site
}) => {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning' && message.text().startsWith('Atlas embed:')) {
			warnings.push(message.text());
		}
	});
	await openHost(page, host, site);
	await waitForReady(page, 0);
	const frame = await atlasFrame(page, 0);
	const before = await viewState(frame);
	const messages = hostileMessages();
	expect(messages.length).toBeGreaterThanOrEqual(30);
	for (const message of messages) await postToFrame(page, 0, message);
	// Twice over: a flood warns no more than a single bad message of each kind.
	for (const message of messages) await postToFrame(page, 0, message);
	// Messages arrive in order: once this valid one is answered, the batch has been handled.
	await postToFrame(page, 0, { type: 'atlas:select', version: 1, id: target.id });
	await expect.poll(async () => (await received(page, 0, 'atlas:select')).length).toBe(1);
	await expect(frame.getByRole('region', { name: 'Selected event' })).toBeVisible();
	expect(await viewState(frame)).toEqual(before);
	expect((await received(page, 0, 'atlas:select'))[0]!.data).toMatchObject({ id: target.id });
	const kinds = warnings.map((w) => /\[([a-z-]+)\]/.exec(w)?.[1]);
	expect(new Set(kinds).size, warnings.join('\n')).toBe(kinds.length);
	expect(kinds).toEqual(
		expect.arrayContaining([
			'not-an-object',
			'too-large',
			'version',
			'unknown-type',
			'payload',
			'event'
		])
	);
});

test('a host page from an origin the embed code does not allow is ignored, with one warning', async ({
	page,
	host,
	site
}) => {
	const warnings: string[] = [];
	page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
	await openHost(page, host, site, { embed: 'hostOrigin=https://news.example' });
	const frame = await atlasFrame(page, 0);
	await expect(frame.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
	for (let i = 0; i < 5; i++) {
		await postToFrame(page, 0, { type: 'atlas:select', version: 1, id: target.id });
	}
	await expect.poll(() => warnings.filter((w) => w.includes('[origin]')).length).toBe(1);
	await expect(frame.getByRole('region', { name: 'Selected event' })).toHaveCount(0);
	// It tells that page nothing either: not even its height.
	expect(
		await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)
	).toEqual([]);
});

test('timechange reaches the host during playback, at most 4 times a second however fast time moves', async ({
	page,
	host,
	site
}) => {
	await openHost(page, host, site, { embed: 'speed=7d' });
	await waitForReady(page, 0);
	const timechanges = () => received(page, 0, 'atlas:timechange');
	const slider = (await atlasFrame(page, 0)).getByRole('slider', { name: 'Time' });
	await postToFrame(page, 0, { type: 'atlas:setTime', version: 1, at: byStart[0]!.startMs });
	await postToFrame(page, 0, { type: 'atlas:play', version: 1 });
	await expect
		.poll(async () => (await timechanges()).length, { timeout: 20_000 })
		.toBeGreaterThan(3);
	await postToFrame(page, 0, { type: 'atlas:pause', version: 1 });
	await expect
		.poll(async () => (await timechanges()).at(-1)?.data)
		.toMatchObject({ playing: false });

	// Forty moves in one burst (faster than any frame rate, so the machine's speed does not
	// matter): the host hears a few of them, and the last one it hears is where time stopped.
	const instants = byStart.slice(1, 41).map((e) => e.startMs);
	const before = (await timechanges()).length;
	const started = Date.now();
	await page.evaluate((ats) => {
		const frame = (window as unknown as { __frames: HTMLIFrameElement[] }).__frames[0]!;
		for (const at of ats)
			frame.contentWindow!.postMessage({ type: 'atlas:setTime', version: 1, at }, '*');
	}, instants);
	const last = instants.at(-1)!;
	await expect(slider).toHaveAttribute('data-at', String(last));
	await expect.poll(async () => (await timechanges()).at(-1)?.data).toMatchObject({ at: last });
	const heard = (await timechanges()).length - before;
	const elapsed = Date.now() - started;
	expect(heard).toBeGreaterThan(0);
	expect(heard).toBeLessThanOrEqual(Math.ceil(elapsed / 250) + 1);
	expect(heard).toBeLessThan(new Set(instants).size);
});

test.describe('sandboxes and blocked storage', () => {
	for (const sandbox of ['allow-scripts allow-same-origin allow-popups', 'allow-scripts']) {
		test(`works inside sandbox="${sandbox}"`, async ({ page, host, site }) => {
			await openHost(page, host, site, { sandbox, mode: 'embedjs', frames: ['640'] });
			await waitForReady(page, 0);
			const frame = await atlasFrame(page, 0);
			await expect(frame.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
			await expectSizedToContent(page, 0);
			await postToFrame(page, 0, { type: 'atlas:select', version: 1, id: target.id });
			await expect(
				frame.getByRole('region', { name: 'Selected event' }).getByRole('heading')
			).toHaveText(target.title);
			const selects = await received(page, 0, 'atlas:select');
			expect(selects.at(-1)?.origin).toBe(sandbox.includes('allow-same-origin') ? site : 'null');
		});
	}

	test('works with every kind of storage blocked', async ({ page, host, site }) => {
		await page.addInitScript(() => {
			const blocked = () => {
				throw new DOMException('storage is blocked', 'SecurityError');
			};
			for (const name of ['localStorage', 'sessionStorage', 'indexedDB', 'caches']) {
				Object.defineProperty(window, name, { get: blocked, configurable: true });
			}
			Object.defineProperty(Document.prototype, 'cookie', { get: blocked, set: blocked });
		});
		await openHost(page, host, site);
		await waitForReady(page, 0);
		const frame = await atlasFrame(page, 0);
		await expect(frame.locator('[data-map-ready="true"]')).toBeVisible({ timeout: 30_000 });
		await postToFrame(page, 0, { type: 'atlas:select', version: 1, id: target.id });
		await expect(frame.getByRole('region', { name: 'Selected event' })).toBeVisible();
	});
});

test('keyboard focus goes into the embed and out again, both ways', async ({
	page,
	host,
	site
}) => {
	await openHost(page, host, site, { frames: ['640x480'] });
	await waitForReady(page, 0);
	const focusedOnHost = () => page.evaluate(() => document.activeElement?.id ?? '');
	await page.locator('#before').focus();
	await page.keyboard.press('Tab');
	expect(await focusedOnHost()).not.toBe('before');
	let presses = 1;
	while ((await focusedOnHost()) !== 'after' && presses < 60) {
		await page.keyboard.press('Tab');
		presses++;
	}
	expect(await focusedOnHost()).toBe('after');
	// More than one stop inside: the frame was entered, not skipped.
	expect(presses).toBeGreaterThan(2);
	let back = 0;
	while ((await focusedOnHost()) !== 'before' && back < 60) {
		await page.keyboard.press('Shift+Tab');
		back++;
	}
	expect(await focusedOnHost()).toBe('before');
});
