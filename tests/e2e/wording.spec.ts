import { readClocks } from '../../src/lib/domain/time/clocks';
import { MINUTE_MS } from '../../src/lib/domain/time/units';
import { TIME_WORDS } from '../../src/lib/domain/time-wording';
import { describeClocks } from '../../src/lib/domain/wording';
import { clockParts, loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

const data = loadAtlasData();
const zone = data.meta.timeZone;

/** The atlas zone's clock at `ms` as `Intl` reads it on a 24-hour clock: `2015-11-13 21:40`. */
function clock24(ms: number): { text: string; hour: number } {
	const parts = clockParts(ms, zone);
	const text = `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
	return { text, hour: Number(parts.hour) };
}

// An afternoon or evening event: a 12-hour clock would show it with PM.
const evening = data.events.find((e) => clock24(e.startMs).hour >= 13)!;

// A US browser: the fields must follow the atlas, not the reader's locale.
test.use({ locale: 'en-US', viewport: { width: 1280, height: 720 } });

async function openMoreControls(page: import('@playwright/test').Page) {
	const more = page.getByText('More time controls');
	if (await more.isVisible()) await more.click();
}

test('the From and To fields show the atlas’s 24-hour clock in a US browser', async ({ page }) => {
	await page.goto(`/?t=${clock24(evening.startMs).text.replace(' ', 'T')}&mode=window&span=1h`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await expect(page.locator('html')).toHaveAttribute('lang', data.meta.language);
	await openMoreControls(page);
	const to = page.getByLabel(TIME_WORDS.to, { exact: true });
	await expect(to).toHaveValue(clock24(evening.startMs).text);
	await expect(to).not.toHaveValue(/AM|PM/i);
	await expect(page.getByLabel(TIME_WORDS.from, { exact: true })).toHaveValue(
		clock24(evening.startMs - 3_600_000).text
	);
	await expect(to).toHaveAccessibleDescription(/24-hour time/);
});

test('a 12-hour time typed in From is refused next to that field', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await openMoreControls(page);
	const from = page.getByLabel(TIME_WORDS.from, { exact: true });
	await from.fill('2015-11-13 9:40 PM');
	await page.getByRole('button', { name: 'Show this range' }).click();
	await expect(from).toHaveAttribute('aria-invalid', 'true');
	await expect(from).toBeFocused();
	await expect(from).toHaveAccessibleDescription(/The start must be a date and a 24-hour time/);
	await expect(page.getByLabel(TIME_WORDS.to, { exact: true })).toHaveAttribute(
		'aria-invalid',
		'false'
	);
	await expect(page).not.toHaveURL(/mode=window/);
});

test('zooming the time axis to one hour brings a speed that suits it', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await openMoreControls(page);
	const speed = page.getByLabel(TIME_WORDS.speed, { exact: true });
	await expect(speed.locator('option:checked')).toHaveText('1 day per second');
	await page.getByLabel(TIME_WORDS.zoom, { exact: true }).selectOption({ label: '1 hour' });
	await expect(speed).toHaveValue(String(MINUTE_MS));
	await expect(speed.locator('option:checked')).toHaveText('1 minute per second');
	await page.getByLabel(TIME_WORDS.zoom, { exact: true }).selectOption({ label: 'Whole period' });
	await expect(speed.locator('option:checked')).toHaveText('1 day per second');
});

test('fading has one name, and the slider’s clock is explained once', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	await openMoreControls(page);
	await expect(page.getByRole('checkbox', { name: TIME_WORDS.fadePast })).toBeVisible();
	const key = page.getByRole('region', { name: 'Map key' });
	await expect(key).toContainText(`“${TIME_WORDS.fadePast}”`);
	await expect(page.getByText(/fade past events/i)).toHaveCount(0);
	await expect(
		page.getByText(describeClocks(zone, readClocks(zone, data.events)), { exact: true })
	).toHaveCount(1);
});

test('Escape closes the panel and gives the focus back to the list entry', async ({ page }) => {
	const target = data.events[1]!;
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	const entry = page.locator(`article[id="${target.id}"] .title a`);
	await entry.focus();
	await page.keyboard.press('Enter');
	const panel = page.getByRole('region', { name: 'Selected event' });
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(target.title);
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(page).not.toHaveURL(/event=/);
	await expect(entry).toBeFocused();
});

test('after Next the focus stays on Next: one key per step', async ({ page }) => {
	const first = data.events[0]!;
	await page.goto(`/?event=${first.id}`);
	await expect(page.locator('html')).toHaveAttribute('data-hydrated', 'true');
	const panel = page.getByRole('region', { name: 'Selected event' });
	const heading = panel.getByRole('heading', { level: 2 });
	await expect(heading).toHaveText(first.title);
	const next = panel.getByRole('button', { name: 'Next event' });
	await next.focus();
	const seen = [first.title];
	for (let i = 0; i < 3; i++) {
		await page.keyboard.press('Enter');
		await expect(heading).not.toHaveText(seen.at(-1)!);
		seen.push((await heading.textContent())!.trim());
		await expect(next).toBeFocused();
	}
	await panel.getByRole('button', { name: 'Previous event' }).focus();
	await page.keyboard.press('Enter');
	await expect(heading).toHaveText(seen.at(-2)!);
	await expect(panel.getByRole('button', { name: 'Previous event' })).toBeFocused();
});
