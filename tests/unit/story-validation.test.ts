import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from '../../src/lib/domain/atlas-index';
import { validateAtlas } from '../../src/lib/domain/data/validate';
import { validateStories, type StoryContext } from '../../src/lib/domain/data/validate-stories';
import { formatValidationError } from '../../src/lib/domain/data/validation-errors';
import { readAtlasInput } from '../../src/lib/server/geodata';
import { readStories, storyContextOf } from '../../src/lib/server/stories';
import { ms } from './time-helpers';

const FILE = 'stories.json';
const context: StoryContext = {
	eventIds: new Set(['2015-11-13-bataclan-attack', '2015-11-18-saint-denis-raid']),
	timeZone: 'Europe/Paris',
	extent: { from: ms('2014-05-24T15:50:00+02:00'), to: ms('2016-03-23T08:00:00+01:00') }
};

/** A valid story, with `change` applied to its first step. */
function storyWith(step: Record<string, unknown> = {}, story: Record<string, unknown> = {}) {
	return {
		id: 'a-night',
		title: 'A night',
		introduction: 'What happened that night.',
		contentNote: 'Content note: violence.',
		teacherNotes: ['What do the sources agree on?'],
		steps: [
			{ text: 'The concert hall.', view: { event: '2015-11-13-bataclan-attack' }, ...step },
			{ text: 'The raid.', view: { event: '2015-11-18-saint-denis-raid', t: '2015-11-18T04:20' } }
		],
		...story
	};
}

function errorsOf(stories: unknown): string[] {
	const result = validateStories(stories, FILE, context);
	if (result.ok) throw new Error('the stories were accepted');
	return result.errors.map(formatValidationError);
}

describe('the stories the atlas ships', () => {
	it('are valid against the real events', () => {
		const atlas = validateAtlas(readAtlasInput('.'));
		if (!atlas.ok) throw new Error('the atlas data is invalid');
		const result = readStories(storyContextOf(buildAtlasIndex(atlas.data)));
		expect(result.ok ? [] : result.errors.map(formatValidationError)).toEqual([]);
		expect(result.ok && result.stories.length).toBeGreaterThanOrEqual(1);
	});
});

describe('validateStories', () => {
	it('accepts a well-formed story', () => {
		const result = validateStories([storyWith()], FILE, context);
		expect(result.ok && result.stories[0]?.steps).toHaveLength(2);
	});

	it('refuses a step naming a missing event, naming story, step and field', () => {
		expect(errorsOf([storyWith({ view: { event: '2015-11-13-bataclan' } })])).toEqual([
			'stories.json › a-night (#0) › steps.0.view.event: expected the id of an event in the events file, got "2015-11-13-bataclan"'
		]);
	});

	it('refuses an event to frame that does not exist', () => {
		expect(
			errorsOf([storyWith({ fit: ['2015-11-18-saint-denis-raid', 'no-such-event'] })])
		).toEqual([
			'stories.json › a-night (#0) › steps.0.fit.1: expected the id of an event in the events file, got "no-such-event"'
		]);
	});

	it('refuses a view the URL codec refuses, by parameter', () => {
		expect(
			errorsOf([storyWith({ view: { t: '2015-11-31T21:40', span: '7 days', fade: 'yes' } })])
		).toEqual([
			'stories.json › a-night (#0) › steps.0.view.t: expected a value the atlas accepts in a link, got "2015-11-31T21:40" — not a wall-clock time in Europe/Paris',
			'stories.json › a-night (#0) › steps.0.view.span: expected a value the atlas accepts in a link, got "7 days" — a positive duration in ms, at most a century',
			'stories.json › a-night (#0) › steps.0.view.fade: expected a value the atlas accepts in a link, got "yes" — true or false'
		]);
	});

	it('refuses a view parameter the atlas does not have', () => {
		expect(
			errorsOf([storyWith({ view: { event: '2015-11-13-bataclan-attack', zoom: '3' } })])
		).toEqual([
			'stories.json › a-night (#0) › steps.0.view: expected no unknown keys (found zoom)'
		]);
	});

	it('refuses a story without steps or teacher notes, and a repeated id', () => {
		expect(errorsOf([storyWith({}, { steps: [], teacherNotes: [] })])).toEqual([
			'stories.json › a-night (#0) › teacherNotes: expected at least one note, got []',
			'stories.json › a-night (#0) › steps: expected at least one step, got []'
		]);
		expect(errorsOf([storyWith(), storyWith()])).toEqual([
			'stories.json › a-night (#1) › id: expected an id no other story has, got "a-night"'
		]);
	});

	it('refuses a file that is not a list of stories', () => {
		expect(errorsOf({ stories: [] })).toHaveLength(1);
	});
});
