import { isEventShown } from '../../src/lib/domain/time/range';
import { clockParts, loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';
import { listedEventIds } from './map-helpers';

const data = loadAtlasData();
const zone = data.meta.timeZone;
const busiest = [...data.events].sort(
	(a, b) =>
		data.events.filter((e) => Math.abs(e.startMs - b.startMs) < 3_600_000).length -
		data.events.filter((e) => Math.abs(e.startMs - a.startMs) < 3_600_000).length
)[0]!;
const wallClock = (ms: number) => {
	const { year, month, day, hour, minute } = clockParts(ms, zone);
	return `${year}-${month}-${day}T${hour}:${minute}`;
};

async function openMoreControls(page: import('@playwright/test').Page) {
	const more = page.getByText('More time controls');
	if (await more.isVisible()) await more.click();
}

test('a typed start and end show exactly the events of that window', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await openMoreControls(page);
	const from = busiest.startMs - 30 * 60_000;
	const to = busiest.startMs + 30 * 60_000;
	await page.getByLabel('From', { exact: true }).fill(wallClock(from));
	await page.getByLabel('To', { exact: true }).fill(wallClock(to));
	await page.getByRole('button', { name: 'Show this range' }).click();
	const expected = data.events
		.filter((e) => isEventShown(e, { from, to }))
		.map((e) => e.id)
		.sort();
	expect(expected.length).toBeGreaterThan(0);
	await expect.poll(() => listedEventIds(page)).toEqual(expected);
	await expect(page).toHaveURL(/mode=window/);
});

test('an end before the start is refused with a message and changes nothing', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await openMoreControls(page);
	const slider = page.getByRole('slider', { name: 'Time' });
	const before = await slider.getAttribute('data-at');
	await page.getByLabel('From', { exact: true }).fill(wallClock(busiest.startMs));
	await page.getByLabel('To', { exact: true }).fill(wallClock(busiest.startMs - 86_400_000));
	await page.getByRole('button', { name: 'Show this range' }).click();
	await expect(page.getByLabel('To', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	expect(await slider.getAttribute('data-at')).toBe(before);
});

test('at the one-hour zoom the slider moves minute by minute and speaks local time', async ({
	page
}) => {
	await page.goto(`/?t=${wallClock(busiest.startMs)}`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await openMoreControls(page);
	await page.getByLabel('Zoom', { exact: true }).selectOption({ label: '1 hour' });
	const slider = page.getByRole('slider', { name: 'Time' });
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	const first = Number(await slider.getAttribute('data-at'));
	await page.keyboard.press('ArrowRight');
	const second = Number(await slider.getAttribute('data-at'));
	expect(second - first).toBe(60_000);
	const { hour, minute } = clockParts(second, zone);
	const expectedClock = `${hour}:${minute}`;
	await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(expectedClock));
});

test('during playback the address follows the time, not only once playback stops', async ({
	page
}) => {
	await page.goto(`/?t=${wallClock(data.events[0]!.startMs)}`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	const timeInAddress = () => new URL(page.url()).searchParams.get('t');
	const opened = timeInAddress();
	await page.getByRole('button', { name: 'Play' }).click();
	const pause = page.getByRole('button', { name: 'Pause' });
	await expect.poll(timeInAddress, { timeout: 10_000 }).not.toBe(opened);
	const first = timeInAddress();
	await expect.poll(timeInAddress, { timeout: 10_000 }).not.toBe(first);
	await expect(pause).toBeVisible();
	await pause.click();
});
