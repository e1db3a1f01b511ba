/**
 * Cycles among `parent` links: a → b → a would make each event part of the other, and any code
 * walking up to the top event would never stop. Each event has at most one parent, so one walk
 * up from each event, never repeating a finished event, finds every cycle in linear time.
 */

/** The ids on each cycle, in parent order, starting with the cycle's first event in the file. */
export function findParentCycles(
	events: readonly { id: string; parent?: string | undefined }[]
): string[][] {
	const parentOf = new Map<string, string>();
	const position = new Map<string, number>();
	events.forEach((event, index) => {
		if (event.parent !== undefined) parentOf.set(event.id, event.parent);
		if (!position.has(event.id)) position.set(event.id, index);
	});
	/** The walk that first reached each id; a walk meeting its own number has found a cycle. */
	const reachedBy = new Map<string, number>();
	const cycles: string[][] = [];
	events.forEach((event, walk) => {
		const path: string[] = [];
		let current: string | undefined = event.id;
		while (current !== undefined && !reachedBy.has(current) && position.has(current)) {
			reachedBy.set(current, walk);
			path.push(current);
			current = parentOf.get(current);
		}
		if (current === undefined || reachedBy.get(current) !== walk) return;
		const cycle = path.slice(path.indexOf(current));
		// Start with the member that comes first in the file, so the report names that one.
		let first = 0;
		cycle.forEach((id, i) => {
			if ((position.get(id) ?? 0) < (position.get(cycle[first] as string) ?? 0)) first = i;
		});
		cycles.push([...cycle.slice(first), ...cycle.slice(0, first)]);
	});
	return cycles;
}
