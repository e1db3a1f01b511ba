import { describe, expect, it } from 'vitest';
import { DEMO_STEP_LIMIT, chooseDemoEvents } from '../../src/lib/server/demo-steps';
import { makeEvent } from './index-helpers';

/** `count` top-level events a day apart, `e0` first, in reading order. */
function days(count: number) {
	return Array.from({ length: count }, (_, i) =>
		makeEvent(`e${i}`, new Date(Date.UTC(2015, 0, 1 + i, 12)).toISOString())
	);
}

const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe('chooseDemoEvents (the embed demo’s steps)', () => {
	it('keeps every top-level event, in reading order, up to the limit', () => {
		expect(ids(chooseDemoEvents(days(5), 5))).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
	});

	it('leaves out the parts of other events', () => {
		const [a, b] = days(2) as [ReturnType<typeof makeEvent>, ReturnType<typeof makeEvent>];
		const part = makeEvent('part', '2015-01-01T13:00:00Z', { parent: a.id });
		expect(ids(chooseDemoEvents([a, part, b], 5))).toEqual(['e0', 'e1']);
	});

	it('beyond the limit, spreads the steps over the whole span, first and last included', () => {
		expect(ids(chooseDemoEvents(days(9), 3))).toEqual(['e0', 'e4', 'e8']);
		expect(ids(chooseDemoEvents(days(10), 4))).toEqual(['e0', 'e3', 'e6', 'e9']);
	});

	it('never has more than DEMO_STEP_LIMIT steps, however large the atlas', () => {
		const steps = chooseDemoEvents(days(5_000));
		expect(steps).toHaveLength(DEMO_STEP_LIMIT);
		expect(new Set(ids(steps)).size).toBe(DEMO_STEP_LIMIT);
		expect(steps[0]?.id).toBe('e0');
		expect(steps.at(-1)?.id).toBe('e4999');
	});
});
