import { parseArgs } from 'node:util';
import { readAtlasInput } from '../src/lib/server/geodata';
import { formatValidationError, validateAtlas } from '../src/lib/domain/data/validate';

const { values } = parseArgs({
	options: {
		meta: { type: 'string' },
		events: { type: 'string' },
		sources: { type: 'string' },
		texts: { type: 'string' }
	}
});

try {
	const result = validateAtlas(readAtlasInput('.', values));
	if (!result.ok) {
		for (const error of result.errors) console.error(formatValidationError(error));
		console.error(`\n${result.errors.length} error(s): the atlas data is invalid.`);
		process.exit(1);
	}
	const { events, sources } = result.data;
	console.log(`Atlas data is valid: ${events.length} events, ${sources.length} sources.`);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
