import { describe, expect, it } from 'vitest';
import { measuredMedian, median } from '../../scripts/bench/stats';

describe('the bench’s medians', () => {
	it('report a longest task that some run had, not the mean of "none" and a task', () => {
		// 0 stands for "no task of 50 ms or more": the plain median would invent a 42 ms task.
		expect(median([0, 84])).toBe(42);
		expect(measuredMedian([0, 84])).toBe(0);
		expect(measuredMedian([120, 0, 84, 200])).toBe(84);
	});

	it('agree with the plain median for an odd count, and ignore runs with no value', () => {
		expect(measuredMedian([30, 10, 20])).toBe(20);
		expect(measuredMedian([30, Number.NaN, 10, 20])).toBe(20);
		expect(measuredMedian([])).toBeNaN();
	});
});
