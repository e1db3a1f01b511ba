import { describe, expect, it } from 'vitest';
import { commandToPatch, parseHostMessage } from '../../src/lib/domain/host-messages';

const ZONE = 'Europe/Brussels';
const parse = (data: unknown) => parseHostMessage(data, ZONE);
const command = (data: unknown) => {
	const result = parse(data);
	if (result.kind !== 'command') throw new Error(`refused: ${JSON.stringify(result)}`);
	return result.command;
};
const refusal = (data: unknown) => {
	const result = parse(data);
	return result.kind === 'refused' ? result.problem : result.kind;
};

describe('parseHostMessage', () => {
	it('reads each command of the envelope', () => {
		expect(command({ type: 'atlas:select', version: 1, id: 'an-event' })).toEqual({
			type: 'select',
			id: 'an-event'
		});
		expect(command({ type: 'atlas:select', version: 1, id: null })).toEqual({
			type: 'select',
			id: null
		});
		expect(command({ type: 'atlas:setTime', version: 1, at: 1_447_447_200_000 })).toEqual({
			type: 'setTime',
			at: 1_447_447_200_000
		});
		expect(command({ type: 'atlas:play', version: 1 })).toEqual({ type: 'play' });
		expect(command({ type: 'atlas:pause', version: 1 })).toEqual({ type: 'pause' });
		expect(command({ type: 'atlas:autosize', version: 1 })).toEqual({ type: 'autosize' });
	});

	it('reads a typed time as wall-clock time in the atlas’s zone, as a link’s t does', () => {
		// 21:40 in Brussels in November is 20:40 UTC.
		expect(command({ type: 'atlas:setTime', version: 1, at: '2015-11-13T21:40' })).toEqual({
			type: 'setTime',
			at: Date.UTC(2015, 10, 13, 20, 40)
		});
	});

	it('reads a window in ms or spelt as in a link, and null for cumulative', () => {
		const day = 86_400_000;
		expect(command({ type: 'atlas:setWindow', version: 1, span: '7d' })).toEqual({
			type: 'setWindow',
			span: 7 * day
		});
		expect(command({ type: 'atlas:setWindow', version: 1, span: day, fadePast: false })).toEqual({
			type: 'setWindow',
			span: day,
			fadePast: false
		});
		expect(commandToPatch(command({ type: 'atlas:setWindow', version: 1, span: null }))).toEqual({
			mode: 'cumulative'
		});
	});

	it('passes a setView patch through the view’s own parser, all or nothing', () => {
		expect(
			command({ type: 'atlas:setView', version: 1, patch: { mode: 'window', fadePast: false } })
		).toEqual({ type: 'setView', patch: { mode: 'window', fadePast: false } });
		expect(
			refusal({ type: 'atlas:setView', version: 1, patch: { mode: 'window', at: Number.NaN } })
		).toBe('payload');
	});

	it('ignores messages of other protocols without a word', () => {
		for (const data of [
			'pymxPYMxmapxPYMxwidthxPYMx600',
			{ 'datawrapper-height': { a: 300 } },
			{ type: 'resize' },
			{ type: 'ATLAS:select', version: 1 },
			null,
			42,
			[{ type: 'atlas:select', version: 1, id: 'x' }],
			'x'.repeat(1_000_000)
		]) {
			expect(parse(data)).toEqual({ kind: 'foreign' });
		}
	});

	it('refuses each kind of malformed atlas message with its kind', () => {
		expect(refusal('{"type":"atlas:select","version":1,"id":"x"}')).toBe('not-an-object');
		expect(refusal({ type: 'atlas:select', id: 'x' })).toBe('version');
		expect(refusal({ type: 'atlas:select', version: 2, id: 'x' })).toBe('version');
		expect(refusal({ type: 'atlas:selectt', version: 1 })).toBe('unknown-type');
		expect(refusal({ type: 'atlas:select', version: 1, id: 7 })).toBe('payload');
		expect(refusal({ type: 'atlas:setTime', version: 1, at: Number.NaN })).toBe('payload');
		expect(refusal({ type: 'atlas:setTime', version: 1, at: 'yesterday' })).toBe('payload');
		expect(refusal({ type: 'atlas:setWindow', version: 1, span: -1 })).toBe('payload');
		expect(refusal({ type: 'atlas:play', version: 1, speed: Infinity })).toBe('payload');
		expect(
			refusal({ type: 'atlas:pause', version: 1, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 })
		).toBe('too-large');
	});

	it('never reads inherited names as message types or fields', () => {
		for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
			expect(refusal({ type: `atlas:${name}`, version: 1 })).toBe('unknown-type');
		}
		const polluted = JSON.parse('{"type":"atlas:select","version":1,"__proto__":{"id":"x"}}');
		expect(refusal(polluted)).toBe('payload');
		const patch = JSON.parse('{"__proto__":{"at":0}}');
		expect(refusal({ type: 'atlas:setView', version: 1, patch })).toBe('payload');
		expect(({} as Record<string, unknown>).at).toBeUndefined();
	});
});

describe('commandToPatch', () => {
	it('turns commands into view patches, and autosize into none', () => {
		expect(commandToPatch({ type: 'select', id: 'x' })).toEqual({ selectedEventId: 'x' });
		expect(commandToPatch({ type: 'play', speed: 1000 })).toEqual({ playing: true, speed: 1000 });
		expect(commandToPatch({ type: 'pause' })).toEqual({ playing: false });
		expect(commandToPatch({ type: 'autosize' })).toBeNull();
	});
});
