import type { AtlasIndex, AtlasIndexFacts } from '$lib/domain/atlas-index';
import type { AtlasEvent } from '$lib/domain/data/schema';
import type { ValidationError } from '$lib/domain/data/validation-errors';

/** What the page asks the dataset worker: load the dataset file at this URL. */
export interface DatasetRequest {
	url: string;
}

/** Why a dataset is not there: the validator's errors, or why nothing could be read. */
export type DatasetProblem =
	| { kind: 'invalid'; file: string; errors: ValidationError[] }
	| { kind: 'failed'; message: string };

/**
 * What the worker posts, in order: the events in reading order, a batch per message, then the
 * index's facts (or, instead of all that, a problem). One message per batch keeps each of the
 * page's tasks short: the page reads a message in one go, however large it is.
 */
export type DatasetMessage =
	| { kind: 'events'; events: AtlasEvent[] }
	| { kind: 'ready'; facts: AtlasIndexFacts; validateMs: number }
	| DatasetProblem;

/** What loading a dataset gives the page: the whole index, or a problem. */
export type DatasetReply =
	{ kind: 'ready'; index: AtlasIndex; validateMs: number } | DatasetProblem;
