import { describe, expect, it } from 'vitest';
import { layoutArcs } from '../../src/lib/domain/link-arcs';
import { listLinks } from '../../src/lib/domain/link-list';
import { makeEvent } from './index-helpers';

describe('the arc diagram of links', () => {
	const early = makeEvent('early', '2015-01-15T17:45:00+01:00', {
		links: [{ to: 'late', relation: 'related' }]
	});
	const middle = makeEvent('middle', '2015-11-13T21:40:00+01:00', {
		links: [{ to: 'early', relation: 'follow-up' }]
	});
	const late = makeEvent('late', '2016-03-22T07:58:00+01:00');
	const lonely = makeEvent('lonely', '2015-06-01T12:00:00+02:00');
	const layout = layoutArcs(listLinks([late, middle, lonely, early]));

	it('puts each linked event once on the line, in time order, and leaves out the unlinked', () => {
		expect(layout.nodes.map((n) => n.event.id)).toEqual(['early', 'middle', 'late']);
		const xs = layout.nodes.map((n) => n.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
	});

	it('draws each link as an arc from one of its events to the other, above the line', () => {
		const x = Object.fromEntries(layout.nodes.map((n) => [n.event.id, n.x]));
		const arc = layout.arcs.find((a) => a.entry.from.id === 'early')!;
		expect(arc.d).toBe(
			`M ${x.early} ${layout.baseline} A ${(x.late! - x.early!) / 2} ${(x.late! - x.early!) / 2} 0 0 1 ${x.late} ${layout.baseline}`
		);
		expect(layout.arcs).toHaveLength(2);
	});

	it('flattens long arcs so the picture stays low', () => {
		const many = Array.from({ length: 40 }, (_, i) =>
			makeEvent(`e${i}`, `2015-01-${String((i % 28) + 1).padStart(2, '0')}T0${i % 10}:00:00+01:00`)
		);
		many[0]!.links = [{ to: 'e39', relation: 'related' }];
		const wide = layoutArcs(listLinks(many));
		expect(wide.baseline).toBeLessThanOrEqual(100);
		expect(wide.height).toBeLessThan(wide.width);
	});
});
