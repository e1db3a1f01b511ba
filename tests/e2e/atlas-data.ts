import { validateAtlas, type AtlasData } from '../../src/lib/domain/data/validate';
import { readAtlasInput } from '../../src/lib/server/geodata';

/** The real atlas data, validated, so tests derive expectations instead of hard-coding them. */
export function loadAtlasData(): AtlasData {
	const result = validateAtlas(readAtlasInput('.'));
	if (!result.ok) throw new Error(`geodata/ is invalid: ${result.errors.length} error(s)`);
	return result.data;
}
