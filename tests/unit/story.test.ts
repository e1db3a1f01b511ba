import { describe, expect, it } from 'vitest';
import { readStepNumber, stepPatch, stepQuery } from '../../src/lib/domain/story';
import { applyPatch, initialView, type ViewContext } from '../../src/lib/domain/view';
import { ms } from './time-helpers';

const ZONE = 'Europe/Paris';
const extent = { from: ms('2014-05-24T15:50:00+02:00'), to: ms('2016-03-23T08:00:00+01:00') };
const defaults = initialView(extent);
const intervals: Record<string, { startMs: number; endMs: number }> = {
	bataclan: { startMs: ms('2015-11-13T21:40:00+01:00'), endMs: ms('2015-11-14T00:18:00+01:00') },
	stade: { startMs: ms('2015-11-13T21:20:00+01:00'), endMs: ms('2015-11-13T21:53:00+01:00') }
};
const context: ViewContext = { extent, timeZone: ZONE, eventInterval: (id) => intervals[id] };

describe('stepPatch', () => {
	it('reads a step as the link with the same parameters would be read', () => {
		const { patch, fit, problems } = stepPatch(
			{ view: { event: 'bataclan', t: '2015-11-13T21:40', mode: 'window', span: '6h', fade: '0' } },
			defaults,
			ZONE
		);
		expect(problems).toEqual([]);
		expect(fit).toEqual([]);
		expect(patch).toMatchObject({
			selectedEventId: 'bataclan',
			at: ms('2015-11-13T21:40:00+01:00'),
			mode: 'window',
			span: 6 * 3_600_000,
			fadePast: false,
			playing: false
		});
	});

	it('resets what a step leaves out, so Previous shows a step exactly as Next did', () => {
		const { patch } = stepPatch({ view: {} }, defaults, ZONE);
		expect(patch).toEqual({
			selectedEventId: null,
			at: defaults.at,
			mode: defaults.mode,
			span: defaults.span,
			fadePast: defaults.fadePast,
			playing: false
		});
	});

	it('names the parameter the story file spells when the codec refuses a value', () => {
		const { problems } = stepPatch(
			{ view: { t: '2015-13-40T99:00', mode: 'sideways', span: 'forever', map: '3/north' } },
			defaults,
			ZONE
		);
		expect(problems.map((p) => p.param).sort()).toEqual(['map', 'mode', 'span', 't']);
	});

	it('keeps the events to frame, which applyPatch turns into one camera request', () => {
		const step = stepPatch(
			{ view: { event: 'bataclan' }, fit: ['stade', 'bataclan'] },
			defaults,
			ZONE
		);
		const result = applyPatch(defaults, step.patch, 'story', context, { fit: step.fit });
		expect(result.cameraRequest).toEqual({ kind: 'events', eventIds: ['stade', 'bataclan'] });
		expect(result.view.selectedEventId).toBe('bataclan');
	});

	it('frames the events it knows and reports the ones it does not', () => {
		const result = applyPatch(defaults, {}, 'story', context, { fit: ['stade', 'nowhere'] });
		expect(result.cameraRequest).toEqual({ kind: 'events', eventIds: ['stade'] });
		expect(result.problems).toEqual([{ field: 'fit', reason: 'no event has the id nowhere' }]);
	});

	it('writes a step as a query string the codec reads back', () => {
		expect(stepQuery({ event: 'bataclan', t: '2015-11-13T21:40' })).toBe(
			'?event=bataclan&t=2015-11-13T21%3A40'
		);
	});
});

describe('readStepNumber', () => {
	it('turns a step number from a link into an index, 1-based', () => {
		expect(readStepNumber('1', 12)).toBe(0);
		expect(readStepNumber('5', 12)).toBe(4);
		expect(readStepNumber('12', 12)).toBe(11);
	});

	it('refuses numbers out of range and anything that is not a plain number', () => {
		for (const text of ['0', '13', '-1', '2.5', '1e1', ' 3', 'five', '', null]) {
			expect(readStepNumber(text, 12), String(text)).toBeNull();
		}
	});
});
