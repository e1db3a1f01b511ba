import type { DatasetReply, DatasetRequest } from '$lib/workers/dataset-messages';

/** The name of the performance measure the benchmark reads: validation time in the worker. */
export const WORKER_VALIDATE_MEASURE = 'atlas:worker-validate';

/**
 * Loads a dataset file through the dataset worker and resolves with its reply; never rejects.
 * The worker is ended as soon as it has answered, since it holds a copy of everything it read.
 */
export function loadDataset(url: string): Promise<DatasetReply> {
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('../workers/dataset.worker.ts', import.meta.url), {
				type: 'module'
			});
		} catch (error) {
			resolve({ kind: 'failed', message: `The events could not be loaded (${String(error)}).` });
			return;
		}
		worker.onmessage = (message: MessageEvent<DatasetReply>) => {
			worker.terminate();
			if (message.data.kind === 'ready') {
				performance.measure(WORKER_VALIDATE_MEASURE, {
					start: performance.now() - message.data.validateMs,
					duration: message.data.validateMs
				});
			}
			resolve(message.data);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			resolve({ kind: 'failed', message: 'The events could not be loaded (the loader failed).' });
		};
		worker.postMessage({ url: new URL(url, location.href).href } satisfies DatasetRequest);
	});
}
