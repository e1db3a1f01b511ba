import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { BASELINE_ENV } from './config';

/**
 * Builds the baseline page for one dataset. ../build.ts sets the three variables: the page's
 * config (bbox and extent, JSON), the folder whose files are copied as is (data/points.geojson
 * and basemap/western-europe.geojson) and the output folder.
 */
function required(name: string): string {
	const value = process.env[name];
	if (!value) throw new Error(`baseline build: ${name} is not set (run it through npm run bench)`);
	return value;
}

export default defineConfig({
	root: dirname(fileURLToPath(import.meta.url)),
	base: '/',
	publicDir: required(BASELINE_ENV.publicDir),
	logLevel: 'warn',
	define: { __BASELINE__: required(BASELINE_ENV.config) },
	build: { outDir: required(BASELINE_ENV.outDir), emptyOutDir: true }
});
