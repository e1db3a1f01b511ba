/**
 * The messages between a presentation and its presenter view, a second window of the same
 * site: the presentation says which step it shows (`step`), the presenter view asks for one
 * (`go`) or for the current one when it opens (`hello`). They travel on a BroadcastChannel,
 * which only same-origin pages can join, but any of those pages may post anything on it (an
 * old tab of another release, a script in the console): so every message is read here, at the
 * edge, and one that is not exactly ours is refused, never half-applied.
 */
export const PRESENTER_PREFIX = 'atlas-presenter:';
export const PRESENTER_VERSION = 1;

export type PresenterMessage =
	/** From the presentation: it now shows step `step` (0-based) of the story. */
	| { type: 'step'; story: string; step: number }
	/** From the presenter view: show step `step`. */
	| { type: 'go'; story: string; step: number }
	/** From a presenter view that just opened: say which step you show. */
	| { type: 'hello'; story: string };

export type PresenterMessageResult =
	| { kind: 'message'; message: PresenterMessage }
	| { kind: 'refused'; problem: PresenterProblemKind; detail: string };

/** Why a message was refused; the adapters warn once per kind, so a flood stays one line. */
export type PresenterProblemKind = 'not-ours' | 'version' | 'story' | 'step';

/** The channel of one story's presentation, so two stories presented at once never cross. */
export function presenterChannelName(storyId: string): string {
	return `${PRESENTER_PREFIX}${storyId}`;
}

/** A message as posted: the envelope (`type`, `version`) around the fields. */
export function encodePresenterMessage(message: PresenterMessage): Record<string, unknown> {
	return { ...message, type: `${PRESENTER_PREFIX}${message.type}`, version: PRESENTER_VERSION };
}

const TYPES = new Set(['step', 'go', 'hello']);
/** `type`, `version`, `story`, `step`: an object with more is not one of ours. */
const MAX_FIELDS = 4;

function isPlainRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** An own field only: `__proto__`, `constructor` and inherited names read as absent. */
function field(record: Record<string, unknown>, name: string): unknown {
	return Object.hasOwn(record, name) ? record[name] : undefined;
}

const refuse = (problem: PresenterProblemKind, detail: string): PresenterMessageResult => ({
	kind: 'refused',
	problem,
	detail
});

/**
 * Reads a message from the channel of story `storyId`, which has `count` steps. Never throws,
 * whatever it is given; a step outside the story, or a message about another story, is refused.
 */
export function parsePresenterMessage(
	data: unknown,
	storyId: string,
	count: number
): PresenterMessageResult {
	if (!isPlainRecord(data)) return refuse('not-ours', 'not an object');
	const type = field(data, 'type');
	const name = typeof type === 'string' ? type.slice(PRESENTER_PREFIX.length) : '';
	if (typeof type !== 'string' || !type.startsWith(PRESENTER_PREFIX) || !TYPES.has(name)) {
		return refuse('not-ours', `unknown type ${JSON.stringify(type)?.slice(0, 60)}`);
	}
	if (Object.keys(data).length > MAX_FIELDS) return refuse('not-ours', `${name}: too many fields`);
	if (field(data, 'version') !== PRESENTER_VERSION) {
		return refuse('version', `${name}: \`version\` must be ${PRESENTER_VERSION}`);
	}
	if (field(data, 'story') !== storyId) {
		return refuse('story', `${name}: \`story\` must be ${storyId}`);
	}
	if (name === 'hello') return { kind: 'message', message: { type: 'hello', story: storyId } };
	const step = field(data, 'step');
	if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= count) {
		return refuse('step', `${name}: \`step\` must be a whole number from 0 to ${count - 1}`);
	}
	return { kind: 'message', message: { type: name as 'step' | 'go', story: storyId, step } };
}

/**
 * Warns about refused messages once per kind of problem, so a window flooded with bad messages
 * logs a line or two, not one per message.
 */
export function createRefusalWarner(
	warn: (text: string) => void = (text) => console.warn(text)
): (refused: { problem: PresenterProblemKind; detail: string }) => void {
	const warned = new Set<PresenterProblemKind>();
	return ({ problem, detail }) => {
		if (warned.has(problem)) return;
		warned.add(problem);
		warn(`Atlas: a presenter message was ignored (${detail}).`);
	};
}
