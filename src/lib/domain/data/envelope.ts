import type { AtlasInput } from './validate';
import type { ValidationError } from './validation-errors';

/** The name under which a dataset file reports problems with its own wrapping. */
export const DATASET_FILE = 'dataset';

/**
 * The dataset file the build writes and the page fetches: the raw inputs of `validateAtlas`
 * (the contents of atlas.json, events.geojson, sources.json and the source texts, with their
 * file names for error messages), so the browser validates exactly what the build validated.
 */
export type DatasetEnvelope = AtlasInput;

function isRecordOfStrings(value: unknown): value is Record<string, string> {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
	return Object.values(value).every((text) => typeof text === 'string');
}

/**
 * Checks the wrapping of a fetched dataset file before its contents go to the validator: the
 * file names are strings and the texts a map of strings. What is inside is the validator's job.
 */
export function readDatasetEnvelope(
	raw: unknown
): { ok: true; input: AtlasInput } | { ok: false; errors: ValidationError[] } {
	const fields = ['metaFile', 'eventsFile', 'sourcesFile'] as const;
	const record = (raw ?? {}) as Record<string, unknown>;
	const errors: ValidationError[] = [];
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		return {
			ok: false,
			errors: [{ file: DATASET_FILE, field: '(root)', expected: 'an object with the atlas files' }]
		};
	}
	for (const field of fields) {
		if (typeof record[field] !== 'string') {
			errors.push({ file: DATASET_FILE, field, expected: 'a file name' });
		}
	}
	if (!isRecordOfStrings(record.texts)) {
		errors.push({ file: DATASET_FILE, field: 'texts', expected: 'source texts by file name' });
	}
	if (errors.length > 0) return { ok: false, errors };
	return { ok: true, input: raw as AtlasInput };
}
