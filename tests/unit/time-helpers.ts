import { afterEach } from 'vitest';
import { parseInstant } from '../../src/lib/domain/time/instant';

/** Epoch ms of an ISO string with offset; throws on bad input so a typo fails loudly. */
export function ms(iso: string): number {
	const parsed = parseInstant(iso);
	if (!parsed.ok) throw new Error(parsed.expected);
	return parsed.ms;
}

/** Lets a test pretend to be a viewer in another zone (process.env.TZ), then restores it. */
export function restoreViewerZoneAfterEach(): void {
	const original = process.env.TZ;
	afterEach(() => {
		process.env.TZ = original;
	});
}
