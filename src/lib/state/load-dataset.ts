import { EventLookups } from '$lib/domain/atlas-index';
import { createStringSharer } from '$lib/domain/data/shared-strings';
import type { DatasetMessage, DatasetReply, DatasetRequest } from '$lib/workers/dataset-messages';

/** The name of the performance measure the benchmark reads: validation time in the worker. */
export const WORKER_VALIDATE_MEASURE = 'atlas:worker-validate';

/**
 * How long the worker may take before the reader is told it failed: generous, since 100,000
 * events take about 20 s to fetch and validate on a slow machine, but finite, so "loading"
 * never lasts forever when a worker hangs or is silently blocked.
 */
export const DATASET_TIMEOUT_MS = 120_000;

/**
 * A module worker started from a `data:` module that imports the real one. A page with an opaque
 * origin (an iframe sandboxed without `allow-same-origin`) may not start a worker from the site's
 * URL; MapLibre starts its own worker from a `data:` URL in that case too.
 */
class ImportingWorker extends globalThis.Worker {
	constructor(url: URL, options: WorkerOptions) {
		const source = `import ${JSON.stringify(url.href)};`;
		super(`data:text/javascript,${encodeURIComponent(source)}`, options);
	}
}

function createDatasetWorker(): Worker {
	// Named `Worker` on purpose: Vite bundles the worker only for `new Worker(new URL(…))`.
	const Worker = globalThis.origin === 'null' ? ImportingWorker : globalThis.Worker;
	return new Worker(new URL('../workers/dataset.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Loads a dataset file through the dataset worker and resolves with the whole index, or with
 * what went wrong; never rejects. The events arrive in batches, each indexed as it comes (one
 * short task each, its short strings shared: see `createStringSharer`); the index is completed
 * when the facts follow them. The worker is ended as soon as it has answered, since it holds a
 * copy of everything it read.
 */
export function loadDataset(url: string, timeoutMs = DATASET_TIMEOUT_MS): Promise<DatasetReply> {
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = createDatasetWorker();
		} catch (error) {
			resolve({ kind: 'failed', message: `The events could not be loaded (${String(error)}).` });
			return;
		}
		const timer = setTimeout(() => {
			worker.terminate();
			const seconds = Math.round(timeoutMs / 1000);
			resolve({
				kind: 'failed',
				message: `The events could not be loaded (no answer from the loader after ${seconds} s).`
			});
		}, timeoutMs);
		const lookups = new EventLookups();
		const share = createStringSharer();
		worker.onmessage = ({ data: message }: MessageEvent<DatasetMessage>) => {
			if (message.kind === 'events') {
				lookups.add(share(message.events));
				return;
			}
			clearTimeout(timer);
			worker.terminate();
			if (message.kind !== 'ready') {
				resolve(message);
				return;
			}
			performance.measure(WORKER_VALIDATE_MEASURE, {
				start: performance.now() - message.validateMs,
				duration: message.validateMs
			});
			resolve({
				kind: 'ready',
				index: lookups.complete(message.facts),
				validateMs: message.validateMs
			});
		};
		worker.onerror = (event) => {
			clearTimeout(timer);
			event.preventDefault();
			worker.terminate();
			resolve({ kind: 'failed', message: 'The events could not be loaded (the loader failed).' });
		};
		worker.postMessage({ url: new URL(url, location.href).href } satisfies DatasetRequest);
	});
}
