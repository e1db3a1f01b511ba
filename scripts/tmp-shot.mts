import { chromium } from '@playwright/test';
const [url, out, w, h, full] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(url);
await page.waitForSelector('[data-map-ready="true"]', { timeout: 90000 }).catch(() => {});
await page.waitForTimeout(1500);
if (full === 'side') {
  const side = page.locator('.atlas-side');
  const box = await side.evaluate((el) => el.scrollHeight);
  console.log('side scrollHeight', box);
  await side.evaluate((el) => { el.style.height = el.scrollHeight + 'px'; el.style.maxHeight = 'none'; el.style.overflow='visible'; });
  await page.setViewportSize({ width: Number(w), height: Math.min(box + 200, 8000) });
  await page.waitForTimeout(500);
}
await page.screenshot({ path: out, fullPage: full === 'full' });
await browser.close();
