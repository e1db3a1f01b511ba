import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/lib/domain/data/story-schema';
import {
	buildStoryHandout,
	stepEventIds,
	storyEventIds,
	storyLink
} from '../../src/lib/domain/handout-story';
import { makeEvent, makeIndex } from './index-helpers';

const index = makeIndex([
	makeEvent('late', '2016-03-22T07:58:00+01:00'),
	makeEvent('early', '2015-01-07T11:30:00+01:00'),
	makeEvent('middle', '2015-11-13T21:40:00+01:00')
]);

const story = (steps: Story['steps']): Story => ({
	id: 'a-story',
	title: 'A story',
	introduction: 'i',
	contentNote: 'c',
	teacherNotes: ['q'],
	steps
});

describe('stepEventIds', () => {
	it('lists the selected event first, then the framed ones, each once', () => {
		expect(stepEventIds({ text: 't', view: { event: 'b' }, fit: ['a', 'b', 'c'] })).toEqual([
			'b',
			'a',
			'c'
		]);
	});

	it('is empty for a step that only moves the time', () => {
		expect(stepEventIds({ text: 't', view: { t: '2015-11-13T21:00' } })).toEqual([]);
	});
});

describe('storyEventIds', () => {
	it('puts the steps’ events in time order, once each, whatever the steps’ order', () => {
		const walk = story([
			{ text: '1', view: { event: 'late' } },
			{ text: '2', view: { event: 'early' }, fit: ['middle', 'late'] },
			{ text: '3', view: { event: 'late' } }
		]);
		expect(storyEventIds(index, walk)).toEqual(['early', 'middle', 'late']);
	});

	it('keeps an id the atlas lacks, last, so the handout can say it is missing', () => {
		const walk = story([{ text: '1', view: { event: 'gone' }, fit: ['middle'] }]);
		expect(storyEventIds(index, walk)).toEqual(['middle', 'gone']);
		expect(buildStoryHandout(index, walk).handout.missing).toEqual(['gone']);
	});
});

describe('buildStoryHandout', () => {
	it('numbers the table chronologically and points each step at its events’ numbers', () => {
		const walk = story([
			{ text: 'Second first.', view: { event: 'middle' } },
			{ text: 'Then all.', view: { t: '2016-03-22T08:00' }, fit: ['late', 'early'] }
		]);
		const { handout, steps } = buildStoryHandout(index, walk);
		expect(handout.rows.map((row) => [row.number, row.id])).toEqual([
			[1, 'early'],
			[2, 'middle'],
			[3, 'late']
		]);
		expect(steps).toEqual([
			{ number: 1, text: 'Second first.', events: [{ number: 2, title: 'middle' }] },
			{
				number: 2,
				text: 'Then all.',
				events: [
					{ number: 3, title: 'late' },
					{ number: 1, title: 'early' }
				]
			}
		]);
	});
});

describe('storyLink', () => {
	it('opens the story in the live atlas from the site’s root', () => {
		expect(storyLink('https://example.org/atlas/', '13-november-2015')).toBe(
			'https://example.org/atlas/?story=13-november-2015'
		);
	});
});
