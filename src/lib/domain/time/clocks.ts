import { offsetAt } from './zoned';

/** What the note on clocks needs to know of a dataset: its events' zones, and if they agree. */
export interface ClockFacts {
	/** The zones the events name, each once, in order of first appearance. */
	zones: readonly string[];
	/**
	 * Whether every event's clock read the same as the atlas's at the moment it began (Paris and
	 * Brussels, say), so that two zone names are not mistaken for two different times.
	 */
	sameAsAtlas: boolean;
}

/**
 * Reads the events' clocks against the atlas's. Two `Intl` calls per event whose zone is not
 * the atlas's, so the index does it once per dataset, in the dataset worker.
 */
export function readClocks(
	atlasZone: string,
	events: readonly { startMs: number; timeZone: string }[]
): ClockFacts {
	const zones = [...new Set(events.map((e) => e.timeZone))];
	const sameAsAtlas = events.every(
		(e) =>
			e.timeZone === atlasZone || offsetAt(e.startMs, e.timeZone) === offsetAt(e.startMs, atlasZone)
	);
	return { zones, sameAsAtlas };
}
