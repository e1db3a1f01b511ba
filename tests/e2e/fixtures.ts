import { test as base, expect } from '@playwright/test';

/**
 * Every end-to-end test fails on a console error, a page error, or any request that leaves the
 * origin: privacy by default is a tested property, not a hope.
 */
export const test = base.extend<{
	guard: void;
	expectedConsoleErrors: RegExp[];
	expectedPageErrors: RegExp[];
	otherOrigins: string[];
}>({
	/** Console errors a test provokes on purpose (a 404 it serves, say); anything else fails. */
	expectedConsoleErrors: [[], { option: true }],
	/** Uncaught errors a test provokes on purpose in code the atlas cannot wrap (SvelteKit's boot). */
	expectedPageErrors: [[], { option: true }],
	/**
	 * Origins of this test's own servers besides the site (a host page that embeds the atlas, say):
	 * requests to them stay on the machine. Set from a fixture that started them.
	 */
	otherOrigins: [[], { option: true }],
	guard: [
		async ({ page, baseURL, expectedConsoleErrors, expectedPageErrors, otherOrigins }, use) => {
			const origins = new Set([new URL(baseURL ?? 'http://localhost').origin, ...otherOrigins]);
			const problems: string[] = [];
			page.on('console', (message) => {
				const text = message.text();
				if (message.type() !== 'error') return;
				if (expectedConsoleErrors.some((pattern) => pattern.test(text))) return;
				problems.push(`console error: ${text}`);
			});
			page.on('pageerror', (error) => {
				if (expectedPageErrors.some((pattern) => pattern.test(error.message))) return;
				problems.push(`page error: ${error.message}`);
			});
			await page.route(
				(url) => !['data:', 'blob:'].includes(url.protocol) && !origins.has(url.origin),
				async (route) => {
					problems.push(`request left the origin: ${route.request().url()}`);
					await route.abort();
				}
			);
			await use();
			expect(problems, problems.join('\n')).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
