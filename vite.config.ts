import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	define: {
		// Test builds (ATLAS_TEST_HOOKS=1) expose the map object to end-to-end tests; production
		// builds compile the hook away entirely.
		__ATLAS_TEST_HOOKS__: JSON.stringify(process.env.ATLAS_TEST_HOOKS === '1')
	},
	server: { fs: { allow: ['geodata'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
		environment: 'node',
		// A guard against hangs, not a performance check (benchmarks measure speed): validating
		// 10,000 events or testing every point against the countries takes seconds, and more on
		// a busy two-core machine than Vitest's default 5 s allows.
		testTimeout: 60_000
	}
});
