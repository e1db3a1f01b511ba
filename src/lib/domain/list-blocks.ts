import type { DaySpan } from './time/timeline';

/** A day's events, or the part of them that fits one block (`continued` after the first part). */
export interface BlockDay extends DaySpan {
	continued: boolean;
}

/**
 * A run of consecutive events that the virtual list renders or leaves out as one piece: whole
 * days where they fit, a long day cut into several blocks. Positions `[first, end)`.
 */
export interface ListBlock {
	key: string;
	first: number;
	end: number;
	days: BlockDay[];
}

/**
 * Cuts the list's days into blocks of at most `size` events (a block may hold fewer, to avoid
 * cutting a day that would fit whole in the next one). Linear in the number of days.
 */
export function listBlocks(days: readonly DaySpan[], size: number): ListBlock[] {
	const blocks: ListBlock[] = [];
	let block: ListBlock | undefined;
	for (const day of days) {
		let first = day.first;
		while (first < day.end) {
			const room = block ? size - (block.end - block.first) : 0;
			const remaining = day.end - first;
			if (!block || room <= 0 || (remaining > room && remaining <= size && first === day.first)) {
				block = { key: `b${blocks.length}`, first, end: first, days: [] };
				blocks.push(block);
				continue;
			}
			const end = first + Math.min(room, remaining);
			block.days.push({ ...day, first, end, continued: first !== day.first });
			block.end = end;
			first = end;
		}
	}
	return blocks;
}
