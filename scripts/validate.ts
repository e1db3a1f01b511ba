import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AtlasReadError, readAtlasInput } from '../src/lib/server/geodata';
import { formatValidationError, validateAtlas } from '../src/lib/domain/data/validate';
import { buildAtlasIndex } from '../src/lib/domain/atlas-index';
import { readStories, storiesPath, storyContextOf } from '../src/lib/server/stories';

/**
 * `npm run validate [-- --events file] …`: checks the atlas data and prints one line per
 * problem. Whatever goes wrong (a mistyped option, a missing file, invalid data), it prints a
 * short message and exits non-zero, never a stack trace: 2 for a usage mistake, 1 otherwise.
 */

const USAGE = `usage: npm run validate -- [--events <file>] [--sources <file>] [--texts <folder>] [--meta <file>] [--stories <file>]

Checks the atlas data in geodata/ (or ATLAS_GEODATA_DIR); each option replaces one part of it.
Paths are relative to the project root. The stories (geodata/stories.json) are checked against
the events; with --events and no --stories they are left out, since they name the real events.`;

const OPTIONS = {
	meta: { type: 'string' },
	events: { type: 'string' },
	sources: { type: 'string' },
	texts: { type: 'string' },
	stories: { type: 'string' },
	help: { type: 'boolean', short: 'h' }
} as const;

/** The number of single-letter edits between `a` and `b` (Levenshtein distance). */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** " (did you mean --events?)" for a near miss such as --evnts, else nothing. */
function suggestion(reason: string): string {
	const typed = /^Unknown option '--([^'=]+)'/.exec(reason)?.[1];
	if (typed === undefined) return '';
	const near = Object.keys(OPTIONS).find((name) => editDistance(typed, name) <= 2);
	return near === undefined ? '' : ` (did you mean --${near}?)`;
}

function readOptions() {
	try {
		return parseArgs({ options: OPTIONS }).values;
	} catch (error) {
		// parseArgs explains unknown options, missing values and stray arguments in one line.
		const reason = error instanceof Error ? error.message : String(error);
		console.error(`${reason}${suggestion(reason)}\n\n${USAGE}`);
		process.exit(2);
	}
}

function main() {
	const { help, stories: storiesFile, ...paths } = readOptions();
	if (help) {
		console.log(USAGE);
		return;
	}
	const result = validateAtlas(readAtlasInput('.', paths));
	if (!result.ok) {
		for (const error of result.errors) console.error(formatValidationError(error));
		console.error(`\n${result.errors.length} error(s): the atlas data is invalid.`);
		process.exit(1);
	}
	const { events, sources } = result.data;
	if (storiesFile === undefined && paths.events !== undefined) return;
	const context = storyContextOf(buildAtlasIndex(result.data));
	const stories = readStories(context, storiesFile ? resolve(storiesFile) : storiesPath());
	if (!stories.ok) {
		for (const error of stories.errors) console.error(formatValidationError(error));
		console.error(`\n${stories.errors.length} error(s): the stories are invalid.`);
		process.exit(1);
	}
	console.log(`Atlas data is valid: ${events.length} events, ${sources.length} sources.`);
	console.log(`Stories are valid: ${stories.stories.length} stories.`);
}

try {
	main();
} catch (error) {
	if (error instanceof AtlasReadError) console.error(error.message);
	else console.error(`validate: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
