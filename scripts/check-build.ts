import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { listFiles } from './list-files';

/**
 * `npm run check:build [folder]`: checks a production build (default `build/`) for what only a
 * built site can show. Test builds (`npm run build:test`) expose the map to the end-to-end tests;
 * a production build must not. Every page must carry its Content-Security-Policy, and no page
 * may hold an inline `style` attribute, which that policy refuses.
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
if (pages === 0) problems.push(`${root}: no HTML pages: build the site first (npm run build)`);
if (problems.length > 0) {
	for (const problem of problems) console.error(`check:build: ${problem}`);
	process.exit(1);
}
console.log(`check:build: ${pages} pages and ${files.length} files in ${root}/ are fit to deploy`);
