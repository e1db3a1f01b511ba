import { describe, expect, it } from 'vitest';
import { planHandout } from '../../src/lib/server/print-handout';
import { makeEvent, makeIndex } from './index-helpers';

/** Events on the 1st of `months` consecutive months of 2015, `perMonth` a month. */
function monthly(months: number, perMonth = 1) {
	return Array.from({ length: months * perMonth }, (_, i) => {
		const month = String(Math.floor(i / perMonth) + 1).padStart(2, '0');
		const hour = String(10 + (i % perMonth)).padStart(2, '0');
		return makeEvent(`e${i}`, `2015-${month}-01T${hour}:00:00+01:00`);
	});
}

describe('planHandout (what /print holds)', () => {
	it('up to the limit, holds every event in reading order', () => {
		const plan = planHandout(makeIndex(monthly(3)), 3);
		expect(plan.kind).toBe('whole');
		if (plan.kind !== 'whole') return;
		expect(plan.handout.rows.map((row) => row.id)).toEqual(['e0', 'e1', 'e2']);
	});

	it('beyond the limit, holds no event and links every month with its count', () => {
		const plan = planHandout(makeIndex(monthly(3, 2)), 5);
		expect(plan.kind).toBe('by-period');
		if (plan.kind !== 'by-period') return;
		expect(plan.note).toBe(
			'This atlas holds 6 events, too many for one handout (at most 5): print the page of a month instead.'
		);
		expect(plan.periods).toEqual([
			{ key: '2015-01', label: 'January 2015', count: 2 },
			{ key: '2015-02', label: 'February 2015', count: 2 },
			{ key: '2015-03', label: 'March 2015', count: 2 }
		]);
	});
});
