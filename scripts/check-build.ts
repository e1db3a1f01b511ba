import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { verifyHeadersFile } from './deploy/verify';
import { listFiles } from './list-files';

/**
 * `npm run check:build [folder]`: checks a production build (default `build/`) for what only a
 * built site can show. Test builds (`npm run build:test`) expose the map to the end-to-end tests;
 * a production build must not. Every page must carry its Content-Security-Policy, and no page
 * may hold an inline `style` attribute, which that policy refuses. The deployment files the
 * build writes (`_headers`, `nginx-headers.conf`) must be there, and `_headers` must give every
 * page its own policy as a header (see scripts/deploy/verify.ts).
 */
const root = process.argv[2] ?? 'build';

const problems: string[] = [];
const files = listFiles(root);
for (const path of files) {
	const where = relative(root, path);
	if (/\.m?js$/.test(path) && readFileSync(path, 'utf8').includes('__atlasMap')) {
		problems.push(`${where}: exposes the map to tests (__atlasMap): was this a test build?`);
	}
	if (path.endsWith('.html')) {
		const html = readFileSync(path, 'utf8');
		if (!/<meta http-equiv="content-security-policy" content="[^"]+"/.test(html)) {
			problems.push(`${where}: no Content-Security-Policy meta tag`);
		}
		const styled = html.match(/\sstyle="[^"]*"/g) ?? [];
		if (styled.length > 0) problems.push(`${where}: inline style attribute ${styled[0]!.trim()}`);
	}
}
const pages = files.filter((f) => f.endsWith('.html')).length;
for (const name of ['_headers', 'nginx-headers.conf']) {
	if (!existsSync(join(root, name))) problems.push(`${name}: missing (npm run build writes it)`);
}
if (existsSync(join(root, '_headers'))) {
	const paths = files.map((path) => relative(root, path).split(sep).join('/'));
	const built = paths
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({ file, html: readFileSync(join(root, file), 'utf8') }));
	const text = readFileSync(join(root, '_headers'), 'utf8');
	problems.push(...verifyHeadersFile(text, paths, built).map((problem) => `_headers: ${problem}`));
}
if (pages === 0) problems.push(`${root}: no HTML pages: build the site first (npm run build)`);
if (problems.length > 0) {
	for (const problem of problems) console.error(`check:build: ${problem}`);
	process.exit(1);
}
console.log(`check:build: ${pages} pages and ${files.length} files in ${root}/ are fit to deploy`);
