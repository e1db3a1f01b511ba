import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	findConflicts,
	formatHeadersFile,
	headersForPath,
	parseHeadersFile
} from '../../scripts/deploy/headers-file';
import { formatNginxConf } from '../../scripts/deploy/nginx';
import { buildPagePolicy, hashInlineScripts, serializePolicy } from '../../scripts/deploy/policy';
import { buildHeaderRules, pageUrls, type BuiltPage } from '../../scripts/deploy/rules';
import { verifyHeadersFile } from '../../scripts/deploy/verify';

const DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'img-src': ['self', 'data:'],
	'object-src': ['none']
};

function sha(text: string): string {
	return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}

/** A page as SvelteKit prerenders it: its policy in a meta tag, with its boot script's hash. */
function page(file: string, boot: string | null): BuiltPage {
	const scriptSrc = ['self', ...(boot ? [sha(boot)] : [])];
	const meta = serializePolicy({ ...DIRECTIVES, 'script-src': scriptSrc });
	const script = boot ? `<script>${boot}</script>` : '';
	return {
		file,
		html: `<html><head><meta http-equiv="content-security-policy" content="${meta}"></head><body>${script}<script type="application/json">{"a":1}</script><script src="/x.js"></script></body></html>`
	};
}

const PAGES = [
	page('index.html', 'start("home")'),
	page('embed.html', 'start("embed")'),
	page('events/2014/index.html', null),
	page('events/2015-11/index.html', null)
];
const FILES = [
	...PAGES.map((p) => p.file),
	'_app/immutable/chunks/a.js',
	'data/atlas.28b5956192b6db6e.json',
	'basemap/western-europe.geojson',
	'events/2014/__data.json',
	'service-worker.js'
];
const RULES = buildHeaderRules(DIRECTIVES, FILES, PAGES);
const HEADERS_FILE = formatHeadersFile(RULES, ['test']);

function policyAt(path: string): string {
	return headersForPath(parseHeadersFile(HEADERS_FILE), path)['content-security-policy'] ?? '';
}

describe('the policy a page gets as a header', () => {
	it('allows the page’s own inline script by its hash, and no data or external script', () => {
		expect(hashInlineScripts(PAGES[0]!.html)).toEqual([sha('start("home")')]);
		const policy = buildPagePolicy(DIRECTIVES, PAGES[0]!.html, ['self']);
		expect(policy).toContain(`script-src 'self' '${sha('start("home")')}';`);
		expect(policy).toMatch(/frame-ancestors 'self'$/);
	});

	it('is served at every URL of a page: canonical and the file’s own', () => {
		expect(pageUrls('index.html')).toEqual(['/', '/index.html']);
		expect(pageUrls('embed.html')).toEqual(['/embed', '/embed.html']);
		expect(pageUrls('events/2014/index.html')).toEqual([
			'/events/2014/',
			'/events/2014/index.html'
		]);
		for (const url of ['/', '/index.html', '/embed', '/embed.html', '/events/2014/']) {
			expect(policyAt(url), url).toContain('default-src');
		}
	});

	it('lets any site frame the embed, and only the site itself frame the other pages', () => {
		expect(policyAt('/embed')).toMatch(/frame-ancestors \*$/);
		expect(policyAt('/embed.html')).toMatch(/frame-ancestors \*$/);
		expect(policyAt('/')).toMatch(/frame-ancestors 'self'$/);
		expect(policyAt('/events/2015-11/')).toMatch(/frame-ancestors 'self'$/);
	});

	it('differs per page: the home page’s script hash is not the embed’s', () => {
		expect(policyAt('/')).toContain(sha('start("home")'));
		expect(policyAt('/')).not.toContain(sha('start("embed")'));
	});
});

describe('the _headers rules', () => {
	it('cache hashed files for a year and revalidate pages and everything else', () => {
		const rules = parseHeadersFile(HEADERS_FILE);
		const cache = (path: string) => headersForPath(rules, path)['cache-control'];
		expect(cache('/_app/immutable/chunks/a.js')).toBe('public, max-age=31536000, immutable');
		expect(cache('/data/atlas.28b5956192b6db6e.json')).toBe('public, max-age=31536000, immutable');
		expect(cache('/')).toBe('public, max-age=0, must-revalidate');
		// Left to the host, whose default for files no rule names is to revalidate.
		expect(cache('/basemap/western-europe.geojson')).toBeUndefined();
	});

	it('revalidate the offline worker, so a deploy reaches classrooms that keep the atlas offline', () => {
		const rules = parseHeadersFile(HEADERS_FILE);
		expect(headersForPath(rules, '/service-worker.js')['cache-control']).toBe(
			'public, max-age=0, must-revalidate'
		);
		const withoutWorker = buildHeaderRules(DIRECTIVES, FILES.slice(0, -1), PAGES);
		expect(withoutWorker.map((r) => r.path)).not.toContain('/service-worker.js');
	});

	it('send nosniff everywhere and no header that forbids framing', () => {
		const headers = headersForPath(parseHeadersFile(HEADERS_FILE), '/embed');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['x-frame-options']).toBeUndefined();
	});

	it('never set one header from two rules for one URL', () => {
		const urls = [...FILES.map((f) => `/${f}`), '/', '/embed', '/events/2014/'];
		expect(findConflicts(parseHeadersFile(HEADERS_FILE), urls)).toEqual([]);
	});

	it('share one rule among a folder’s pages that need the same headers', () => {
		expect(RULES.map((r) => r.path)).toContain('/events/*');
		expect(RULES.map((r) => r.path)).not.toContain('/events/2014/');
	});

	it('refuse a data file not named by its content, which a year of caching would keep stale', () => {
		expect(() => buildHeaderRules(DIRECTIVES, ['data/poster.png'], [])).toThrow(
			/data\/poster\.png/
		);
	});

	it('read back as written', () => {
		expect(parseHeadersFile(HEADERS_FILE)).toEqual(RULES);
	});

	it('are refused when a header comes before any URL pattern', () => {
		expect(() => parseHeadersFile('  X-A: b\n/x\n')).toThrow(/line 1/);
	});
});

describe('the build check of _headers', () => {
	it('passes the generated file', () => {
		expect(verifyHeadersFile(HEADERS_FILE, FILES, PAGES)).toEqual([]);
	});

	it('finds a page whose header policy lacks its script hash (a stale file after a rebuild)', () => {
		const stale = HEADERS_FILE.replaceAll(sha('start("home")'), sha('start("old")'));
		expect(verifyHeadersFile(stale, FILES, PAGES)).toContain(
			"/: the header's policy differs from the page's meta tag"
		);
	});

	it('finds a page with no policy header, and one header set by two rules', () => {
		const broken = `${HEADERS_FILE.replace(/^\/embed\.html$/m, '/embed-old.html')}\n/*\n  Cache-Control: no-store\n`;
		const problems = verifyHeadersFile(broken, FILES, PAGES);
		expect(problems).toContain('/embed.html: no Content-Security-Policy header');
		expect(problems.some((p) => p.startsWith('/: Cache-Control from both'))).toBe(true);
	});

	it('finds an embed that other sites may not frame', () => {
		const locked = HEADERS_FILE.replace(/frame-ancestors \*$/m, "frame-ancestors 'self'");
		expect(verifyHeadersFile(locked, FILES, PAGES)).toContain(
			"/embed: frame-ancestors is 'self', not *"
		);
	});
});

describe('the nginx include', () => {
	const conf = formatNginxConf(RULES, ['test']);

	it('gives each page an exact location with its policy, and folders a prefix location', () => {
		const embed = /location = \/embed \{[^}]*\}/.exec(conf)?.[0] ?? '';
		expect(embed).toContain('frame-ancestors *" always;');
		expect(embed).toContain('add_header X-Content-Type-Options "nosniff" always;');
		expect(conf).toMatch(/location \^~ \/_app\/immutable\/ \{\n[^}]*immutable";/);
		expect(conf).toContain('location ^~ /events/ {');
	});

	it('hides the deployment files and serves .mjs as JavaScript', () => {
		expect(conf).toContain('location = /_headers {\n\treturn 404;\n}');
		expect(conf).toContain('types { text/javascript mjs; }');
	});
});

describe('what an embed in an opaque-origin sandbox needs', () => {
	it('lets any origin load every file of the site, pages, modules, data and basemap alike', () => {
		const rules = parseHeadersFile(HEADERS_FILE);
		for (const path of [
			'/embed',
			'/_app/immutable/chunks/a.js',
			'/data/atlas.28b5956192b6db6e.json',
			'/basemap/western-europe.geojson'
		]) {
			expect(headersForPath(rules, path)['access-control-allow-origin'], path).toBe('*');
		}
	});
});
