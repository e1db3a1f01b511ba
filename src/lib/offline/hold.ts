/**
 * Work a page's first visit should finish before the offline worker starts downloading the
 * whole site on the same cores: the first map, say. Held from a component's mount, which runs
 * before the layout's, where the worker is registered (register.ts).
 */
const held = new Set<Promise<unknown>>();

/** Delays the offline worker's registration until `work` has settled. */
export function holdOfflineWorker(work: Promise<unknown>): void {
	held.add(work);
}

/** Settles once everything held so far has. */
export function heldWork(): Promise<unknown> {
	return Promise.allSettled([...held]);
}

/** How long the reader must leave the page alone before the offline worker starts its download. */
export const INPUT_QUIET_MS = 3000;

/**
 * Watches the reader's input from now on. The function it returns settles once the reader has
 * not pressed a key, clicked, touched or scrolled for `INPUT_QUIET_MS` since it was called: the
 * offline worker's first run downloads the whole site, and should not take the cores while the
 * reader is moving the slider or the map.
 */
export function watchInput(): () => Promise<void> {
	const kinds = ['keydown', 'pointerdown', 'wheel', 'touchstart'];
	let last = performance.now();
	const note = () => (last = performance.now());
	for (const kind of kinds) addEventListener(kind, note, { capture: true, passive: true });
	return () => {
		last = Math.max(last, performance.now());
		return new Promise((done) => {
			const check = () => {
				const left = INPUT_QUIET_MS - (performance.now() - last);
				if (left > 0) return void setTimeout(check, left);
				for (const kind of kinds) removeEventListener(kind, note, { capture: true });
				done();
			};
			check();
		});
	};
}
