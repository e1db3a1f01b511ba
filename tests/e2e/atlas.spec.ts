import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatEventTime } from '../../src/lib/domain/time/local-time';
import { isEventShown, rangeOf, type TimeMode } from '../../src/lib/domain/time/range';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import {
	listedEventIds,
	mapCenter,
	renderedEventIds,
	waitForMapIdle,
	withHooks
} from './map-helpers';

const data = loadAtlasData();
const byStart = [...data.events].sort((a, b) => a.startMs - b.startMs);

function expectedIds(at: number, mode: TimeMode = 'cumulative', span = 0): string[] {
	const range = rangeOf({ at, mode, span });
	return data.events
		.filter((e) => isEventShown(e, range))
		.map((e) => e.id)
		.sort();
}

async function sliderAt(page: Page): Promise<number> {
	// The thumb snaps to the slider's step; data-at is the exact instant the atlas shows.
	return Number(await page.getByRole('slider', { name: 'Time' }).getAttribute('data-at'));
}

test('keyboard moves of the slider hide and show the same events on the map and in the list', async ({
	page
}) => {
	await page.goto(withHooks());
	await waitForMapIdle(page);
	const slider = page.getByRole('slider', { name: 'Time' });
	await slider.focus();
	const keys = [
		'Home',
		'PageUp',
		'PageUp',
		'ArrowRight',
		'PageUp',
		'PageUp',
		'PageUp',
		'PageUp',
		'PageUp',
		'End',
		'PageDown',
		'ArrowLeft'
	];
	const seen = new Set<number>();
	for (const key of keys) {
		await page.keyboard.press(key);
		const at = await sliderAt(page);
		const expected = expectedIds(at);
		seen.add(expected.length);
		await expect.poll(() => listedEventIds(page)).toEqual(expected);
		await expect.poll(() => renderedEventIds(page)).toEqual(expected);
	}
	// The walk must have crossed events, or it proved nothing.
	expect(seen.size).toBeGreaterThan(2);
});

test('the map and the list agree at every event start and just before it', async ({ page }) => {
	await page.goto(withHooks());
	await waitForMapIdle(page);
	const next = page.getByRole('button', { name: /next event/i });
	await page.getByRole('slider', { name: 'Time' }).focus();
	await page.keyboard.press('Home');
	for (let i = 0; i < 12; i++) {
		await next.click();
		const at = await sliderAt(page);
		expect(byStart.some((e) => e.startMs === at)).toBe(true);
		await expect.poll(() => renderedEventIds(page)).toEqual(expectedIds(at));
		await expect.poll(() => listedEventIds(page)).toEqual(expectedIds(at));
	}
});

test('selecting an event in the list opens its panel and moves the map', async ({ page }) => {
	const target = data.events.find((e) => e.place.precision === 'address') ?? data.events[0]!;
	await page.goto(withHooks());
	await waitForMapIdle(page);
	const before = await mapCenter(page);
	await page.locator(`article[id="${target.id}"] .title a`).click();
	const panel = page.getByRole('region', { name: 'Selected event' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(target.title);
	await expect(panel.locator('time').first()).toHaveText(formatEventTime(target));
	await expect
		.poll(async () => {
			const centre = await mapCenter(page);
			return Math.hypot(centre[0] - target.coordinates[0], centre[1] - target.coordinates[1]);
		})
		.toBeLessThan(0.05);
	const after = await mapCenter(page);
	expect(after).not.toEqual(before);
	await expect(page).toHaveURL(new RegExp(`event=${target.id}`));
});

test('a linked event in the panel opens in the atlas, here or in a new tab', async ({ page }) => {
	const from = data.events.find((e) => e.links.length > 0);
	if (!from) throw new Error('the data has no linked events to test with');
	const to = data.events.find((e) => e.id === from.links[0]!.to)!;
	await page.goto(`/?event=${from.id}`);
	await expect(page.locator('html[data-hydrated="true"]')).toBeAttached();
	const panel = page.getByRole('region', { name: 'Selected event' });
	const link = panel.getByRole('list', { name: 'Linked events' }).getByRole('link', {
		name: to.title,
		exact: true
	});
	// The link leads to the atlas opened on that event, which works in a new tab; the list item it
	// once pointed at is hidden beside the panel.
	await expect(link).toHaveAttribute('href', `?event=${to.id}`);
	await link.click();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(to.title);
	await expect(page).toHaveURL(new RegExp(`event=${to.id}`));
	await page.goto(`/?event=${to.id}`);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(to.title);
});

test('“read in context” opens the source with the quote highlighted and in view', async ({
	page
}) => {
	const target = data.events.find((e) => e.quotes.length > 0)!;
	await page.goto(`/?event=${target.id}`);
	const panel = page.getByRole('region', { name: 'Selected event' });
	await panel
		.getByRole('button', { name: /read in context/i })
		.first()
		.click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	const mark = dialog.locator('mark');
	await expect(mark).toHaveCount(1);
	await expect(mark).toBeInViewport();
	const source = data.sources.find((s) => s.id === target.quotes[0]!.source)!;
	await expect(dialog.getByRole('heading')).toHaveText(source.title);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
});

test('a deep link restores the event, time window and mode, and round-trips', async ({ page }) => {
	const target = byStart[Math.floor(byStart.length / 2)]!;
	const local = new Intl.DateTimeFormat('sv-SE', {
		timeZone: data.meta.timeZone,
		dateStyle: 'short',
		timeStyle: 'short'
	})
		.format(target.startMs)
		.replace(' ', 'T');
	const link = `/?event=${target.id}&t=${local}&mode=window&span=2d&fade=0&utm_source=newsletter`;
	await page.goto(link);
	await expect(
		page.getByRole('region', { name: 'Selected event' }).getByRole('heading', { level: 2 })
	).toHaveText(target.title);
	const at = await sliderAt(page);
	expect(Math.abs(at - target.startMs)).toBeLessThan(60_000);
	await expect.poll(() => page.evaluate(() => location.search)).toContain('utm_source=newsletter');
	await expect.poll(() => page.evaluate(() => location.search)).toContain('mode=window');
	// The address is written only once the link's event is in the view: never without it.
	expect(await page.evaluate(() => location.search)).toContain(`event=${target.id}`);
	const written = await page.evaluate(() => location.href);
	await page.goto(written);
	await expect(
		page.getByRole('region', { name: 'Selected event' }).getByRole('heading', { level: 2 })
	).toHaveText(target.title);
	expect(await sliderAt(page)).toBe(at);
});

test('a broken link falls back to defaults without an error', async ({ page }) => {
	await page.goto('/?event=no-such-event&t=yesterday&mode=fast&span=-1d&map=x/y/z');
	await expect(page.getByRole('region', { name: 'Selected event' })).toHaveCount(0);
	expect(await sliderAt(page)).toBeGreaterThan(0);
	await expect(page.locator('#events li[data-event-id]:visible')).toHaveCount(data.events.length);
});

test.describe('viewer in America/New_York', () => {
	test.use({ timezoneId: 'America/New_York' });
	test('the panel shows the place’s local time', async ({ page }) => {
		const target = data.events.find((e) => e.timePrecision === 'minute')!;
		await page.goto(`/?event=${target.id}`);
		const panel = page.getByRole('region', { name: 'Selected event' });
		await expect(panel.locator('time').first()).toHaveText(formatEventTime(target));
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
	test('map, slider and a bottom-sheet panel fit the screen', async ({ page }, info) => {
		await page.goto(withHooks());
		await waitForMapIdle(page);
		await page.screenshot({ path: info.outputPath('phone.png') });
		const target = data.events[0]!;
		await page.locator(`article[id="${target.id}"] .title a`).click();
		const panel = page.getByRole('region', { name: 'Selected event' });
		await expect(panel).toBeInViewport();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.screenshot({ path: info.outputPath('phone-panel.png') });
	});
});

test('desktop layout screenshot and axe-core with the map and a panel open', async ({
	page
}, info) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(withHooks(`event=${data.events[0]!.id}`));
	await waitForMapIdle(page);
	await page.screenshot({ path: info.outputPath('desktop.png') });
	const results = await new AxeBuilder({ page }).analyze();
	expect(
		results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
	).toEqual([]);
});
