import { formatCount } from './limits';

/** The most characters of a value an error shows. */
const SHOWN = 80;

type Frame =
	| { kind: 'array'; items: readonly unknown[]; next: number }
	| { kind: 'object'; record: Readonly<Record<string, unknown>>; keys: string[]; next: number };

/** A value that JSON cannot hold, said in words rather than as JSON's `null`. */
function describeNonFinite(value: number): string {
	if (Number.isNaN(value)) return 'NaN (not a number)';
	const sign = value < 0 ? '-' : '';
	return `${sign}Infinity (a number too large to hold, such as ${sign}1e400)`;
}

/** Invisible characters JSON leaves as they are: format characters, C1 controls and the like. */
const HIDDEN = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cc}]/gu;

/**
 * A string as JSON, with every invisible character escaped (`\u200b`), so that an error shows
 * a zero-width space or a direction override instead of hiding or obeying it.
 */
function writeString(value: string): string {
	return JSON.stringify(value).replace(
		HIDDEN,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}

/**
 * A fragment of text as messages quote it: in double quotes, with invisible characters, quote
 * marks and backslashes escaped as in JSON, so the message shows exactly what is there.
 */
export function showText(text: string): string {
	return writeString(text);
}

function writeScalar(value: unknown, budget: number): string {
	if (typeof value === 'string') return writeString(value.slice(0, budget));
	if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'Infinity';
	if (typeof value === 'bigint') return `${value}n`;
	if (value === null || typeof value === 'boolean') return String(value);
	return 'null';
}

/**
 * The first `budget` or so characters of `root` written as JSON. Unlike `JSON.stringify`, it
 * walks the value with its own stack and stops once it has written enough, so neither an
 * array nested 100,000 deep, nor one of a million items, nor a cycle makes it fail or linger.
 */
function writeJsonStart(root: unknown, budget: number): string {
	let out = '';
	const stack: Frame[] = [];
	let next: { value: unknown } | undefined = { value: root };
	while (out.length <= budget) {
		if (next !== undefined) {
			const { value } = next;
			next = undefined;
			if (Array.isArray(value)) {
				out += '[';
				stack.push({ kind: 'array', items: value, next: 0 });
			} else if (value !== null && typeof value === 'object') {
				const record = value as Record<string, unknown>;
				out += '{';
				stack.push({ kind: 'object', record, keys: Object.keys(record), next: 0 });
			} else {
				out += writeScalar(value, budget);
			}
			continue;
		}
		const frame = stack.at(-1);
		if (frame === undefined) break;
		const size = frame.kind === 'array' ? frame.items.length : frame.keys.length;
		if (frame.next >= size) {
			out += frame.kind === 'array' ? ']' : '}';
			stack.pop();
			continue;
		}
		if (frame.next > 0) out += ',';
		if (frame.kind === 'array') {
			next = { value: frame.items[frame.next] };
		} else {
			const key = frame.keys[frame.next] as string;
			out += `${writeString(key.slice(0, budget))}:`;
			next = { value: frame.record[key] };
		}
		frame.next++;
	}
	return out;
}

/**
 * A value as an error shows it: JSON cut to 80 characters, with the full length of a long
 * string or array; `nothing` when absent; infinite numbers (JSON's `1e400`) said in words.
 * Never throws and never reads more of the value than it shows.
 */
export function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (typeof value === 'number' && !Number.isFinite(value)) return describeNonFinite(value);
	const text = writeJsonStart(value, SHOWN);
	if (text.length <= SHOWN) return text;
	const cut = `${text.slice(0, SHOWN - 3)}...`;
	if (typeof value === 'string') return `${cut} (${formatCount(value.length)} characters)`;
	if (Array.isArray(value) && value.length > 1)
		return `${cut} (${formatCount(value.length)} items)`;
	return cut;
}
