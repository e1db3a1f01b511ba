import { dev } from '$app/environment';
import { base } from '$app/paths';

/**
 * Registers the service worker that keeps the atlas usable offline (`src/service-worker.ts`),
 * for pages opened as themselves, once the page has loaded, so its dozens of files never
 * compete with the first visit's map and data.
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
	if (document.readyState === 'complete') register();
	else window.addEventListener('load', register, { once: true });
}

function explainRefusal(error: unknown): void {
	console.info('The atlas will not be kept for offline use:', error);
}
