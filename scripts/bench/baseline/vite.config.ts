import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { BASELINE_ENV } from './config';

/**
 * Builds the baseline page for one dataset. ../build.ts sets the three variables: the page's
 * config (bbox and extent, JSON), the folder whose files are copied as is (data/points.geojson
 * and basemap/western-europe.geojson) and the output folder. Loading this file without them
 * works (svelte-check loads every Vite config it finds); building without them fails.
 */
const env = {
	config: process.env[BASELINE_ENV.config],
	publicDir: process.env[BASELINE_ENV.publicDir],
	outDir: process.env[BASELINE_ENV.outDir]
};

export default defineConfig({
	root: dirname(fileURLToPath(import.meta.url)),
	base: '/',
	publicDir: env.publicDir ?? false,
	logLevel: 'warn',
	define: { __BASELINE__: env.config ?? 'null' },
	build: { outDir: env.outDir ?? 'dist', emptyOutDir: true },
	plugins: [
		{
			name: 'bench-baseline-env',
			buildStart() {
				const missing = Object.entries(env).filter(([, value]) => !value);
				if (missing.length > 0) {
					const names = missing.map(([key]) => BASELINE_ENV[key as keyof typeof env]);
					throw new Error(`${names.join(', ')} not set: build the baseline through npm run bench`);
				}
			}
		}
	]
});
