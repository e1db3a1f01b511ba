import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { expect, test as base } from './fixtures';
import { startStaticServer, type StaticServer } from './static-server';

const HOST_PAGES = resolve('tests/e2e/host-pages');
const PYM = readFileSync(resolve('node_modules/pym.js/dist/pym.v1.js'));
const HOST_HTML = readFileSync(resolve(HOST_PAGES, 'host.html'));

/**
 * The policy of a strict newsroom page: scripts from itself and the atlas's site only, no
 * inline script or style, frames from the atlas only. `/strict.html` is host.html served with it.
 */
function strictPolicy(site: string): string {
	return [
		"default-src 'self'",
		`script-src 'self' ${site}`,
		"style-src 'self'",
		`frame-src ${site}`,
		"object-src 'none'"
	].join('; ');
}

/**
 * End-to-end tests with a host page on a second origin (127.0.0.1, the site being localhost):
 * the test's own server is allowed by the request guard, and serves pym.v1.js from npm.
 */
export const test = base.extend<{ host: StaticServer; site: string }>({
	/** The atlas's origin. */
	site: async ({ baseURL }, use) => use(new URL(baseURL!).origin),
	host: async ({ site }, use) => {
		const server = await startStaticServer({
			root: HOST_PAGES,
			routes: {
				'/pym.v1.js': { body: PYM, type: 'text/javascript; charset=utf-8' },
				'/strict.html': { body: HOST_HTML, type: 'text/html; charset=utf-8' }
			},
			headers: (path): Record<string, string> =>
				path === '/strict.html' ? { 'content-security-policy': strictPolicy(site) } : {}
		});
		await use(server);
		await server.close();
	},
	otherOrigins: async ({ host }, use) => use([host.origin])
});

export { expect };

export interface HostOptions {
	mode?: 'plain' | 'embedjs' | 'pym';
	/** Slots: a width, or `<width>x<height>` for a fixed-height frame (see host.css). */
	frames?: string[];
	/** The embed's query string. */
	embed?: string;
	sandbox?: string;
	late?: boolean;
	/** Serve the host page with a strict Content-Security-Policy. */
	strict?: boolean;
}

/** Opens the test host page with its frames of the atlas from `site`. */
export async function openHost(
	page: Page,
	host: StaticServer,
	site: string,
	options: HostOptions = {}
): Promise<void> {
	const params = new URLSearchParams({
		site,
		mode: options.mode ?? 'plain',
		frames: (options.frames ?? ['640x480']).join(','),
		embed: options.embed ?? ''
	});
	if (options.sandbox !== undefined) params.set('sandbox', options.sandbox);
	if (options.late) params.set('late', '1');
	await page.goto(`${host.origin}/${options.strict ? 'strict' : 'host'}.html?${params}`);
}

/** The frame of slot `index` once its document has loaded. */
export async function atlasFrame(page: Page, index: number): Promise<Frame> {
	const handle = await page.locator(`#slot-${index} iframe`).elementHandle();
	const frame = await handle!.contentFrame();
	await expect(frame!.locator('html[data-hydrated="true"]')).toHaveCount(1, { timeout: 30_000 });
	return frame!;
}

/** Posts a message from the host page to the frame of slot `index`. */
export async function postToFrame(page: Page, index: number, message: unknown): Promise<void> {
	await page.evaluate(
		([i, data]) => {
			const frames = (window as unknown as { __frames: HTMLIFrameElement[] }).__frames;
			frames[i as number]!.contentWindow!.postMessage(data, '*');
		},
		[index, message] as const
	);
}

export interface Received {
	index: number;
	origin: string;
	data: unknown;
}

/** The atlas messages (`atlas:<type>` objects) the host page received from slot `index`. */
export async function received(page: Page, index: number, type: string): Promise<Received[]> {
	return page.evaluate(
		([i, t]) =>
			(window as unknown as { __messages: Received[] }).__messages.filter(
				(m) =>
					m.index === i &&
					m.data !== null &&
					typeof m.data === 'object' &&
					(m.data as { type?: unknown }).type === t
			),
		[index, type] as const
	);
}

/** Waits for the embed in slot `index` to say it is ready. */
export async function waitForReady(page: Page, index: number): Promise<void> {
	await expect
		.poll(async () => (await received(page, index, 'atlas:ready')).length, { timeout: 30_000 })
		.toBe(1);
}
