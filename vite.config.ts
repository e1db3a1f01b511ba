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
		environment: 'node'
	}
});
