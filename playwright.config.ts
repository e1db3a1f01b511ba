import { defineConfig, devices } from '@playwright/test';
import { resolveChromium } from './tests/e2e/chromium';

// E2E_PORT lets two checkouts run their suites side by side; CI uses the default.
const PORT = Number(process.env.E2E_PORT) || 4173;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		trace: 'off',
		screenshot: 'only-on-failure',
		// The offline worker would fetch the whole site again in every test's fresh browser, on a
		// machine the suite already keeps busy; tests/e2e/offline.spec.ts lets it run.
		serviceWorkers: 'block'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: resolveChromium(),
					args: [
						'--use-angle=swiftshader',
						'--enable-unsafe-swiftshader',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run'
					]
				}
			}
		}
	],
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort`,
		port: PORT,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
