import { REVALIDATE, type HeaderRule } from './rules';

/** Files the build writes for deployers, which a web server must not hand out. */
export const DEPLOY_FILES = ['_headers', 'nginx-headers.conf'] as const;

/**
 * How nginx finds the file for a URL in an adapter-static build (`/embed` is `embed.html`).
 * nginx's own mime.types (1.22 at least) knows no `.mjs`, and browsers refuse to start
 * MapLibre's worker module unless it comes as JavaScript: the nested location, which keeps
 * the outer headers, says what it is (exact locations, pages, may not nest one).
 */
const TRY_FILES = 'try_files $uri $uri.html $uri/ =404;';
const MJS_TYPE = ['location ~ \\.mjs$ {', '\ttypes { text/javascript mjs; }', '}'];

function quoteValue(value: string): string {
	return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function location(match: string, common: HeaderRule['headers'], own: HeaderRule['headers']) {
	// nginx drops a server's add_header lines in any location that has its own, so each
	// location repeats the headers every response gets.
	const lines = [
		...common.map(([name, value]) => `add_header ${name} ${quoteValue(value)} always;`),
		// Cache-Control only on successes: a missing chunk must not be cached for a year.
		...own.map(
			([name, value]) =>
				`add_header ${name} ${quoteValue(value)}${name === 'Cache-Control' ? '' : ' always'};`
		),
		TRY_FILES,
		...(match.startsWith('=') ? [] : MJS_TYPE)
	];
	return [`location ${match} {`, ...lines.map((line) => `\t${line}`), '}'].join('\n');
}

/**
 * The same rules as `_headers`, as nginx `location` blocks to include in the `server` block
 * that serves the build folder. `/*` becomes the headers of every location; `/folder/*` a
 * prefix location; any other pattern an exact one.
 */
export function formatNginxConf(rules: readonly HeaderRule[], comment: readonly string[]): string {
	const common = rules.find((rule) => rule.path === '/*')?.headers ?? [];
	const blocks = [
		...DEPLOY_FILES.map((file) => `location = /${file} {\n\treturn 404;\n}`),
		location('/', common, [['Cache-Control', REVALIDATE]])
	];
	for (const rule of rules) {
		if (rule.path === '/*') continue;
		const prefix = /^(\/[^*:]*\/)\*$/.exec(rule.path)?.[1];
		if (prefix) blocks.push(location(`^~ ${prefix}`, common, rule.headers));
		else if (/[*:]/.test(rule.path)) throw new Error(`nginx: no location for ${rule.path}`);
		else blocks.push(location(`= ${rule.path}`, common, rule.headers));
	}
	const head = comment.map((line) => `# ${line}`.trimEnd());
	return `${[head.join('\n'), ...blocks].join('\n\n')}\n`;
}
