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
