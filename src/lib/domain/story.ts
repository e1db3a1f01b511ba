import type { StoryStep, StoryView } from './data/story-schema';
import { parseViewUrl } from './url-codec';
import type { PatchProblem, ViewPatch, ViewState } from './view';

/** The link parameter each view field is read from, to name it in problems. */
const PARAM_OF_FIELD: Readonly<Record<string, keyof StoryView>> = {
	selectedEventId: 'event',
	at: 't',
	t: 't',
	mode: 'mode',
	span: 'span',
	fadePast: 'fade',
	camera: 'map'
};

/** A step's problem, named by the link parameter the story file spells. */
export interface StepProblem {
	param: keyof StoryView;
	reason: string;
}

export interface StepPatch {
	patch: ViewPatch;
	/** Events to frame together; empty when the map follows the selection or the step's camera. */
	fit: string[];
	problems: StepProblem[];
}

/** A step's view as a query string, in the codec's own parameter names. */
export function stepQuery(view: StoryView): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(view)) if (value !== undefined) params.set(key, value);
	return `?${params.toString()}`;
}

/**
 * The patch a story step applies. A step is a link, and a link opened afresh shows the defaults
 * for what it leaves out: so are the fields a step does not name reset to `defaults`, and a step
 * reached by Previous looks exactly as it did when reached by Next.
 */
export function stepPatch(
	step: Pick<StoryStep, 'view' | 'fit'>,
	defaults: Pick<ViewState, 'at' | 'mode' | 'span' | 'fadePast'>,
	timeZone: string
): StepPatch {
	const parsed = parseViewUrl(stepQuery(step.view), timeZone);
	const problems = parsed.problems.map(({ field, reason }: PatchProblem) => ({
		param: PARAM_OF_FIELD[field] ?? 'event',
		reason
	}));
	const patch: ViewPatch = {
		selectedEventId: null,
		at: defaults.at,
		mode: defaults.mode,
		span: defaults.span,
		fadePast: defaults.fadePast,
		playing: false,
		...parsed.patch
	};
	return { patch, fit: step.fit ? [...step.fit] : [], problems };
}

/** A step number from a link (1-based) to an index into `count` steps, or null if it is not one. */
export function readStepNumber(text: string | null, count: number): number | null {
	if (text === null || !/^\d{1,4}$/.test(text)) return null;
	const number = Number(text);
	return number >= 1 && number <= count ? number - 1 : null;
}
