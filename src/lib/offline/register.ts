import { dev } from '$app/environment';
import { base } from '$app/paths';
import { heldWork, watchInput } from './hold';

/**
 * Registers the service worker that keeps the atlas usable offline (`src/service-worker.ts`),
 * for pages opened as themselves, once the page has loaded, its map has drawn, the reader has
 * paused (hold.ts) and the page is idle, so its dozens of files do not compete with the first
 * visit's map and data, or with the reader's first moves.
 *
 * Never in a frame: an embed sits on someone else's page, where browsers partition storage
 * by that page (a cache filled there serves no later visit to the atlas itself), where the
 * host did not ask for a background worker and its storage, and where a sandbox without
 * `allow-same-origin` makes even reading `navigator.serviceWorker` throw. Not in development
 * either, where a cached release would hide every edit.
 *
 * Without service workers (an old browser, plain http, storage blocked), or when the browser
 * refuses, the site works as before: a refusal is a console note, never an error.
 */
export function registerOfflineWorker(): void {
	if (dev || window.self !== window.top || !('serviceWorker' in navigator)) return;
	const register = () => {
		try {
			navigator.serviceWorker.register(`${base}/service-worker.js`).catch(explainRefusal);
		} catch (error) {
			explainRefusal(error);
		}
	};
	// After the load event and the held work (the map), once the reader has left the page alone
	// for a moment, and then only once the page's thread has a moment to spare: the load event
	// comes long before the map has drawn and the events have loaded, and the worker's first run
	// downloads the whole site, on the same cores. The page's thread is idle in between, waiting
	// for the network and for workers.
	const whenIdle = () =>
		'requestIdleCallback' in window
			? requestIdleCallback(register, { timeout: IDLE_TIMEOUT_MS })
			: setTimeout(register, IDLE_TIMEOUT_MS);
	const loaded = new Promise<void>((done) => {
		if (document.readyState === 'complete') done();
		else window.addEventListener('load', () => done(), { once: true });
	});
	const longest = new Promise((done) => setTimeout(done, HOLD_TIMEOUT_MS));
	const quiet = watchInput();
	void Promise.all([loaded, Promise.race([heldWork(), longest])])
		.then(quiet)
		.then(whenIdle);
}

/** The longest the registration waits for an idle moment after the rest. */
const IDLE_TIMEOUT_MS = 10_000;
/** The longest held work may delay it: a map still loading after this is not coming soon. */
const HOLD_TIMEOUT_MS = 60_000;

function explainRefusal(error: unknown): void {
	console.info('The atlas will not be kept for offline use:', error);
}
