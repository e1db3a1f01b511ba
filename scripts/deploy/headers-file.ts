import type { HeaderRule } from './rules';

/**
 * The `_headers` file format Netlify and Cloudflare Pages share: a URL pattern on its own line,
 * its headers indented under it as `Name: value`, `#` comments.
 */
export function formatHeadersFile(
	rules: readonly HeaderRule[],
	comment: readonly string[]
): string {
	const head = comment.map((line) => `# ${line}`.trimEnd());
	const blocks = rules.map((rule) =>
		[rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')
	);
	return `${[head.join('\n'), ...blocks].join('\n\n')}\n`;
}

/** Reads a `_headers` file; throws on a line that is neither a pattern nor a header under one. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		const trimmed = line.trim();
		if (trimmed === '' || trimmed.startsWith('#')) return;
		if (!/^\s/.test(line)) {
			if (!trimmed.startsWith('/') && !trimmed.startsWith('https://')) {
				throw new Error(`_headers line ${index + 1}: a URL pattern must start with / or https://`);
			}
			rules.push({ path: trimmed, headers: [] });
			return;
		}
		const header = /^([A-Za-z0-9-]+):\s*(.+)$/.exec(trimmed);
		const rule = rules.at(-1);
		if (!header || !rule) {
			throw new Error(`_headers line ${index + 1}: expected "Name: value" under a URL pattern`);
		}
		rule.headers.push([header[1]!, header[2]!]);
	});
	return rules;
}

/** Whether a rule's pattern matches a URL path: `*` matches anything, `:name` one segment. */
export function matchesPath(pattern: string, path: string): boolean {
	const source = pattern
		.split(/(\*|:[A-Za-z]\w*)/)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
		)
		.join('');
	return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a host sends for a path, read as Cloudflare Pages does (every matching rule
 * applies; one header from two rules is joined with a comma), names in lower case.
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		if (!matchesPath(rule.path, path)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
		}
	}
	return headers;
}

/**
 * Headers that two matching rules both set for one of `paths`: hosts disagree on what that
 * means (joined, replaced, or refused), so a portable file has none.
 */
export function findConflicts(rules: readonly HeaderRule[], paths: readonly string[]): string[] {
	const conflicts: string[] = [];
	for (const path of paths) {
		const seen = new Map<string, string>();
		for (const rule of rules) {
			if (!matchesPath(rule.path, path)) continue;
			for (const [name] of rule.headers) {
				const key = name.toLowerCase();
				const earlier = seen.get(key);
				if (earlier !== undefined && earlier !== rule.path) {
					conflicts.push(`${path}: ${name} from both ${earlier} and ${rule.path}`);
				}
				seen.set(key, rule.path);
			}
		}
	}
	return conflicts;
}
