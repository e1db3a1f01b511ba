import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
await page.goto('http://localhost:4190/');
await page.waitForSelector('html[data-hydrated="true"]');
await page.waitForTimeout(3000);
console.log(await page.evaluate(() => [...document.querySelectorAll('.atlas-side > *, .atlas-side .legend > *, .atlas-side .place-tools > *')].map((e) => `${e.className.slice(0,40)}: top ${Math.round((e as HTMLElement).offsetTop)} h ${Math.round(e.getBoundingClientRect().height)}`).join('\n')));
await browser.close();
