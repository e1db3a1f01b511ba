import { resolveChromium } from './chromium';
import { loadAtlasData } from './atlas-data';
import { expect, test } from './fixtures';

const data = loadAtlasData();

test.use({
	launchOptions: {
		executablePath: resolveChromium(),
		args: ['--disable-3d-apis', '--disable-background-networking']
	}
});

test('without WebGL, a notice explains the missing map and the list, slider and panels work', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('status').filter({ hasText: /WebGL/ })).toBeVisible();
	const slider = page.getByRole('slider', { name: 'Time' });
	await slider.focus();
	await page.keyboard.press('Home');
	await expect(page.locator('#events li[data-event-id]:visible')).not.toHaveCount(
		data.events.length
	);
	await page.keyboard.press('End');
	await expect(page.locator('#events li[data-event-id]:visible')).toHaveCount(data.events.length);
	const target = data.events[0]!;
	await page.locator(`article[id="${target.id}"] .title a`).click();
	await expect(
		page.getByRole('region', { name: 'Selected event' }).getByRole('heading', { level: 2 })
	).toHaveText(target.title);
});
