import { createHash } from 'node:crypto';

/** CSP directives as `svelte.config.js` writes them: keywords without their quotes. */
export type Directives = Readonly<Record<string, readonly string[]>>;

/** Values a policy quotes (the same list SvelteKit quotes in its meta tag). */
const QUOTED = new Set([
	'self',
	'unsafe-eval',
	'unsafe-hashes',
	'unsafe-inline',
	'none',
	'strict-dynamic',
	'report-sample',
	'wasm-unsafe-eval',
	'script'
]);
const CRYPTO_SOURCE = /^(nonce|sha\d\d\d)-/;

function quote(value: string): string {
	return QUOTED.has(value) || CRYPTO_SOURCE.test(value) ? `'${value}'` : value;
}

/** Writes a policy in the form a header or a meta tag carries. */
export function serializePolicy(directives: Directives): string {
	return Object.entries(directives)
		.map(([name, values]) => [name, ...values.map(quote)].join(' '))
		.join('; ');
}

/** Reads a policy into its directives, values as written (quotes kept). */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), values);
	}
	return directives;
}

/**
 * Hashes of the inline scripts a browser would run on a page (SvelteKit's boot script), as CSP
 * sources. Scripts with a `src`, or of a type that is data (JSON), run nothing inline.
 */
export function hashInlineScripts(html: string): string[] {
	const hashes: string[] = [];
	for (const [, attributes = '', body = ''] of html.matchAll(
		/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi
	)) {
		if (/\ssrc\s*=/i.test(attributes)) continue;
		const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
		if (type && type !== 'module' && !type.includes('javascript')) continue;
		hashes.push(`sha256-${createHash('sha256').update(body).digest('base64')}`);
	}
	return hashes;
}

/** The policy SvelteKit wrote into a page's meta tag, or null when there is none. */
export function readMetaPolicy(html: string): string | null {
	return /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? null;
}

/**
 * A page's policy as a response header: the site's directives, the hashes of the scripts this
 * page holds inline, and who may frame it (`frame-ancestors`, which only a header can say).
 */
export function buildPagePolicy(
	directives: Directives,
	html: string,
	frameAncestors: readonly string[]
): string {
	const scriptSrc = [...(directives['script-src'] ?? ['self']), ...hashInlineScripts(html)];
	return serializePolicy({
		...directives,
		'script-src': scriptSrc,
		'frame-ancestors': frameAncestors
	});
}
