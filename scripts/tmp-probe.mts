import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('console', (m) => console.log('console', m.type(), m.text()));
await page.goto('http://localhost:4190/');
await page.waitForSelector('[data-map-ready="true"]', { timeout: 90000 });
await page.getByRole('slider', { name: 'Time' }).focus();
await page.keyboard.press('Home');
await page.waitForTimeout(3000);
console.log(await page.evaluate(() => {
  const map = (window as any).__atlasMap;
  const all = map.querySourceFeatures('atlas-events').filter((f: any) => f.properties.id === '2014-belgian-security-budget-cancelled');
  const r = map.queryRenderedFeatures({ layers: ['atlas-event-points'] });
  return JSON.stringify({ gs: map.getGlobalState?.(), src: all.map((f: any) => [f.geometry.coordinates, f.properties]), rendered: r.map((f: any) => f.properties.id), filter: map.getFilter('atlas-event-points') });
}));
await page.screenshot({ path: '/tmp/lead-shots/home-start.png' });
await browser.close();
