import { sourcesFileSchema, type Source } from './schema';
import type { AtlasInput } from './validate';
import {
	describe,
	issuesToErrors,
	itemLabel,
	valueAt,
	type ValidationError
} from './validation-errors';

/** Checks sources.json: shape, unique ids, a text file for each, a sane written interval. */
export function validateSources(input: AtlasInput, errors: ValidationError[]): Source[] {
	const parsed = sourcesFileSchema.safeParse(input.sources);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const index = typeof issue.path[0] === 'number' ? issue.path[0] : undefined;
			const item =
				index === undefined ? undefined : itemLabel(valueAt(input.sources, [index]), index);
			const rest = index === undefined ? issue.path : issue.path.slice(1);
			const root = index === undefined ? input.sources : valueAt(input.sources, [index]);
			errors.push(...issuesToErrors([{ ...issue, path: rest }], root, input.sourcesFile, item, ''));
		}
		return [];
	}
	const seen = new Set<string>();
	parsed.data.forEach((source, index) => {
		const item = `${source.id} (#${index})`;
		if (seen.has(source.id)) {
			errors.push({ file: input.sourcesFile, item, field: 'id', expected: 'a unique source id' });
		}
		seen.add(source.id);
		if (input.texts[source.file] === undefined) {
			errors.push({
				file: input.sourcesFile,
				item,
				field: 'file',
				expected: 'a text file present in geodata/sources/',
				received: describe(source.file)
			});
		}
		if (source.written.to < source.written.from) {
			errors.push({
				file: input.sourcesFile,
				item,
				field: 'written.to',
				expected: `a date on or after written.from (${source.written.from})`,
				received: describe(source.written.to)
			});
		}
	});
	return parsed.data;
}
