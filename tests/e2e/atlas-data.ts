import { validateAtlas, type AtlasData } from '../../src/lib/domain/data/validate';
import { readAtlasInput } from '../../src/lib/server/geodata';

/** The real atlas data, validated, so tests derive expectations instead of hard-coding them. */
export function loadAtlasData(): AtlasData {
	const result = validateAtlas(readAtlasInput('.'));
	if (!result.ok) throw new Error(`geodata/ is invalid: ${result.errors.length} error(s)`);
	return result.data;
}

/**
 * A zone's clock at `ms` as `Intl` itself reads it, 24-hour, e.g. { year: '2015', …, hour:
 * '21', minute: '40' }: what the atlas must show, computed independently of its own code.
 */
export function clockParts(ms: number, zone: string): Record<string, string> {
	const format = new Intl.DateTimeFormat('en-GB', {
		timeZone: zone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	});
	return Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
}
