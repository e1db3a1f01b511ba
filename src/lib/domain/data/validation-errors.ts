import type { z } from 'zod';
import { describe } from './describe-value';
import { MAX_ID_LENGTH } from './limits';

export { describe } from './describe-value';

/** One problem in the input, located precisely enough to fix without searching. */
export interface ValidationError {
	file: string;
	/** Feature or source id, else `#index`; absent for file-level problems. */
	item?: string;
	/** Dotted path of the offending field, e.g. `properties.start`. */
	field: string;
	expected: string;
	/** What was found instead, cut to a length that can be shown. */
	received?: string;
	/** More about what is wrong: where a quote departs from its source, how often a bad id is cited. */
	detail?: string;
}

/** Renders an error as one line: file › item › field: expected …, got … — detail. */
export function formatValidationError(error: ValidationError): string {
	const where = [error.file, error.item, error.field].filter(Boolean).join(' › ');
	const got = error.received === undefined ? '' : `, got ${error.received}`;
	const detail = error.detail === undefined ? '' : ` — ${error.detail}`;
	return `${where}: expected ${error.expected}${got}${detail}`;
}

/** Zod's own wording around the expectation, stripped so messages read "expected …, got …". */
const ZOD_PREFIX = /^(?:Invalid input|Invalid option|Too small|Too big): expected /;
const ZOD_RECEIVED = /, received \w+$/;

/**
 * The value at `path` inside `root`, or undefined where the path leaves the objects. Only own
 * properties count, so a key such as `__proto__` or `constructor` never reaches a prototype.
 */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let current = root;
	for (const key of path) {
		if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
			return undefined;
		}
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

const PLAIN_KEY = /^[^\p{C}\p{Z}]{1,40}$/u;

/** Unknown keys as an error lists them: the first few, each cut to size, then how many more. */
function listKeys(keys: readonly string[]): string {
	const shown = keys.slice(0, 5).map((key) => (PLAIN_KEY.test(key) ? key : describe(key)));
	const more = keys.length > shown.length ? ` and ${keys.length - shown.length} more` : '';
	return `${shown.join(', ')}${more}`;
}

/** What an issue expected, in the words of "expected …, got …". */
function expectationOf(issue: z.core.$ZodIssue, value: unknown): string {
	if (issue.code === 'unrecognized_keys') return `no unknown keys (found ${listKeys(issue.keys)})`;
	// JSON reads 1e400 as Infinity, which zod calls "not a number": say which number it wants.
	if (issue.code === 'invalid_type' && typeof value === 'number') return 'a finite number';
	return issue.message.replace(ZOD_PREFIX, '').replace(ZOD_RECEIVED, '');
}

/**
 * Turns zod issues into errors located in `file` › `item`, with each issue's path (after
 * `prefix`) as the field and the offending value, read from `root`, as what was received.
 */
export function issuesToErrors(
	issues: z.core.$ZodIssue[],
	root: unknown,
	file: string,
	item: string | undefined,
	prefix: string
): ValidationError[] {
	return issues.map((issue) => {
		const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)';
		const value = valueAt(root, issue.path);
		const received = issue.code === 'unrecognized_keys' ? undefined : describe(value);
		return { file, item, field, expected: expectationOf(issue, value), received };
	});
}

/** An id short enough to name an item and free of spaces, controls and invisible characters. */
const PRINTABLE_ID = new RegExp(`^[^\\p{C}\\p{Z}]{1,${MAX_ID_LENGTH}}$`, 'u');

/**
 * How an item of a list is named in errors: `id (#index)`, or `#index` when its id is missing,
 * too long or unprintable (the error on its `id` field shows that id, cut to size).
 */
export function itemLabel(raw: unknown, index: number): string {
	const id = valueAt(raw, ['id']);
	return typeof id === 'string' && PRINTABLE_ID.test(id) ? `${id} (#${index})` : `#${index}`;
}
