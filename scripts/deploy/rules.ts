import { buildPagePolicy, type Directives } from './policy';

/** One block of a `_headers` file: a URL pattern (`*` matches anything) and its headers. */
export interface HeaderRule {
	path: string;
	headers: Array<[name: string, value: string]>;
}

/** A prerendered page of the build: its file relative to the build folder, and its HTML. */
export interface BuiltPage {
	file: string;
	html: string;
}

/** For files named by their content: a new release brings new names, never new bytes. */
export const LONG_CACHE = 'public, max-age=31536000, immutable';
/**
 * For pages and every file not named by its content: readers always get the current release
 * (a corrected event must not wait in caches), at the cost of a conditional request. The same
 * as Netlify's and Cloudflare Pages' default for files no rule names.
 */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Sent with every response. None of them stops a page from being framed: who may frame a page
 * is said by its policy's `frame-ancestors` alone (no X-Frame-Options, which cannot say "any").
 */
export const SECURITY_HEADERS: Array<[string, string]> = [
	['X-Content-Type-Options', 'nosniff'],
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=()']
];

/**
 * Every file of the site is public and sent without cookies, and an embed framed with
 * `sandbox="allow-scripts"` alone has an opaque origin: its modules, fonts, data and basemap
 * are then cross-origin requests, which the browser refuses without this header.
 */
export const CROSS_ORIGIN_HEADER: [string, string] = ['Access-Control-Allow-Origin', '*'];

/** The offline worker SvelteKit builds from `src/service-worker.ts`, at the site root. */
const SERVICE_WORKER = 'service-worker.js';

/** A file name carrying a content hash, as the build names data files and chunks. */
const CONTENT_HASHED = /\.[0-9a-f]{8,}\.[a-z0-9]+$/i;

/** Pages other sites may frame: the embed page and anything under it. */
export function isFrameable(urlPath: string): boolean {
	return urlPath === '/embed' || urlPath.startsWith('/embed/');
}

/**
 * The URLs a page answers at: its canonical one first (`/`, `/events/2014/`, `/embed`), then
 * its file's own path, which some hosts serve as well.
 */
export function pageUrls(file: string): [canonical: string, filePath: string] {
	const path = `/${file}`;
	if (path.endsWith('/index.html')) return [path.slice(0, -'index.html'.length), path];
	return [path.replace(/\.html$/, ''), path];
}

function pageHeaders(directives: Directives, page: BuiltPage): Array<[string, string]> {
	const ancestors = isFrameable(pageUrls(page.file)[0]) ? ['*'] : ['self'];
	return [
		['Cache-Control', REVALIDATE],
		['Content-Security-Policy', buildPagePolicy(directives, page.html, ancestors)]
	];
}

/**
 * One rule per page and URL, except that the pages of a folder which all need the same headers
 * (the month pages, say) share one `/folder/*` rule: hosts limit how many rules a file may hold
 * (Cloudflare Pages: 100).
 */
function buildPageRules(directives: Directives, pages: readonly BuiltPage[]): HeaderRule[] {
	const byFolder = new Map<string, Array<{ page: BuiltPage; headers: Array<[string, string]> }>>();
	for (const page of pages) {
		const folder = page.file.includes('/') ? page.file.split('/')[0]! : '';
		const entry = { page, headers: pageHeaders(directives, page) };
		byFolder.set(folder, [...(byFolder.get(folder) ?? []), entry]);
	}
	const rules: HeaderRule[] = [];
	for (const [folder, entries] of byFolder) {
		const shared = JSON.stringify(entries[0]!.headers);
		if (
			folder &&
			entries.length > 1 &&
			entries.every((e) => JSON.stringify(e.headers) === shared)
		) {
			rules.push({ path: `/${folder}/*`, headers: entries[0]!.headers });
			continue;
		}
		for (const { page, headers } of entries) {
			for (const path of pageUrls(page.file)) rules.push({ path, headers });
		}
	}
	return rules;
}

/**
 * Every header the deployed site needs, as rules in which no header is set twice for one URL:
 * hosts disagree on what two matching rules make of one header (Cloudflare Pages joins them
 * with commas, which for a policy means two policies both enforced), so none may.
 * Throws when a file under `data/` is not named by its content, since `/data/*` is cached
 * for a year.
 */
export function buildHeaderRules(
	directives: Directives,
	files: readonly string[],
	pages: readonly BuiltPage[]
): HeaderRule[] {
	const unhashed = files.filter((f) => f.startsWith('data/') && !CONTENT_HASHED.test(f));
	if (unhashed.length > 0) {
		throw new Error(
			`${unhashed.join(', ')}: not named by content, yet /data/* is cached for a year; name it by its content hash or move it out of data/`
		);
	}
	return [
		{ path: '/*', headers: [...SECURITY_HEADERS, CROSS_ORIGIN_HEADER] },
		{ path: '/_app/immutable/*', headers: [['Cache-Control', LONG_CACHE]] },
		{ path: '/data/*', headers: [['Cache-Control', LONG_CACHE]] },
		// The offline worker decides which release a classroom opens: said by the host, not left
		// to its default, so no CDN keeps an old worker (and its old cache) past a deploy.
		...(files.includes(SERVICE_WORKER)
			? [{ path: `/${SERVICE_WORKER}`, headers: [['Cache-Control', REVALIDATE]] } as HeaderRule]
			: []),
		...buildPageRules(directives, pages)
	];
}
