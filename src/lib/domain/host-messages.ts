import type { TimeRange } from './time/range';
import { parseWallClock } from './time/wall-clock';
import { parseViewUrl } from './url-codec';
import type { ViewPatch } from './view';
import { parseViewPatch } from './view-patch';

/**
 * The host API's envelope: every message either way is a plain object
 * `{ type: 'atlas:<name>', version: 1, ...fields }`. The prefix lets a host page, which also
 * receives Pym, Datawrapper and advertising messages, tell ours apart; the version lets a later
 * embed refuse a message it would misread instead of guessing.
 */
export const HOST_API_VERSION = 1;
export const HOST_MESSAGE_PREFIX = 'atlas:';

/** What a host may ask of the embed. */
export type HostCommand =
	| { type: 'select'; id: string | null }
	| { type: 'setTime'; at: number }
	| { type: 'setWindow'; span: number | null; fadePast?: boolean }
	| { type: 'play'; speed?: number }
	| { type: 'pause' }
	| { type: 'setView'; patch: ViewPatch }
	/** Sent by the site's embed.js: the host sizes the frame to the content, see resize-messages.ts. */
	| { type: 'autosize' };

/**
 * Why a message meant for the atlas was refused. The adapter warns once per kind, so a flood
 * of bad messages cannot flood the console.
 */
export type HostProblemKind =
	'not-an-object' | 'version' | 'unknown-type' | 'payload' | 'too-large' | 'origin' | 'source';

export type HostMessageResult =
	/** Not addressed to the atlas (another protocol's message): ignored without a word. */
	| { kind: 'foreign' }
	| { kind: 'command'; command: HostCommand }
	| { kind: 'refused'; problem: HostProblemKind; detail: string };

/** More fields than any command has: such an object is not one of ours, whatever its type says. */
const MAX_FIELDS = 8;
/** Longest typed time accepted (`2015-11-13T21:40:00` is 19 characters). */
const MAX_TIME_TEXT = 64;
/** Longest string inspected for a misdirected JSON message; longer strings are someone else's. */
const MAX_STRING_INSPECTED = 10_000;

const refuse = (problem: HostProblemKind, detail: string): HostMessageResult => ({
	kind: 'refused',
	problem,
	detail
});

function isPlainRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An own field only: `__proto__`, `constructor` and inherited names read as absent. */
function field(record: Record<string, unknown>, name: string): unknown {
	return Object.hasOwn(record, name) ? record[name] : undefined;
}

type PayloadParser = (message: Record<string, unknown>, timeZone: string) => HostCommand | string;

function parseInstant(value: unknown, timeZone: string): number | null {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (typeof value !== 'string' || value.length > MAX_TIME_TEXT) return null;
	return parseWallClock(value, timeZone);
}

/** A window length in ms, or spelt as in a link (`7d`, `6h`, `90m`), read by the link's parser. */
function parseSpan(value: unknown, timeZone: string): number | undefined {
	if (typeof value !== 'string') return parseViewPatch({ span: value }).patch.span;
	if (value.length > MAX_TIME_TEXT) return undefined;
	return parseViewUrl(new URLSearchParams({ span: value }).toString(), timeZone).patch.span;
}

const PAYLOADS: Record<string, PayloadParser> = {
	select: (message) => {
		const id = field(message, 'id');
		const { patch } = parseViewPatch({ selectedEventId: id });
		return patch.selectedEventId !== undefined
			? { type: 'select', id: patch.selectedEventId }
			: '`id` must be an event id (a string) or null';
	},
	setTime: (message, timeZone) => {
		const at = parseInstant(field(message, 'at'), timeZone);
		return at === null
			? '`at` must be epoch milliseconds or a wall-clock time such as 2015-11-13T21:40'
			: { type: 'setTime', at };
	},
	setWindow: (message, timeZone) => {
		const rawSpan = field(message, 'span');
		const span = rawSpan === null ? null : parseSpan(rawSpan, timeZone);
		const fadePast = field(message, 'fadePast');
		if (span === undefined) return '`span` must be a duration (ms, or 7d, 6h, 90m) or null';
		if (fadePast !== undefined && typeof fadePast !== 'boolean')
			return '`fadePast` must be true or false';
		return fadePast === undefined
			? { type: 'setWindow', span }
			: { type: 'setWindow', span, fadePast };
	},
	play: (message) => {
		const speed = field(message, 'speed');
		if (speed === undefined) return { type: 'play' };
		const { patch } = parseViewPatch({ speed });
		return patch.speed !== undefined
			? { type: 'play', speed: patch.speed }
			: '`speed` must be data time per second in ms';
	},
	pause: () => ({ type: 'pause' }),
	setView: (message) => {
		const input = field(message, 'patch');
		if (!isPlainRecord(input)) return '`patch` must be an object of view fields';
		if (Object.keys(input).length > MAX_FIELDS * 2) return '`patch` has too many fields';
		const { patch, problems } = parseViewPatch(input);
		// All or nothing: a host's message with one bad field is a mistake to fix, not to half-apply.
		if (problems.length > 0) return problems.map((p) => `${p.field}: ${p.reason}`).join('; ');
		return { type: 'setView', patch };
	},
	autosize: () => ({ type: 'autosize' })
};

/**
 * Reads a message a host page posted to the embed. Never throws, whatever it is given (a
 * message is a structured clone: no getters or prototypes survive, only data). A message not
 * in the atlas's namespace is `foreign`; one in it is either a command or refused with why.
 * Whether the sender may talk to the atlas at all (origin, source) is the adapter's check.
 *
 * @param timeZone the atlas's zone, in which a typed time such as `2015-11-13T21:40` is read.
 */
export function parseHostMessage(data: unknown, timeZone: string): HostMessageResult {
	if (typeof data === 'string') {
		return data.length <= MAX_STRING_INSPECTED && data.includes(`"${HOST_MESSAGE_PREFIX}`)
			? refuse('not-an-object', 'post the message as an object, not as a JSON string')
			: { kind: 'foreign' };
	}
	if (!isPlainRecord(data)) return { kind: 'foreign' };
	const type = field(data, 'type');
	if (typeof type !== 'string' || !type.startsWith(HOST_MESSAGE_PREFIX)) return { kind: 'foreign' };
	const name = type.slice(HOST_MESSAGE_PREFIX.length, HOST_MESSAGE_PREFIX.length + 40);
	if (Object.keys(data).length > MAX_FIELDS) return refuse('too-large', `${name}: too many fields`);
	if (field(data, 'version') !== HOST_API_VERSION) {
		return refuse('version', `${name}: \`version\` must be ${HOST_API_VERSION}`);
	}
	const parse = Object.hasOwn(PAYLOADS, name) ? PAYLOADS[name] : undefined;
	if (!parse) return refuse('unknown-type', `no message type ${HOST_MESSAGE_PREFIX}${name}`);
	const command = parse(data, timeZone);
	return typeof command === 'string'
		? refuse('payload', `${name}: ${command}`)
		: { kind: 'command', command };
}

/** The view change a command asks for; `autosize` changes the layout, not the view. */
export function commandToPatch(command: HostCommand): ViewPatch | null {
	switch (command.type) {
		case 'select':
			return { selectedEventId: command.id };
		case 'setTime':
			return { at: command.at };
		case 'setWindow':
			if (command.span === null) return { mode: 'cumulative' };
			return command.fadePast === undefined
				? { mode: 'window', span: command.span }
				: { mode: 'window', span: command.span, fadePast: command.fadePast };
		case 'play':
			return command.speed === undefined
				? { playing: true }
				: { playing: true, speed: command.speed };
		case 'pause':
			return { playing: false };
		case 'setView':
			return command.patch;
		case 'autosize':
			return null;
	}
}

/** What the embed tells its host. Every message carries `type` and `version`. */
export type EmbedMessage =
	| { type: 'atlas:ready'; version: 1; extent: TimeRange; selectedId: string | null; at: number }
	| { type: 'atlas:select'; version: 1; id: string | null; title: string | null }
	| { type: 'atlas:timechange'; version: 1; at: number; from: number; to: number; playing: boolean }
	| { type: 'atlas:height'; version: 1; height: number };
