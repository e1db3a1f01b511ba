import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Where adapter-static writes the site; the benchmark builds each dataset into its own folder. */
const buildDir = process.env.ATLAS_BUILD_DIR || 'build';

/**
 * Origins of a detailed basemap a deployer configures (PUBLIC_MAP_STYLE_URL, PUBLIC_PMTILES_URL,
 * see src/lib/map/config.ts): the policy must let the map fetch from them. Relative URLs are
 * same-origin and need nothing.
 */
function basemapOrigins() {
	return [process.env.PUBLIC_MAP_STYLE_URL, process.env.PUBLIC_PMTILES_URL].flatMap((url) => {
		try {
			return url ? [new URL(url).origin] : [];
		} catch {
			return [];
		}
	});
}

/**
 * The one inline style attribute the policy allows: SvelteKit's own route announcer, a hidden
 * live region with a fixed `style` (sveltejs/kit#11993, not yet fixed upstream). Its hash is
 * read from the installed SvelteKit, so an upgrade that changes the style changes the hash, and
 * one that removes it fails the build here instead of silently allowing something else.
 */
function announcerStyleHash() {
	const kitDir = createRequire(import.meta.url).resolve('@sveltejs/kit/package.json');
	const source = readFileSync(
		kitDir.replace(/package\.json$/, 'src/core/sync/write_root.js'),
		'utf8'
	);
	const style = /id="svelte-announcer"[^>]*style="([^"]*)"/.exec(source)?.[1];
	if (!style) throw new Error('svelte.config.js: SvelteKit’s announcer style was not found');
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/**
 * The Content-Security-Policy every page carries in a <meta> tag, with the hash of SvelteKit's
 * one inline script added at build time. Nothing else inline runs, and only SvelteKit's announcer
 * has an inline style: no 'unsafe-inline'.
 * Styles set from JavaScript (CSSOM) are not inline styles and need nothing. MapLibre needs
 * blob: and data: images; its worker and the dataset worker are files of this site. A policy
 * in <meta> cannot carry `frame-ancestors`: see docs/DEPLOY.md for the header version.
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self', 'unsafe-hashes', announcerStyleHash()],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self', ...basemapOrigins()],
	'worker-src': ['self', 'blob:', 'data:'],
	'child-src': ['self', 'blob:'],
	'frame-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self']
};

/**
 * A route with no entries is "unseen", which fails the build: only the story handouts
 * (`/print/[story]/…`) may have none, in an atlas without stories (the benchmark's, say).
 * @type {import('@sveltejs/kit').PrerenderUnseenRoutesHandler}
 */
function handleUnseenRoutes({ routes, message }) {
	if (routes.some((route) => !route.startsWith('/print/[story]'))) throw new Error(message);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', handleUnseenRoutes },
		csp: { mode: 'hash', directives: CSP_DIRECTIVES },
		// Registered by src/lib/offline/register.ts, which leaves embeds out and never throws.
		serviceWorker: { register: false }
	}
};

export default config;
