import { atlasMetaSchema, type AtlasEvent, type AtlasMeta, type Source } from './schema';
import { validateEvents } from './validate-events';
import { validateSources } from './validate-sources';
import { describe, issuesToErrors, type ValidationError } from './validation-errors';
import { checkZoneName } from './zone-names';

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
	/**
	 * Source texts by source id, for showing quotes in context. A record without a prototype,
	 * so no id can read anything but a text (ids such as `__proto__` are refused besides).
	 */
	texts: Record<string, string>;
}

/** Either the validated data or every error found, never a mix of the two. */
export type ValidationResult =
	{ ok: true; data: AtlasData } | { ok: false; errors: ValidationError[] };

/** Where the wrapping of the input is reported when it is not what `AtlasInput` says. */
const INPUT = 'validator input';

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Checks what the type system promises but a caller from plain JavaScript (or a fetched
 * dataset file) might not deliver: file names that are strings, texts that are a record of
 * strings. Everything inside the files is the validators' job.
 */
function checkWrapping(input: unknown): ValidationError[] {
	if (!isRecord(input)) {
		return [
			{ file: INPUT, field: '(root)', expected: 'the atlas files', received: describe(input) }
		];
	}
	const errors: ValidationError[] = [];
	for (const field of ['metaFile', 'eventsFile', 'sourcesFile']) {
		if (typeof input[field] !== 'string') {
			errors.push({
				file: INPUT,
				field,
				expected: 'a file name',
				received: describe(input[field])
			});
		}
	}
	const texts = input.texts;
	if (!isRecord(texts) || Object.values(texts).some((text) => typeof text !== 'string')) {
		errors.push({ file: INPUT, field: 'texts', expected: 'source texts by file name' });
	}
	return errors;
}

function validateMeta(input: AtlasInput, errors: ValidationError[]): AtlasMeta | undefined {
	const meta = atlasMetaSchema.safeParse(input.meta);
	if (!meta.success) {
		errors.push(...issuesToErrors(meta.error.issues, input.meta, input.metaFile, undefined, ''));
		return undefined;
	}
	const zone = checkZoneName(meta.data.timeZone);
	if (!zone.ok) {
		errors.push({
			file: input.metaFile,
			field: 'timeZone',
			expected: zone.expected,
			received: describe(meta.data.timeZone)
		});
	}
	return meta.data;
}

/** The atlas's own figures, like an event's, must cite a source listed in sources.json. */
function checkMetaFigures(
	file: string,
	meta: AtlasMeta,
	listed: ReadonlySet<string>,
	errors: ValidationError[]
) {
	meta.figures.forEach((figure, f) => {
		if (listed.has(figure.source)) return;
		errors.push({
			file,
			field: `figures.${f}.source`,
			expected: 'a source id listed in sources.json',
			received: describe(figure.source)
		});
	});
}

function validateChecked(input: AtlasInput): ValidationResult {
	const wrapping = checkWrapping(input);
	if (wrapping.length > 0) return { ok: false, errors: wrapping };
	const errors: ValidationError[] = [];
	const meta = validateMeta(input, errors);
	const checked = validateSources(input, errors);
	if (meta !== undefined) checkMetaFigures(input.metaFile, meta, checked.listed, errors);
	const events = validateEvents(input.eventsFile, input.events, checked, input.texts, errors);
	if (meta === undefined || errors.length > 0) return { ok: false, errors };
	const { sources } = checked;
	const texts: Record<string, string> = Object.create(null);
	for (const source of sources) texts[source.id] = input.texts[source.file] as string;
	return { ok: true, data: { meta, events, sources, texts } };
}

/**
 * The one gate between unknown input and the app: the build, the tests and data loaded at run
 * time all pass through it. Any error rejects the whole atlas, because a partial atlas would
 * silently hide events and sources. It never throws: every input ends in data or in errors.
 */
export function validateAtlas(input: AtlasInput): ValidationResult {
	try {
		return validateChecked(input);
	} catch (error) {
		// Never reached by any input the tests and the fuzzing know; if it is, the page and the
		// command line still get one readable error instead of a crash, and the bug is named.
		const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		return {
			ok: false,
			errors: [
				{
					file: INPUT,
					field: '(validator)',
					expected: 'input the validator can check',
					detail: `the validator failed (${reason.slice(0, 200)}); please report this as a bug`
				}
			]
		};
	}
}
