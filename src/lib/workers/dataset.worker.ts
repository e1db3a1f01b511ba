/// <reference lib="webworker" />
import { buildAtlasIndex } from '$lib/domain/atlas-index';
import { readDatasetEnvelope, DATASET_FILE } from '$lib/domain/data/envelope';
import { validateAtlas } from '$lib/domain/data/validate';
import type { DatasetReply, DatasetRequest } from './dataset-messages';

/**
 * Fetches the dataset file, validates it with the same validator as the build, and indexes it,
 * all off the main thread, so a large atlas never freezes the page while it loads. The validator
 * (and zod with it) lives only in this worker's bundle.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

async function load({ url }: DatasetRequest): Promise<DatasetReply> {
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
	return { kind: 'ready', index: buildAtlasIndex(result.data), validateMs };
}

scope.onmessage = async (message: MessageEvent<DatasetRequest>) => {
	let reply: DatasetReply;
	try {
		reply = await load(message.data);
	} catch (error) {
		reply = { kind: 'failed', message: `The events could not be read (${String(error)}).` };
	}
	scope.postMessage(reply);
};
