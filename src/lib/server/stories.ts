import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { AtlasIndex } from '../domain/atlas-index';
import type { Story } from '../domain/data/story-schema';
import { formatValidationError, type ValidationError } from '../domain/data/validation-errors';
import { validateStories, type StoryContext } from '../domain/data/validate-stories';
import { geodataDir } from './geodata';

/** Where the stories live: next to the events, and optional (an atlas may have none). */
export function storiesPath(root = '.'): string {
	return resolve(root, geodataDir(), 'stories.json');
}

/**
 * Reads and checks the stories file against validated atlas data. A missing file is no stories;
 * an unreadable or invalid one is a list of errors, each naming the story, step and field.
 */
export function readStories(
	context: StoryContext,
	path = storiesPath()
): { ok: true; stories: Story[] } | { ok: false; errors: ValidationError[] } {
	const file = relative('.', path) || path;
	if (!existsSync(path)) return { ok: true, stories: [] };
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return {
			ok: false,
			errors: [{ file, field: '(root)', expected: 'a JSON array of stories', detail: reason }]
		};
	}
	return validateStories(raw, file, context);
}

/** What stories are checked against, from an indexed atlas. */
export function storyContextOf(index: AtlasIndex): StoryContext {
	return {
		eventIds: new Set(index.byId.keys()),
		timeZone: index.meta.timeZone,
		extent: index.extent
	};
}

let built: Story[] | undefined;

/** The build's stories, checked once; invalid stories stop the build with every error listed. */
export function loadBuiltStories(index: AtlasIndex): Story[] {
	if (built) return built;
	const result = readStories(storyContextOf(index));
	if (!result.ok) {
		throw new Error(`Invalid stories:\n${result.errors.map(formatValidationError).join('\n')}`);
	}
	built = result.stories;
	return built;
}
