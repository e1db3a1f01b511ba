import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { listFiles } from '../list-files';
import { formatHeadersFile } from './headers-file';
import { DEPLOY_FILES, formatNginxConf } from './nginx';
import type { Directives } from './policy';
import { buildHeaderRules } from './rules';

/**
 * Run by `npm run build` after SvelteKit: writes `_headers` (Netlify, Cloudflare Pages) and
 * `nginx-headers.conf` into the build folder, from the pages as they were prerendered and the
 * directives in svelte.config.js, so the policy sent as a header is the one each page needs
 * (its own inline script's hash) plus who may frame it. See docs/DEPLOY.md.
 */
// Imported by URL: svelte.config.js is plain JavaScript that the type checker need not follow.
const config = new URL('../../svelte.config.js', import.meta.url).href;
const { CSP_DIRECTIVES } = (await import(config)) as { CSP_DIRECTIVES: Directives };
const root = process.argv[2] ?? process.env.ATLAS_BUILD_DIR ?? 'build';

const files = listFiles(root)
	.map((path) => relative(root, path).split(sep).join('/'))
	.filter((file) => !(DEPLOY_FILES as readonly string[]).includes(file))
	.sort();
const pages = files
	.filter((file) => file.endsWith('.html'))
	.map((file) => ({ file, html: readFileSync(join(root, file), 'utf8') }));

try {
	const rules = buildHeaderRules(CSP_DIRECTIVES, files, pages);
	const comment = [
		'Written by `npm run build` (scripts/deploy/cli.ts) from the prerendered pages: do not edit,',
		'build again. Each page’s Content-Security-Policy holds the hash of its own inline script.',
		'See docs/DEPLOY.md.'
	];
	writeFileSync(join(root, '_headers'), formatHeadersFile(rules, comment));
	writeFileSync(
		join(root, 'nginx-headers.conf'),
		formatNginxConf(rules, [
			...comment,
			'Include it in the server block whose root is this folder: include <folder>/nginx-headers.conf;'
		])
	);
	console.log(
		`deploy: _headers and nginx-headers.conf written to ${root}/ (${rules.length} rules)`
	);
} catch (error) {
	console.error(`deploy: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
