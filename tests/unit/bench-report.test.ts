import { describe, expect, it } from 'vitest';
import {
	checkTargets,
	renderReport,
	type BenchReport,
	type PageSummary,
	type SizeResult
} from '../../scripts/bench/report';

/** A page that took `mapIdle` to its first view and `step` per slider step, nothing else odd. */
function page(mapIdle: number, step: number, likeBaselineStep = NaN): PageSummary {
	return {
		runs: 3,
		failed: [],
		fcp: 500,
		mapIdle,
		stepMedian: step,
		stepP95: step,
		stepToMapMedian: 1,
		stepSamples: 60,
		stepTimeouts: 0,
		stepsUnchanged: 0,
		likeBaselineStepMedian: likeBaselineStep,
		likeBaselineStepP95: likeBaselineStep,
		longestTaskMedian: 0,
		longestTaskMax: 0,
		loadedMedian: NaN,
		loadTaskMedian: 0,
		loadTaskMax: 0,
		heapMB: 10,
		kbBeforeFcp: 100,
		maplibreBeforeFcp: [],
		dataBeforeFcp: [],
		workerValidate: null,
		checks: [],
		problems: []
	};
}

function size(
	events: number,
	atlas: PageSummary,
	baseline: PageSummary,
	mapIdleLikeBaseline: number
): SizeResult {
	return {
		size: events,
		eventsBytes: 1,
		nodeValidation: { runs: [1], median: 1 },
		buildMs: { atlas: 1, baseline: 1 },
		bundle: {
			initial: [],
			initialGzipBytes: 1,
			own: [],
			ownGzipBytes: 1,
			maplibre: [],
			workers: []
		},
		atlas,
		baseline,
		atlasMapIdleLikeBaseline: { runs: 3, failed: [], mapIdle: mapIdleLikeBaseline, problems: [] }
	};
}

const report = (sizes: SizeResult[]): BenchReport => ({
	date: '2026-12-04',
	machine: {
		cpu: 'test',
		cores: 2,
		ramGB: 1,
		os: 'test',
		node: 'v20',
		chromium: '150',
		load: [0, 0]
	},
	options: { sizes: sizes.map((s) => s.size), reps: 3, steps: 20, seed: 1, warmup: 1 },
	command: 'npm run bench',
	sizes,
	failures: []
});

const target = (r: BenchReport, start: string) =>
	checkTargets(r).find((t) => t.name.startsWith(start))!;

describe('a target the bench finds not met says why, from the same run’s diagnostics', () => {
	it('puts a step’s distance on the other layers when drawing like the baseline is within it', () => {
		const r = report([size(10_000, page(1000, 200, 120), page(1000, 100), 1000)]);
		const median = target(r, 'Slider step median ≤ 1.3× baseline at 10,000');
		expect(median.met).toBe(false);
		expect(median.why).toBe(
			'drawing only what the baseline draws, the atlas takes 120 ms (1.20×), within the target: its map’s other layers (the rest of the basemap, halos, routes, links, stacks, labels) make up the difference'
		);
		expect(renderReport(r)).toContain(`(2.00×). Why: ${median.why}.\n`);
	});

	it('splits a step’s distance between the other layers and the rest of the page otherwise', () => {
		const r = report([size(10_000, page(1000, 200, 150), page(1000, 100), 1000)]);
		expect(target(r, 'Slider step median ≤ 1.3× baseline at 10,000').why).toBe(
			'drawing only what the baseline draws, the atlas takes 150 ms (1.50×): of the 100 ms more than the baseline, its map’s other layers account for 50 ms and the rest of the page for 50 ms'
		);
	});

	it('explains map idle size by size, only where it is missed', () => {
		const r = report([
			size(1_000, page(3000, 100, 100), page(1000, 100), 2000),
			size(10_000, page(1100, 100, 100), page(1000, 100), 1050)
		]);
		const idle = target(r, 'Navigation to map idle');
		expect(idle.met).toBe(false);
		expect(idle.why).toBe(
			'at 1,000, drawing only what the baseline draws, the atlas takes 2000 ms (2.00×): of the 2000 ms more than the baseline, its map’s other layers account for 1000 ms and the rest of the page (loading the map files of those layers included) for 1000 ms'
		);
	});

	it('says nothing of why for a target met', () => {
		const r = report([size(10_000, page(1000, 120, 110), page(1000, 100), 1000)]);
		const lines = renderReport(r).split('\n');
		const median = lines.find((l) => l.startsWith('- Slider step median ≤ 1.3× baseline'));
		const idle = lines.find((l) => l.startsWith('- Navigation to map idle'));
		expect(median).toBe(
			'- Slider step median ≤ 1.3× baseline at 10,000 events: met — 120 ms vs 100 ms (1.20×).'
		);
		expect(idle).toBe(
			'- Navigation to map idle (all points drawn) ≤ 1.25× baseline at every size: met — 10,000: 1000 ms vs 1000 ms (1.00×).'
		);
	});
});
