/// <reference lib="webworker" />
import { indexFacts, sortEvents } from '$lib/domain/atlas-index';
import { readDatasetEnvelope, DATASET_FILE } from '$lib/domain/data/envelope';
import { validateAtlas } from '$lib/domain/data/validate';
import type { DatasetMessage, DatasetProblem, DatasetRequest } from './dataset-messages';

/**
 * Fetches the dataset file, validates it with the same validator as the build, and indexes it,
 * all off the main thread, so a large atlas never freezes the page while it loads. The validator
 * (and zod with it) lives only in this worker's bundle.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * Events per message. The page reads each message in one task; a batch of this size takes it a
 * few ms, where 100,000 events in one message froze it for one to four seconds.
 */
const EVENTS_PER_MESSAGE = 1000;

function post(message: DatasetMessage): void {
	scope.postMessage(message);
}

/** Posts the dataset's events in batches, then its index's facts; or returns what went wrong. */
async function load({ url }: DatasetRequest): Promise<DatasetProblem | null> {
	let response: Response;
	try {
		response = await fetch(url);
	} catch (error) {
		return { kind: 'failed', message: `The events could not be downloaded (${String(error)}).` };
	}
	if (!response.ok) {
		return {
			kind: 'failed',
			message: `The events could not be downloaded (HTTP ${response.status}).`
		};
	}
	let raw: unknown;
	try {
		raw = JSON.parse(await response.text());
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return {
			kind: 'invalid',
			file: DATASET_FILE,
			errors: [{ file: DATASET_FILE, field: '(root)', expected: `valid JSON (${reason})` }]
		};
	}
	const started = performance.now();
	const envelope = readDatasetEnvelope(raw);
	if (!envelope.ok) return { kind: 'invalid', file: DATASET_FILE, errors: envelope.errors };
	const result = validateAtlas(envelope.input);
	const validateMs = performance.now() - started;
	if (!result.ok) return { kind: 'invalid', file: DATASET_FILE, errors: result.errors };
	const events = sortEvents(result.data.events);
	const facts = indexFacts(result.data, events);
	for (let first = 0; first < events.length; first += EVENTS_PER_MESSAGE) {
		post({ kind: 'events', events: events.slice(first, first + EVENTS_PER_MESSAGE) });
	}
	post({ kind: 'ready', facts, validateMs });
	return null;
}

scope.onmessage = async (message: MessageEvent<DatasetRequest>) => {
	let problem: DatasetProblem | null;
	try {
		problem = await load(message.data);
	} catch (error) {
		problem = { kind: 'failed', message: `The events could not be read (${String(error)}).` };
	}
	if (problem) post(problem);
};
