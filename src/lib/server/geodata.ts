import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { MAX_FILE_BYTES, formatCount } from '../domain/data/limits';
import type { AtlasInput } from '../domain/data/validate';

/**
 * Where the data lives, relative to the project root (the build's working directory). The
 * environment variable `ATLAS_GEODATA_DIR` points the validator and the build at another
 * folder of the same shape: a deployer's own atlas, or the benchmark's synthetic datasets.
 */
export function geodataDir(): string {
	return process.env.ATLAS_GEODATA_DIR || 'geodata';
}

export interface GeodataPaths {
	meta?: string;
	events?: string;
	sources?: string;
	texts?: string;
}

/**
 * The atlas files could not be read: missing, unreadable, too large, or not JSON. `problems`
 * has one line per file, `path: what is wrong`, and the message lists them all.
 */
export class AtlasReadError extends Error {
	constructor(readonly problems: readonly string[]) {
		super(problems.join('\n'));
		this.name = 'AtlasReadError';
	}
}

/** What the operating system's error codes mean for someone pointing at a data file. */
const FILE_ERRORS: Readonly<Record<string, string>> = {
	ENOENT: 'no such file or folder',
	EISDIR: 'is a folder, not a file',
	ENOTDIR: 'is not a folder',
	EACCES: 'permission denied',
	EPERM: 'permission denied'
};

function reasonOf(error: unknown): string {
	const code = (error as { code?: unknown } | null)?.code;
	if (typeof code === 'string' && Object.hasOwn(FILE_ERRORS, code))
		return FILE_ERRORS[code] as string;
	return error instanceof Error ? error.message : String(error);
}

/** Where problems are recorded, each line naming the file as the user gave it. */
interface Problems {
	list: string[];
	/** The path as messages show it: relative to the project root. */
	shown(path: string): string;
}

/** Reads a UTF-8 file within `MAX_FILE_BYTES`, or records why not and returns undefined. */
function readText(path: string, problems: Problems): string | undefined {
	try {
		const { size } = statSync(path);
		if (size > MAX_FILE_BYTES) {
			problems.list.push(
				`${problems.shown(path)}: the file is ${formatCount(size)} bytes, over the limit of ${formatCount(MAX_FILE_BYTES)}`
			);
			return undefined;
		}
		return readFileSync(path, 'utf8');
	} catch (error) {
		problems.list.push(`${problems.shown(path)}: could not read the file (${reasonOf(error)})`);
		return undefined;
	}
}

/**
 * Reads a JSON file, or records why not. A byte order mark is refused by name rather than
 * stripped: JSON forbids it, and JSON.parse would report it as an invisible "unexpected token".
 */
function readJson(path: string, problems: Problems): unknown {
	const text = readText(path, problems);
	if (text === undefined) return undefined;
	if (text.startsWith('\uFEFF')) {
		problems.list.push(
			`${problems.shown(path)}: the file starts with a UTF-8 byte order mark (EF BB BF); save it as UTF-8 without one`
		);
		return undefined;
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		problems.list.push(`${problems.shown(path)}: could not read as JSON (${reason})`);
		return undefined;
	}
}

/** Every `.txt` file of `dir` by name, in a record without a prototype. */
function readTexts(dir: string, problems: Problems): Record<string, string> {
	const texts: Record<string, string> = Object.create(null);
	let names: string[];
	try {
		names = readdirSync(dir);
	} catch (error) {
		problems.list.push(
			`${problems.shown(dir)}: could not list the source texts (${reasonOf(error)})`
		);
		return texts;
	}
	for (const name of names) {
		if (!name.endsWith('.txt')) continue;
		const text = readText(join(dir, name), problems);
		if (text !== undefined) texts[name] = text;
	}
	return texts;
}

/**
 * Reads the raw atlas files from disk without judging their contents: validation is
 * `validateAtlas`'s job. Paths can be overridden so the CLI can check a fixture against the
 * real sources. Throws one `AtlasReadError` naming every file it could not read.
 */
export function readAtlasInput(root = '.', paths: GeodataPaths = {}): AtlasInput {
	const metaPath = paths.meta ?? resolve(root, geodataDir(), 'atlas.json');
	const eventsPath = paths.events ?? resolve(root, geodataDir(), 'events.geojson');
	const sourcesPath = paths.sources ?? resolve(root, geodataDir(), 'sources.json');
	const textsDir = paths.texts ?? resolve(root, geodataDir(), 'sources');
	const problems: Problems = { list: [], shown: (path) => relative(root, path) || path };
	const input: AtlasInput = {
		metaFile: relative(root, metaPath),
		meta: readJson(metaPath, problems),
		eventsFile: relative(root, eventsPath),
		events: readJson(eventsPath, problems),
		sourcesFile: relative(root, sourcesPath),
		sources: readJson(sourcesPath, problems),
		texts: readTexts(textsDir, problems)
	};
	if (problems.list.length > 0) throw new AtlasReadError(problems.list);
	return input;
}
