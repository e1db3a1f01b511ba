import { error } from '@sveltejs/kit';
import { formatValidationError, validateAtlas } from '$lib/domain/data/validate';
import { readAtlasInput } from '$lib/server/geodata';

/** Validated at build time: invalid data fails the build with every error listed. */
export function load() {
	const result = validateAtlas(readAtlasInput());
	if (!result.ok) {
		error(500, `Invalid atlas data:\n${result.errors.map(formatValidationError).join('\n')}`);
	}
	return result.data;
}
