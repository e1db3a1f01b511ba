/** What the baseline page is built with, per dataset (see ../build.ts). */
export interface BaselineConfig {
	/** `[west, south, east, north]` around every event point and route, as the atlas fits. */
	bbox: [number, number, number, number];
	/** First start and last end of the events, epoch ms. */
	extent: { from: number; to: number };
}

/** Environment variables through which ../build.ts hands a dataset to vite.config.ts. */
export const BASELINE_ENV = {
	config: 'BENCH_BASELINE_CONFIG',
	publicDir: 'BENCH_BASELINE_PUBLIC',
	outDir: 'BENCH_BASELINE_OUT'
} as const;
