import { atlasMetaSchema, type AtlasEvent, type AtlasMeta, type Source } from './schema';
import { isKnownTimeZone } from '../time/instant';
import { validateEvents } from './validate-events';
import { validateSources } from './validate-sources';
import { issuesToErrors, type ValidationError } from './validation-errors';

export { formatValidationError, type ValidationError } from './validation-errors';

/** Raw inputs: parsed JSON of unknown shape plus the source texts keyed by file name. */
export interface AtlasInput {
	metaFile: string;
	meta: unknown;
	eventsFile: string;
	events: unknown;
	sourcesFile: string;
	sources: unknown;
	texts: Readonly<Record<string, string>>;
}

/** Data that passed validation: typed, complete, safe to show. */
export interface AtlasData {
	meta: AtlasMeta;
	events: AtlasEvent[];
	sources: Source[];
	/** Source texts by source id, for showing quotes in context. */
	texts: Record<string, string>;
}

/** Either the validated data or every error found, never a mix of the two. */
export type ValidationResult =
	{ ok: true; data: AtlasData } | { ok: false; errors: ValidationError[] };

/**
 * The one gate between unknown input and the app: the build, the tests and data loaded at run
 * time all pass through it. Any error rejects the whole atlas, because a partial atlas would
 * silently hide events and sources.
 */
export function validateAtlas(input: AtlasInput): ValidationResult {
	const errors: ValidationError[] = [];
	const meta = atlasMetaSchema.safeParse(input.meta);
	if (!meta.success) {
		errors.push(...issuesToErrors(meta.error.issues, input.meta, input.metaFile, undefined, ''));
	} else if (!isKnownTimeZone(meta.data.timeZone)) {
		errors.push({
			file: input.metaFile,
			field: 'timeZone',
			expected: 'an IANA time zone such as Europe/Paris',
			received: JSON.stringify(meta.data.timeZone)
		});
	}
	const sources = validateSources(input, errors);
	const events = validateEvents(input.eventsFile, input.events, sources, input.texts, errors);
	if (!meta.success || errors.length > 0) return { ok: false, errors };
	const texts: Record<string, string> = {};
	for (const source of sources) texts[source.id] = input.texts[source.file] as string;
	return { ok: true, data: { meta: meta.data, events, sources, texts } };
}
