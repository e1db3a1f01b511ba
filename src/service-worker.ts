/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * Keeps the atlas usable in a room with poor or no Wi-Fi: after one visit online, every page,
 * chunk, font, data file, the basemap and the poster are in a cache for this release, and the
 * atlas opens from there when the network fails. Registered by `src/lib/offline/register.ts`.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;

/** One cache per release: a new build never mixes its files with the previous one's. */
const CACHE = `atlas-${version}`;

/** A period page (`/events/2015-11/`, `/events/2014/`) or its `__data.json`. */
const PERIOD_PAGE = /\/events\/\d{4}(?:-\d{2})?\/(?:__data\.json)?$/;

/**
 * Everything the build knows it serves: the app with MapLibre's lazy chunks and the fonts
 * (`build`), the static folder with the basemap (`files`), and the prerendered pages, their
 * `__data.json`, the data files and the poster (`prerendered`). The period pages are left to
 * the build's list (`PERIOD_PAGES_LIST`): a large atlas's run to hundreds of megabytes.
 */
const PRECACHE = [
	...new Set([
		...build,
		...files,
		...prerendered.filter((path) => !PERIOD_PAGE.test(path)),
		...frameworkFiles()
	])
];

/**
 * The period pages to store ahead of time, as the build lists them: all of a small atlas's, none
 * of a large one's (see `src/lib/server/offline-pages.ts`). Those not stored are stored when
 * first opened online, like any page.
 */
const PERIOD_PAGES_LIST = `${base}/offline-pages.json`;

async function periodPagesToStore(): Promise<string[]> {
	const response = await fetch(PERIOD_PAGES_LIST);
	if (!response.ok) throw new Error(`${PERIOD_PAGES_LIST}: ${response.status}`);
	return (await response.json()) as string[];
}

/**
 * SvelteKit's files that its lists leave out: the public environment module every page
 * imports at boot (`$env/dynamic/public`), and the version file its router reads when a
 * navigation fails. Both sit in the app folder, next to `immutable/`.
 */
function frameworkFiles(): string[] {
	const appDir = build[0]?.replace(/\/immutable\/.*$/, '');
	return appDir ? [`${appDir}/env.js`, `${appDir}/version.json`] : [];
}

/**
 * Files named by their content, whose bytes never change under one name: served from the cache
 * without asking the network. Everything else (pages above all) asks the network first, so a
 * corrected event reaches readers as soon as they are online.
 */
const IMMUTABLE = new Set(build);
function isNamedByContent(pathname: string): boolean {
	return IMMUTABLE.has(pathname) || /\/data\/[^/]+\.[0-9a-f]{8,}\.[a-z0-9]+$/i.test(pathname);
}

worker.addEventListener('install', (event) => {
	// addAll is all or nothing: a visit cut short leaves no half-filled release to open offline
	// (the previous release's cache, if any, stays in use), and the next visit tries again.
	event.waitUntil(
		Promise.all([caches.open(CACHE), periodPagesToStore()])
			.then(([cache, pages]) => cache.addAll([...new Set([...PRECACHE, ...pages])]))
			.then(() => worker.skipWaiting())
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
	);
});

/**
 * A cached response that followed a redirect (`/embed` → `/embed.html` on some hosts) may not
 * answer a navigation, which the browser turns into a network error: answer with its bytes.
 */
function unredirected(response: Response): Response {
	if (!response.redirected) return response;
	const { status, statusText, headers } = response;
	return new Response(response.body, { status, statusText, headers });
}

/**
 * The cached copy of a URL. The site is static, so a query string never changes what a URL
 * serves: a link with `?event=…&t=…` opens the cached page, and SvelteKit's
 * `__data.json?x-sveltekit-invalidated=…` the cached data. A page is found with or without
 * its trailing slash (`/events/2015-11` and `/events/2015-11/`).
 */
async function cached(cache: Cache, url: URL): Promise<Response | undefined> {
	const hit = await cache.match(url, { ignoreSearch: true });
	if (hit) return unredirected(hit);
	const { pathname } = url;
	if (pathname === '/' || pathname.includes('.')) return undefined;
	const other = pathname.endsWith('/') ? pathname.slice(0, -1) : `${pathname}/`;
	const alias = await cache.match(new URL(other, url), { ignoreSearch: true });
	return alias && unredirected(alias);
}

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	if (isNamedByContent(url.pathname)) {
		const hit = await cached(cache, url);
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		// Keeps the stored copy current, under its address without the query, which serves every
		// query (above): one copy per page, however many links to it a class opens.
		if (response.ok && response.type === 'basic') {
			await cache.put(new URL(url.pathname, url), response.clone());
		}
		return response;
	} catch (offline) {
		const hit = await cached(cache, url);
		if (hit) return hit;
		throw offline;
	}
}

/**
 * A range of a stored file, as a server answers it (206 with its Content-Range), or undefined
 * when the file is not stored or the range is not a single `bytes=start-[end]`. The street
 * archive (scripts/streets) is read this way, so the streets work offline too. A Blob slice
 * does not copy the file.
 */
async function rangeFromCache(request: Request): Promise<Response | undefined> {
	const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.get('range') ?? '');
	if (!range) return undefined;
	const hit = await (await caches.open(CACHE)).match(request.url, { ignoreSearch: true });
	if (!hit) return undefined;
	const blob = await hit.blob();
	const start = Number(range[1]);
	const end = Math.min(range[2] ? Number(range[2]) : Infinity, blob.size - 1);
	if (start > end) {
		return new Response(null, {
			status: 416,
			headers: { 'Content-Range': `bytes */${blob.size}` }
		});
	}
	return new Response(blob.slice(start, end + 1), {
		status: 206,
		headers: {
			'Content-Type': hit.headers.get('Content-Type') ?? 'application/octet-stream',
			'Content-Range': `bytes ${start}-${end}/${blob.size}`,
			'Content-Length': String(end - start + 1)
		}
	});
}

async function respondToRange(request: Request): Promise<Response> {
	return (await rangeFromCache(request)) ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	// Other origins (a deployer's tile server) go to the network as if there were no worker.
	if (request.method !== 'GET') return;
	if (new URL(request.url).origin !== worker.location.origin) return;
	event.respondWith(request.headers.has('range') ? respondToRange(request) : respond(request));
});
