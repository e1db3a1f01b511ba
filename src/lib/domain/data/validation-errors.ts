import type { z } from 'zod';

/** One problem in the input, located precisely enough to fix without searching. */
export interface ValidationError {
	file: string;
	/** Feature or source id, else `#index`; absent for file-level problems. */
	item?: string;
	/** Dotted path of the offending field, e.g. `properties.start`. */
	field: string;
	expected: string;
	/** What was found instead, when it is short enough to show. */
	received?: string;
}

/** Renders an error as one line: file › item › field: expected …, got …. */
export function formatValidationError(error: ValidationError): string {
	const where = [error.file, error.item, error.field].filter(Boolean).join(' › ');
	const got = error.received === undefined ? '' : `, got ${error.received}`;
	return `${where}: expected ${error.expected}${got}`;
}

/** Zod's own wording around the expectation, stripped so messages read "expected …, got …". */
const ZOD_PREFIX = /^(?:Invalid input|Invalid option|Too small|Too big): expected /;
const ZOD_RECEIVED = /, received \w+$/;

/** A value as shown in an error: JSON, cut to 80 characters; `nothing` when absent. */
export function describe(value: unknown): string | undefined {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value);
	return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The value at `path` inside `root`, or undefined where the path leaves the objects. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let current = root;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
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
		const expected =
			issue.code === 'unrecognized_keys'
				? `no unknown keys (found ${issue.keys.join(', ')})`
				: issue.message.replace(ZOD_PREFIX, '').replace(ZOD_RECEIVED, '');
		const received =
			issue.code === 'unrecognized_keys' ? undefined : describe(valueAt(root, issue.path));
		return { file, item, field, expected, received };
	});
}

/** How an item of a list is named in errors: `id (#index)`, or `#index` without a usable id. */
export function itemLabel(raw: unknown, index: number): string {
	const id = valueAt(raw, ['id']);
	return typeof id === 'string' && id !== '' ? `${id} (#${index})` : `#${index}`;
}
