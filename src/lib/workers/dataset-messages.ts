import type { AtlasIndex } from '$lib/domain/atlas-index';
import type { ValidationError } from '$lib/domain/data/validation-errors';

/** What the page asks the dataset worker: load the dataset file at this URL. */
export interface DatasetRequest {
	url: string;
}

/** What the worker answers: the index, the validator's errors, or why nothing could be read. */
export type DatasetReply =
	| { kind: 'ready'; index: AtlasIndex; validateMs: number }
	| { kind: 'invalid'; file: string; errors: ValidationError[] }
	| { kind: 'failed'; message: string };
