import { TIME_MODES } from './time/range';
import { ZOOM_LEVELS } from './time/time-axis';
import type { LinkParameter } from './url-codec';
import type { PatchProblem } from './view';

/*
 * What a reader is told about the parts of a link the atlas could not use. Apart from the URL
 * codec, so the page's first scripts carry none of it: it is loaded for a mangled link only.
 */

/** The view field each parameter carries, to name the parameter a refused field came from. */
const KEY_OF_FIELD: Record<string, LinkParameter> = {
	selectedEventId: 'event',
	at: 't',
	t: 't',
	mode: 'mode',
	span: 'span',
	fadePast: 'fade',
	links: 'links',
	density: 'density',
	camera: 'map',
	speed: 'speed',
	timeZoom: 'axis',
	place: 'place'
};

/** What each parameter takes, in a reader's words (for the notice about a mangled link). */
const EXPECTED: Record<LinkParameter, string> = {
	event: 'the id of one of this atlas’s events',
	t: 'a date and time on the atlas’s clock, written YYYY-MM-DDTHH:MM',
	mode: TIME_MODES.join(' or '),
	span: 'a duration such as 90m, 6h or 7d',
	fade: '1 or 0',
	links: '1 or 0',
	density: '1 or 0',
	map: 'zoom/latitude/longitude, such as 12/48.86/2.37',
	speed: 'a duration such as 90m, 6h or 7d',
	axis: `one of ${ZOOM_LEVELS.join(', ')}`,
	place: 'a place this atlas names'
};

/** Longest value a notice repeats: a link can carry kilobytes in one parameter. */
const SHOWN_VALUE_LENGTH = 60;

/** A link parameter the atlas could not use: what it said (shortened) and what it takes. */
export interface LinkProblem {
	parameter: string;
	value: string;
	expected: string;
}

/**
 * Turns the problems met while reading a link (by `parseViewUrl`, or by `apply` for an event or
 * place the data does not know) into what the reader wrote and what the parameter takes.
 * Problems that name no link parameter are left out: they did not come from the link.
 */
export function describeLinkProblems(search: string, problems: PatchProblem[]): LinkProblem[] {
	const params = new URLSearchParams(search);
	const seen = new Set<string>();
	return problems.flatMap((problem) => {
		const key = KEY_OF_FIELD[problem.field];
		const value = key === undefined ? null : params.get(key);
		if (key === undefined || value === null || seen.has(key)) return [];
		seen.add(key);
		const shown =
			value.length > SHOWN_VALUE_LENGTH ? `${value.slice(0, SHOWN_VALUE_LENGTH)}…` : value;
		return [{ parameter: key, value: shown, expected: EXPECTED[key] }];
	});
}
