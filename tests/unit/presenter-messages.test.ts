import { describe, expect, it } from 'vitest';
import {
	createRefusalWarner,
	encodePresenterMessage,
	parsePresenterMessage,
	presenterChannelName
} from '../../src/lib/domain/presenter-messages';

const read = (data: unknown) => parsePresenterMessage(data, 'a-story', 5);

describe('presenter messages', () => {
	it('reads back every message it writes', () => {
		for (const message of [
			{ type: 'step', story: 'a-story', step: 0 },
			{ type: 'go', story: 'a-story', step: 4 },
			{ type: 'hello', story: 'a-story' }
		] as const) {
			expect(read(encodePresenterMessage(message))).toEqual({ kind: 'message', message });
		}
	});

	it('gives each story its own channel', () => {
		expect(presenterChannelName('one')).not.toBe(presenterChannelName('two'));
	});

	it.each([
		['a string', 'atlas-presenter:go', 'not-ours'],
		['null', null, 'not-ours'],
		['an array', [1, 2], 'not-ours'],
		['another type', { type: 'atlas-presenter:close', version: 1, story: 'a-story' }, 'not-ours'],
		['no type', { version: 1, story: 'a-story', step: 1 }, 'not-ours'],
		[
			'extra fields',
			{ type: 'atlas-presenter:go', version: 1, story: 'a-story', step: 1, evil: 1 },
			'not-ours'
		],
		[
			'another version',
			{ type: 'atlas-presenter:go', version: 2, story: 'a-story', step: 1 },
			'version'
		],
		['another story', { type: 'atlas-presenter:go', version: 1, story: 'other', step: 1 }, 'story'],
		[
			'a step past the end',
			{ type: 'atlas-presenter:go', version: 1, story: 'a-story', step: 5 },
			'step'
		],
		[
			'a negative step',
			{ type: 'atlas-presenter:step', version: 1, story: 'a-story', step: -1 },
			'step'
		],
		[
			'a fractional step',
			{ type: 'atlas-presenter:go', version: 1, story: 'a-story', step: 1.5 },
			'step'
		],
		[
			'a step as text',
			{ type: 'atlas-presenter:go', version: 1, story: 'a-story', step: '1' },
			'step'
		]
	])('refuses %s', (_, data, problem) => {
		expect(read(data)).toMatchObject({ kind: 'refused', problem });
	});

	it('reads only own fields: an inherited step is no step', () => {
		const data = Object.create({ step: 1 }) as Record<string, unknown>;
		Object.assign(data, { type: 'atlas-presenter:go', version: 1, story: 'a-story' });
		expect(read(data)).toMatchObject({ kind: 'refused', problem: 'step' });
	});
});

describe('createRefusalWarner', () => {
	it('warns once per kind of problem, with the detail', () => {
		const lines: string[] = [];
		const warn = createRefusalWarner((text) => lines.push(text));
		warn({ problem: 'step', detail: 'go: bad step' });
		warn({ problem: 'step', detail: 'go: another bad step' });
		warn({ problem: 'not-ours', detail: 'not an object' });
		expect(lines).toEqual([
			'Atlas: a presenter message was ignored (go: bad step).',
			'Atlas: a presenter message was ignored (not an object).'
		]);
	});
});
