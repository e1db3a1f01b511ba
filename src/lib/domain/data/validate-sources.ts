import { MAX_SOURCE_TEXT_LENGTH, formatCount } from './limits';
import { sourceSchema, sourcesFileSchema, type Source } from './schema';
import type { AtlasInput } from './validate';
import {
	describe,
	issuesToErrors,
	itemLabel,
	valueAt,
	type ValidationError
} from './validation-errors';

/** The byte order mark, as a UTF-8 file that starts with one reads in JavaScript. */
const BYTE_ORDER_MARK = '\uFEFF';

/** What is wrong with a source's text file, if anything: missing, too long, or starting with a BOM. */
function textProblem(file: string, text: string | undefined): string | undefined {
	if (text === undefined) return 'a text file present in geodata/sources/';
	if (text.length > MAX_SOURCE_TEXT_LENGTH) {
		return `a text of at most ${formatCount(MAX_SOURCE_TEXT_LENGTH)} characters (${file} has ${formatCount(text.length)})`;
	}
	if (text.startsWith(BYTE_ORDER_MARK)) {
		return `a text file that does not start with a UTF-8 byte order mark (${file} does: save it as UTF-8 without one)`;
	}
	return undefined;
}

/** The sources that passed, and the id of every source listed, valid or not. */
export interface CheckedSources {
	sources: Source[];
	/**
	 * Ids of every entry of sources.json, valid or not, so that a quote citing a broken source
	 * is not also reported as citing an unknown one: the source's own error says it all.
	 */
	listed: ReadonlySet<string>;
}

/** Checks one source: shape, a unique id, a usable text file, a sane written interval. */
function checkSource(
	input: AtlasInput,
	raw: unknown,
	index: number,
	seen: Set<string>,
	errors: ValidationError[]
): Source | undefined {
	const file = input.sourcesFile;
	const parsed = sourceSchema.safeParse(raw);
	if (!parsed.success) {
		errors.push(...issuesToErrors(parsed.error.issues, raw, file, itemLabel(raw, index), ''));
		return undefined;
	}
	const source = parsed.data;
	const item = `${source.id} (#${index})`;
	if (seen.has(source.id)) errors.push({ file, item, field: 'id', expected: 'a unique source id' });
	seen.add(source.id);
	const text = Object.hasOwn(input.texts, source.file) ? input.texts[source.file] : undefined;
	const problem = textProblem(source.file, text);
	if (problem !== undefined) {
		errors.push({ file, item, field: 'file', expected: problem, received: describe(source.file) });
	}
	if (source.written.to < source.written.from) {
		errors.push({
			file,
			item,
			field: 'written.to',
			expected: `a date on or after written.from (${source.written.from})`,
			received: describe(source.written.to)
		});
	}
	return source;
}

/**
 * Checks sources.json: a list of at least one source, each checked on its own so that one
 * broken source neither hides the others nor turns every quote citing them into an error.
 * `texts` is read through `Object.hasOwn`, so a file name never reaches a prototype.
 */
export function validateSources(input: AtlasInput, errors: ValidationError[]): CheckedSources {
	const list = sourcesFileSchema.safeParse(input.sources);
	if (!list.success) {
		errors.push(
			...issuesToErrors(list.error.issues, input.sources, input.sourcesFile, undefined, '')
		);
		return { sources: [], listed: new Set() };
	}
	const sources: Source[] = [];
	const listed = new Set<string>();
	const seen = new Set<string>();
	list.data.forEach((raw, index) => {
		const id = valueAt(raw, ['id']);
		if (typeof id === 'string') listed.add(id);
		const source = checkSource(input, raw, index, seen, errors);
		if (source !== undefined) sources.push(source);
	});
	return { sources, listed };
}
