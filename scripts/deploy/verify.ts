import { findConflicts, headersForPath, parseHeadersFile } from './headers-file';
import { parsePolicy, readMetaPolicy } from './policy';
import { isFrameable, pageUrls, type BuiltPage } from './rules';

/** Cloudflare Pages' limits for a `_headers` file; Netlify's are looser. */
const MAX_RULES = 100;
const MAX_HEADER_LENGTH = 2000;

function samePolicy(meta: Map<string, string[]>, header: Map<string, string[]>): boolean {
	const names = new Set([...meta.keys(), ...header.keys()]);
	names.delete('frame-ancestors');
	return [...names].every(
		(name) =>
			[...(meta.get(name) ?? [])].sort().join(' ') ===
			[...(header.get(name) ?? [])].sort().join(' ')
	);
}

/**
 * What is wrong with a build's `_headers` for the files it sits next to: every page must get,
 * at every URL it answers at, the policy its meta tag carries plus `frame-ancestors` (`*` for
 * the embed, `'self'` elsewhere); no header may come from two rules; the file must fit the
 * hosts' limits. Returns one sentence per problem.
 */
export function verifyHeadersFile(
	text: string,
	files: readonly string[],
	pages: readonly BuiltPage[]
): string[] {
	let rules;
	try {
		rules = parseHeadersFile(text);
	} catch (error) {
		return [error instanceof Error ? error.message : String(error)];
	}
	const problems: string[] = [];
	if (rules.length > MAX_RULES)
		problems.push(`_headers: ${rules.length} rules, hosts allow ${MAX_RULES}`);
	for (const rule of rules) {
		for (const [name, value] of rule.headers) {
			if (`${name}: ${value}`.length > MAX_HEADER_LENGTH) {
				problems.push(`_headers: ${rule.path} ${name} is over ${MAX_HEADER_LENGTH} characters`);
			}
		}
	}
	for (const page of pages) {
		const meta = readMetaPolicy(page.html);
		for (const url of pageUrls(page.file)) {
			const policy = headersForPath(rules, url)['content-security-policy'];
			if (!policy || !meta) {
				problems.push(`${url}: no Content-Security-Policy ${policy ? 'meta tag' : 'header'}`);
				continue;
			}
			const header = parsePolicy(policy);
			if (!samePolicy(parsePolicy(meta), header)) {
				problems.push(`${url}: the header's policy differs from the page's meta tag`);
			}
			const expected = isFrameable(pageUrls(page.file)[0]) ? '*' : "'self'";
			const ancestors = header.get('frame-ancestors')?.join(' ');
			if (ancestors !== expected) {
				problems.push(`${url}: frame-ancestors is ${ancestors ?? 'missing'}, not ${expected}`);
			}
		}
	}
	const urls = [...files.map((file) => `/${file}`), ...pages.map((page) => pageUrls(page.file)[0])];
	problems.push(...findConflicts(rules, urls));
	return problems;
}
