// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** True only in test builds (ATLAS_TEST_HOOKS=1): see vite.config.ts. */
	const __ATLAS_TEST_HOOKS__: boolean;
}

export {};
