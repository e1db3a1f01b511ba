import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/lib/domain/data/figures';
import type { Figure } from '../../src/lib/domain/data/schema';

const figure = (source: string, value: number, label: string, upTo?: number): Figure => ({
	source,
	measure: 'gone-to-fight',
	value,
	upTo,
	label
});

describe('comparing each source’s figures', () => {
	it('flags a range that differs from another source’s single number', () => {
		const [comparison] = compareFigures([
			figure('a', 440, 'fighting now'),
			figure('b', 470, 'travelled to fight', 520)
		]);
		expect(comparison).toMatchObject({ disagree: true, labelsDiffer: true });
	});

	it('flags two ranges that share a bottom but not a top', () => {
		const [comparison] = compareFigures([
			figure('a', 470, 'travelled', 500),
			figure('b', 470, 'travelled', 520)
		]);
		expect(comparison).toMatchObject({ disagree: true, labelsDiffer: false });
	});

	it('does not flag sources that give the same number for the same thing', () => {
		const [comparison] = compareFigures([
			figure('a', 130, 'returned'),
			figure('b', 130, 'returned')
		]);
		expect(comparison).toMatchObject({ disagree: false, labelsDiffer: false, label: 'returned' });
	});
});
