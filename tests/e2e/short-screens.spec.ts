import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForMapIdle } from './map-helpers';

/**
 * On short screens the map must never cover the time controls: a phone held landscape, a
 * projector at 150 % zoom (1280×720 seen as 853×480 CSS pixels), the smallest iframes.
 */
const SIZES = [
	{ name: 'a phone held landscape', width: 844, height: 390 },
	{ name: 'a 1280×720 projector at 150 %', width: 853, height: 480 },
	{ name: 'a 400×300 frame', width: 400, height: 300 },
	{ name: 'a 320×300 frame', width: 320, height: 300 }
];

/** Whether the element's centre, once scrolled into view, is the element itself, not a cover. */
async function isOnTop(locator: Locator): Promise<boolean> {
	await locator.scrollIntoViewIfNeeded();
	return locator.evaluate((element) => {
		const box = element.getBoundingClientRect();
		const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return top !== null && (top === element || element.contains(top));
	});
}

for (const { name, width, height } of SIZES) {
	test.describe(`on ${name} (${width}×${height})`, () => {
		test.use({ viewport: { width, height } });

		test('the map covers neither Play nor the slider, and the slider moves time', async ({
			page
		}) => {
			await page.goto('/');
			await waitForMapIdle(page);
			const play = page.getByRole('button', { name: 'Play' });
			const slider = page.getByRole('slider', { name: 'Time' });
			expect(await isOnTop(play), 'Play').toBe(true);
			expect(await isOnTop(slider), 'the slider').toBe(true);
			const map = await page.locator('.map-area').boundingBox();
			const controls = await page.locator('.timeline').boundingBox();
			expect(map!.y + map!.height).toBeLessThanOrEqual(controls!.y + 1);
			const before = await slider.inputValue();
			await slider.focus();
			await page.keyboard.press('Home');
			expect(await slider.inputValue()).not.toBe(before);
		});
	});
}
