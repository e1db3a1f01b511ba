import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseQuoteText, prepareSourceText } from '../../src/lib/domain/data/quotes';
import {
	formatValidationError,
	validateAtlas,
	type AtlasInput,
	type ValidationError
} from '../../src/lib/domain/data/validate';
import {
	CATEGORIES,
	LOCATION_PRECISIONS,
	TIME_ORDERED_RELATIONS
} from '../../src/lib/domain/data/vocabulary';
import { readAtlasInput } from '../../src/lib/server/geodata';

// Property-based fuzzing of the validator, seeded so a failure replays exactly: arbitrary
// input never makes it throw or print anything but one visible line per error; generated
// atlases that keep every rule are accepted; and each mutation that breaks a rule, of the
// real atlas or of a generated one, is reported on the field that breaks it.

const SEED = 20_151_113;
const run = (numRuns: number) => ({ seed: SEED, numRuns });

// ---------------------------------------------------------------------------------------------
// Shapes of the raw input, as far as the mutations need them.

interface RawQuote {
	source: string;
	text: string;
}
interface RawProperties {
	title: string;
	start: string;
	end?: string;
	timeZone: string;
	timePrecision: string;
	quotes: RawQuote[];
	links?: { to: string; relation: string }[];
	parent?: string;
	[field: string]: unknown;
}
interface RawFeature {
	type: 'Feature';
	id: string;
	geometry: { type: 'Point'; coordinates: unknown };
	properties: RawProperties;
}
interface RawSource {
	id: string;
	file: string;
	written: { from: string; to: string; [field: string]: unknown };
	[field: string]: unknown;
}
interface Atlas extends AtlasInput {
	events: { type: 'FeatureCollection'; features: RawFeature[] };
	sources: RawSource[];
}

const real = readAtlasInput('.') as Atlas;

// ---------------------------------------------------------------------------------------------
// What every outcome must satisfy, whatever the input.

/** Anything that would break a one-line message or hide part of it. */
const HIDDEN_OR_LINE_BREAK = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/**
 * Validates `input`, checking the promises every outcome keeps: no exception, no internal
 * error, and for each error a file, a field and an expectation on one line with nothing
 * hidden. Returns the errors ([] when accepted).
 */
function validateSoundly(input: unknown): ValidationError[] {
	const result = validateAtlas(input as AtlasInput);
	if (result.ok) return [];
	expect(result.errors.length).toBeGreaterThan(0);
	for (const error of result.errors) {
		expect(error.field).not.toBe('(validator)');
		expect(error.file).not.toBe('');
		expect(error.field).not.toBe('');
		expect(error.expected).not.toBe('');
		const line = formatValidationError(error);
		expect(line, line).not.toMatch(HIDDEN_OR_LINE_BREAK);
		expect(line.length).toBeLessThan(1200);
	}
	return result.errors;
}

const labelOf = (atlas: Atlas, index: number) => `${atlas.events.features[index]!.id} (#${index})`;

function errorsOn(errors: readonly ValidationError[], item: string, field: string) {
	return errors.filter((e) => e.item === item && e.field === field);
}

// ---------------------------------------------------------------------------------------------
// Helpers independent of the validator, used as oracles.

/** `+01:00`: the offset `zone` had at `ms`, from Intl alone. */
function offsetOf(ms: number, zone: string): string {
	const format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
	const name = format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value;
	const offset = name?.replace('GMT', '') ?? '';
	return offset === '' ? '+00:00' : offset;
}

/** `2015-11-13T21:40:00+01:00`: `ms` on the clock of `zone`, from Intl alone. */
function isoInZone(ms: number, zone: string): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(ms);
	const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
	const date = `${get('year')}-${get('month')}-${get('day')}`;
	return `${date}T${get('hour')}:${get('minute')}:${get('second')}${offsetOf(ms, zone)}`;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether `fragment` might occur in `source` as whole words: somewhere neither preceded nor
 * followed by a letter, digit or accent. Looser than the validator's rule (which also joins
 * "town's" and "13.5"), so when this says no, the validator must refuse the fragment.
 */
function mightBeWholeWords(source: string, fragment: string): boolean {
	const text = normaliseQuoteText(source);
	const needle = normaliseQuoteText(fragment);
	for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
		const before = text[at - 1] ?? ' ';
		const after = text[at + needle.length] ?? ' ';
		if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
	}
	return false;
}

/** Positions inside `text` between two letters, where a cut splits a word. */
function insideWordCuts(text: string): number[] {
	const cuts: number[] = [];
	for (let i = 1; i < text.length; i++) {
		if (/\p{L}/u.test(text[i - 1]!) && /\p{L}/u.test(text[i]!)) cuts.push(i);
	}
	return cuts;
}

/** The cycles among parents, by brute force: each as the set of its events' indexes. */
function parentCycleStarts(features: readonly RawFeature[]): Set<number> {
	const indexOf = new Map(features.map((f, i) => [f.id, i]));
	const starts = new Set<number>();
	const onCycle = (start: number) => {
		let current: number | undefined = start;
		for (let step = 0; step < features.length; step++) {
			const parent: string | undefined = features[current!]!.properties.parent;
			current = parent === undefined ? undefined : indexOf.get(parent);
			if (current === undefined) return false;
			if (current === start) return step > 0;
		}
		return false;
	};
	const members = features.map((_, i) => i).filter(onCycle);
	const seen = new Set<number>();
	for (const member of members) {
		if (seen.has(member)) continue;
		const cycle = [member];
		let next = indexOf.get(features[member]!.properties.parent!)!;
		while (next !== member) {
			cycle.push(next);
			next = indexOf.get(features[next]!.properties.parent!)!;
		}
		cycle.forEach((i) => seen.add(i));
		starts.add(Math.min(...cycle));
	}
	return starts;
}

// ---------------------------------------------------------------------------------------------
// Generated atlases that keep every rule.

const ZONES = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Adelaide'];
const WORD = fc.stringMatching(/^(?:[a-z]{1,7}|é[a-z]{0,3}|[0-9]{1,4}|[A-Z][a-z]{2,6})$/);
const SEPARATOR = fc.constantFrom(' ', '  ', '\n', ', ', '. ', ' – ', '\n\n', '\u00A0');

/** A source text, and where each of its words begins and ends. */
const sourceText = fc
	.array(fc.tuple(WORD, SEPARATOR), { minLength: 12, maxLength: 60 })
	.map((pairs) => {
		let text = '';
		const words: [number, number][] = [];
		for (const [word, separator] of pairs) {
			words.push([text.length, text.length + word.length]);
			text += word + separator;
		}
		return { text, words };
	});

/** An atlas of 1–12 events quoting 1–3 generated sources, every rule kept. */
const generatedAtlas: fc.Arbitrary<Atlas> = fc
	.record({
		texts: fc.array(sourceText, { minLength: 1, maxLength: 3 }),
		events: fc.array(
			fc.record({
				source: fc.nat(),
				firstWord: fc.nat(),
				wordCount: fc.integer({ min: 3, max: 8 }),
				minute: fc.integer({ min: 10_000_000, max: 30_000_000 }),
				lasting: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
				zone: fc.constantFrom(...ZONES),
				lon: fc.double({ min: -180, max: 180, noNaN: true }),
				lat: fc.double({ min: -90, max: 90, noNaN: true }),
				category: fc.constantFrom(...CATEGORIES),
				precision: fc.constantFrom(...LOCATION_PRECISIONS),
				parent: fc.option(fc.nat(), { nil: undefined }),
				link: fc.option(fc.nat(), { nil: undefined })
			}),
			{ minLength: 1, maxLength: 12 }
		)
	})
	.map(({ texts, events }) => {
		const sources: RawSource[] = texts.map((_, s) => ({
			id: `gen_source_${s}`,
			file: `gen-${s}.txt`,
			title: `Generated source ${s}`,
			kind: 'news-report',
			written: { from: '2015-11-14', to: '2015-11-14', inferred: false, basis: 'generated' },
			stated: ['A generated fact.']
		}));
		const features = events.map((e, k): RawFeature => {
			const s = e.source % texts.length;
			const { text, words } = texts[s]!;
			const first = e.firstWord % (words.length - e.wordCount);
			const quote = text.slice(words[first]![0], words[first + e.wordCount - 1]![1]);
			const startMs = e.minute * 60_000;
			const properties: RawProperties = {
				title: `Generated event ${k}`,
				summary: 'A generated event.',
				category: e.category,
				start: isoInZone(startMs, e.zone),
				timeZone: e.zone,
				timePrecision: 'minute',
				place: {
					name: 'Somewhere',
					// Address precision must name the address it claims.
					...(e.precision === 'address' ? { address: '1 Generated Street' } : {}),
					locality: 'Somewhere',
					country: 'BE',
					precision: e.precision
				},
				quotes: [{ source: `gen_source_${s}`, text: quote.replace(/\s+/g, ' ') }]
			};
			if (e.lasting !== undefined) {
				properties.end = isoInZone(startMs + e.lasting * 60_000, e.zone);
			}
			// Parents and links point only backwards, so they resolve and never loop.
			if (k > 0 && e.parent !== undefined) properties.parent = `gen-event-${e.parent % k}`;
			if (k > 0 && e.link !== undefined) {
				properties.links = [{ to: `gen-event-${e.link % k}`, relation: 'related' }];
			}
			return {
				type: 'Feature',
				id: `gen-event-${k}`,
				geometry: { type: 'Point', coordinates: [e.lon, e.lat] },
				properties
			};
		});
		return {
			...real,
			// The real atlas's own figures cite the real sources, which this atlas replaces.
			meta: { ...structuredClone(real.meta as object), figures: [] },
			events: { type: 'FeatureCollection', features },
			sources,
			texts: Object.fromEntries(texts.map(({ text }, s) => [`gen-${s}.txt`, text]))
		};
	});

// ---------------------------------------------------------------------------------------------
// Mutations that each break one rule, and the error that must name it.

interface Mutation {
	/** What it breaks, for the failure message. */
	name: string;
	/** Changes a copy of the atlas; false when this atlas offers no place for it. */
	apply(atlas: Atlas): boolean;
	/** Whether `errors` report the broken rule where it was broken. */
	caught(errors: readonly ValidationError[], atlas: Atlas): boolean;
}

const INVISIBLES = ['\u200B', '\u2060', '\u00AD', '\uFEFF', '\u200E', '\u202E', '\u2066', '\u180E'];
const label = (char: string) =>
	`U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Picks an index below `length` from a generated natural number. */
const pick = (n: number, length: number) => n % length;

const anyMutation: fc.Arbitrary<Mutation> = fc.oneof(
	fc
		.record({ e: fc.nat(), q: fc.nat(), cut: fc.nat(), atEnd: fc.boolean() })
		.map(({ e, q, cut, atEnd }): Mutation => {
			let where = { item: '', field: '' };
			return {
				name: `quote ${atEnd ? 'ending' : 'starting'} mid-word`,
				apply(atlas) {
					const features = atlas.events.features;
					const i = pick(e, features.length);
					const quotes = features[i]!.properties.quotes;
					const j = pick(q, quotes.length);
					const quote = quotes[j]!;
					const cuts = insideWordCuts(quote.text);
					if (cuts.length === 0) return false;
					const at = cuts[pick(cut, cuts.length)]!;
					const fragment = atEnd ? quote.text.slice(0, at) : quote.text.slice(at);
					const source = atlas.sources.find((s) => s.id === quote.source)!;
					if (fragment.trim().split(/\s+/).length < 4) return false;
					if (mightBeWholeWords(atlas.texts[source.file]!, fragment)) return false;
					quote.text = fragment;
					where = { item: labelOf(atlas, i), field: `properties.quotes.${j}.text` };
					return true;
				},
				caught: (errors) =>
					errorsOn(errors, where.item, where.field).some((error) =>
						error.expected.endsWith('made of whole words')
					)
			};
		}),
	fc
		.record({ e: fc.nat(), q: fc.nat(), at: fc.nat(), char: fc.constantFrom(...INVISIBLES) })
		.map(({ e, q, at, char }): Mutation => {
			let where = { item: '', field: '' };
			return {
				name: `invisible ${label(char)} in a quote`,
				apply(atlas) {
					const i = pick(e, atlas.events.features.length);
					const quotes = atlas.events.features[i]!.properties.quotes;
					const j = pick(q, quotes.length);
					const text = quotes[j]!.text;
					const position = pick(at, text.length + 1);
					quotes[j]!.text = text.slice(0, position) + char + text.slice(position);
					where = { item: labelOf(atlas, i), field: `properties.quotes.${j}.text` };
					return true;
				},
				caught: (errors) =>
					errorsOn(errors, where.item, where.field).some((error) =>
						error.detail?.includes(`has ${label(char)} `)
					)
			};
		}),
	fc
		.record({ e: fc.nat(), at: fc.nat(), char: fc.constantFrom(...INVISIBLES) })
		.map(({ e, at, char }): Mutation => {
			let item = '';
			return {
				name: `invisible ${label(char)} in a title`,
				apply(atlas) {
					const i = pick(e, atlas.events.features.length);
					const p = atlas.events.features[i]!.properties;
					const position = pick(at, p.title.length + 1);
					p.title = p.title.slice(0, position) + char + p.title.slice(position);
					item = labelOf(atlas, i);
					return true;
				},
				caught: (errors) =>
					errorsOn(errors, item, 'properties.title').some((error) =>
						error.expected.startsWith(
							`one line without control or invisible characters (found ${label(char)}`
						)
					)
			};
		}),
	fc
		.record({ e: fc.nat(), offset: fc.constantFrom('Z', '+02:00', '-03:00', '+05:30', '+11:00') })
		.map(({ e, offset }): Mutation => {
			let item = '';
			return {
				name: `start offset changed to ${offset}`,
				apply(atlas) {
					const i = pick(e, atlas.events.features.length);
					const p = atlas.events.features[i]!.properties;
					const start = p.start.replace(/(?:Z|[+-]\d{2}:\d{2})$/, offset);
					const correct = offsetOf(Date.parse(start), p.timeZone);
					if (start === p.start || correct === offset.replace('Z', '+00:00')) return false;
					p.start = start;
					item = labelOf(atlas, i);
					return true;
				},
				caught: (errors) =>
					errorsOn(errors, item, 'properties.start').some((error) =>
						/^the offset [+-]\d{2}:\d{2} that \S+ had then$/.test(error.expected)
					)
			};
		}),
	fc
		.record({
			e: fc.nat(),
			field: fc.constantFrom('title', 'summary', 'start', 'place', 'quotes', 'category'),
			depth: fc.integer({ min: 1, max: 100_000 })
		})
		.map(({ e, field, depth }): Mutation => {
			let item = '';
			return {
				name: `${field} nested ${depth} deep`,
				apply(atlas) {
					const i = pick(e, atlas.events.features.length);
					const deep = JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
					atlas.events.features[i]!.properties[field] = deep;
					item = labelOf(atlas, i);
					return true;
				},
				caught: (errors) =>
					errors.some((e) => e.item === item && e.field.startsWith(`properties.${field}`))
			};
		}),
	fc.record({ a: fc.nat(), b: fc.nat() }).map(({ a, b }): Mutation => {
		let expected = { item: '', used: '' };
		return {
			name: 'duplicated event id',
			apply(atlas) {
				const features = atlas.events.features;
				const first = pick(Math.min(a, b), features.length);
				const second = pick(Math.max(a, b), features.length);
				if (first >= second) return false;
				const used = labelOf(atlas, first);
				features[second]!.id = features[first]!.id;
				expected = { item: labelOf(atlas, second), used };
				return true;
			},
			caught: (errors) =>
				errorsOn(errors, expected.item, 'id').some(
					(error) => error.expected === `an id not already used by ${expected.used}`
				)
		};
	}),
	fc
		.record({ e: fc.nat(), q: fc.nat(), id: fc.stringMatching(/^[A-Za-z0-9_-]{1,30}$/) })
		.map(({ e, q, id }): Mutation => {
			let where = { item: '', field: '' };
			return {
				name: `quote citing unknown source ${id}`,
				apply(atlas) {
					if (atlas.sources.some((s) => s.id === id)) return false;
					const i = pick(e, atlas.events.features.length);
					const quotes = atlas.events.features[i]!.properties.quotes;
					const j = pick(q, quotes.length);
					quotes[j]!.source = id;
					where = { item: labelOf(atlas, i), field: `properties.quotes.${j}.source` };
					return true;
				},
				caught: (errors) =>
					errorsOn(errors, where.item, where.field).some(
						(error) => error.expected === 'a source id listed in sources.json'
					)
			};
		}),
	fc
		.record({
			s: fc.nat(),
			field: fc.constantFrom('from', 'to'),
			date: fc.constantFrom(
				'2015-02-29',
				'2015-02-30',
				'2015-13-01',
				'2015-00-10',
				'2015-04-31',
				'2015-12-32'
			)
		})
		.map(({ s, field, date }): Mutation => {
			let item = '';
			return {
				name: `impossible written.${field} ${date}`,
				apply(atlas) {
					const index = pick(s, atlas.sources.length);
					const source = atlas.sources[index]!;
					source.written[field] = date;
					item = `${source.id} (#${index})`;
					return true;
				},
				caught: (errors) =>
					errorsOn(errors, item, `written.${field}`).some((error) =>
						error.expected.startsWith('a date that exists in the calendar (')
					)
			};
		}),
	fc
		.record({
			e: fc.nat(),
			kind: fc.constantFrom('empty end', 'hour 24', 'lower-case zone', 'missing title')
		})
		.map(({ e, kind }): Mutation => {
			let item = '';
			const expectations: Record<string, [string, RegExp]> = {
				'empty end': ['properties.end', /, or no end key at all$/],
				'hour 24': ['properties.start', /^a time of day from 00:00 to 23:59 \(24:00 is 00:00/],
				'lower-case zone': ['properties.timeZone', /\(did you mean [A-Z]\w*(?:\/\w+)*\?\)$/],
				'missing title': ['properties.title', /^string$/]
			};
			return {
				name: kind,
				apply(atlas) {
					const i = pick(e, atlas.events.features.length);
					const p = atlas.events.features[i]!.properties;
					if (kind === 'empty end') p.end = '';
					if (kind === 'hour 24') p.start = p.start.replace(/T\d{2}:\d{2}/, 'T24:00');
					if (kind === 'lower-case zone') {
						if (p.timeZone === 'UTC') return false;
						p.timeZone = p.timeZone.toLowerCase();
					}
					if (kind === 'missing title') delete (p as Partial<RawProperties>).title;
					item = labelOf(atlas, i);
					return true;
				},
				caught: (errors) => {
					const [field, expected] = expectations[kind]!;
					return errorsOn(errors, item, field).some((error) => expected.test(error.expected));
				}
			};
		})
);

const mutation = anyMutation.map(named);

/** A mutation as fast-check prints it in a counterexample: by its name, not its code. */
function named(change: Mutation): Mutation {
	return Object.assign(change, { [fc.toStringMethod]: () => change.name });
}

/** Applies `change` to a copy of `atlas`, skipping the run (fc.pre) when it does not apply. */
function mutated(atlas: Atlas, change: Mutation): Atlas {
	const copy = structuredClone(atlas);
	fc.pre(change.apply(copy));
	return copy;
}

// ---------------------------------------------------------------------------------------------

// A few seconds each on an idle machine; generous limits so a busy one does not fail them.
describe('fuzzing the validator', { timeout: 60_000 }, () => {
	it('the real atlas is valid, so every mutation below starts from valid data', () => {
		expect(validateSoundly(real)).toEqual([]);
	});

	it('prepares any text exactly as normaliseQuoteText normalises it, tracing each character', () => {
		const unit = fc.oneof(
			fc.constantFrom(' ', '\t', '\n', '\u00A0', '\u2028', '\uFEFF', '“', '’', '\u200B', 'é'),
			fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })
		);
		fc.assert(
			fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
				const prepared = prepareSourceText(text);
				expect(prepared.normalised).toBe(normaliseQuoteText(text));
				[...prepared.origin].forEach((from, k) => {
					// Each character comes from one that normalises to it: itself, a quote mark, a space.
					expect(normaliseQuoteText(`x${text[from]}x`)).toBe(`x${prepared.normalised[k]}x`);
				});
			}),
			run(300)
		);
	});

	it('never throws on arbitrary JSON in any file, and names each problem on one line', () => {
		const json = fc.jsonValue({ maxDepth: 5, stringUnit: 'binary' });
		fc.assert(
			fc.property(
				json,
				json,
				json,
				fc.dictionary(fc.string(), fc.string({ unit: 'binary' }), { maxKeys: 3 }),
				(meta, events, sources, texts) => {
					const errors = validateSoundly({ ...real, meta, events, sources, texts });
					expect(errors.length).toBeGreaterThan(0);
				}
			),
			run(300)
		);
	});

	it('never throws on arbitrary values in any field of a real event, and names that field', () => {
		const paths = [
			['id'],
			['geometry', 'coordinates'],
			['geometry', 'coordinates', '1'],
			['properties', 'title'],
			['properties', 'start'],
			['properties', 'end'],
			['properties', 'timeZone'],
			['properties', 'place', 'name'],
			['properties', 'quotes', '0'],
			['properties', 'quotes', '0', 'text'],
			['properties', 'quotes', '0', 'source'],
			['properties', 'links'],
			['properties', 'parent'],
			['properties', 'figures']
		];
		const value = fc.oneof(
			fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }),
			fc.constantFrom(Infinity, -Infinity, -0, 1e308, '', '\uFEFF', '__proto__', 'constructor'),
			fc.string({ unit: 'binary', minLength: 190, maxLength: 400 })
		);
		fc.assert(
			fc.property(fc.nat(), fc.constantFrom(...paths), value, (e, path, replacement) => {
				const atlas = structuredClone(real);
				const index = pick(e, atlas.events.features.length);
				let target = atlas.events.features[index] as unknown as Record<string, unknown>;
				for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
				target[path.at(-1)!] = replacement;
				const errors = validateSoundly(atlas);
				const field = path.join('.');
				const onField = errors.filter(
					(error) => error.item?.endsWith(`#${index})`) || error.item === `#${index}`
				);
				if (errors.length > 0 && path[0] !== 'id') {
					expect(onField.some((error) => error.field.startsWith(field))).toBe(true);
				}
				if (path.at(-1) === 'title' && typeof replacement !== 'string') {
					expect(onField.map((error) => error.field)).toContain('properties.title');
				}
			}),
			run(400)
		);
	});

	it('accepts generated atlases that keep every rule, whole', () => {
		fc.assert(
			fc.property(generatedAtlas, (atlas) => {
				expect(validateSoundly(atlas).map(formatValidationError)).toEqual([]);
			}),
			run(150)
		);
	});

	it('catches every rule-breaking mutation of the real atlas by the field it breaks', () => {
		fc.assert(
			fc.property(mutation, (change) => {
				const atlas = mutated(real, change);
				const errors = validateSoundly(atlas);
				expect(
					change.caught(errors, atlas),
					`${change.name}: ${errors.map(formatValidationError).join('\n')}`
				).toBe(true);
			}),
			run(300)
		);
	});

	it('catches every rule-breaking mutation of a generated atlas by the field it breaks', () => {
		fc.assert(
			fc.property(generatedAtlas, mutation, (atlas, change) => {
				const changed = mutated(atlas, change);
				const errors = validateSoundly(changed);
				expect(
					change.caught(errors, changed),
					`${change.name}: ${errors.map(formatValidationError).join('\n')}`
				).toBe(true);
			}),
			run(200)
		);
	});

	it('reports exactly the self-references and parent cycles that shuffled ids create', () => {
		fc.assert(
			fc.property(fc.nat(), (seed) => {
				const atlas = structuredClone(real);
				const features = atlas.events.features;
				const ids = features.map((f) => f.id);
				// A seeded Fisher–Yates shuffle of the ids over the same features.
				let state = seed;
				for (let i = ids.length - 1; i > 0; i--) {
					state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
					const j = state % (i + 1);
					[ids[i], ids[j]] = [ids[j]!, ids[i]!];
				}
				features.forEach((feature, i) => (feature.id = ids[i]!));
				// Shuffled ids put links between events at random times: make them undirected, so
				// only the references this test is about can fail (link-order.test.ts covers times).
				for (const feature of features) {
					for (const link of feature.properties.links ?? []) {
						if ((TIME_ORDERED_RELATIONS as readonly string[]).includes(link.relation)) {
							link.relation = 'related';
						}
					}
				}
				const expected: string[] = [];
				features.forEach((feature, i) => {
					const p = feature.properties;
					if (p.parent === feature.id) expected.push(`${labelOf(atlas, i)} properties.parent`);
					p.links?.forEach((link, l) => {
						if (link.to === feature.id)
							expected.push(`${labelOf(atlas, i)} properties.links.${l}.to`);
					});
				});
				for (const start of parentCycleStarts(features)) {
					expected.push(`${labelOf(atlas, start)} properties.parent cycle`);
				}
				const errors = validateSoundly(atlas).map(
					(e) =>
						`${e.item} ${e.field}${e.detail?.startsWith('the parents form a cycle') ? ' cycle' : ''}`
				);
				expect(errors.sort()).toEqual(expected.sort());
			}),
			run(200)
		);
	});
});
