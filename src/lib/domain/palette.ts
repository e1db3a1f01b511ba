import type { Category } from './data/vocabulary';

/**
 * The site's colour schemes: light is the site's own; dark is asked for by an embed's
 * `theme=dark` (see embed-flags.ts). Every colour that differs between them is defined once
 * per theme, here for the events and in style.ts and app.css for the ground around them.
 */
export type Theme = 'light' | 'dark';

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; every use
 * also carries a text label (`CATEGORY_LABEL` in wording.ts), so colour is never the only cue.
 * The same in both themes: on the dark ground each stays at least 3:1 against it, and on
 * either ground the outline (`EVENT_INK`) sets every dot apart (tests/unit/style.test.ts).
 */
export const CATEGORY_COLOUR: Record<Category, string> = {
	attack: '#D55E00',
	'police-raid': '#0072B2',
	arrest: '#56B4E9',
	evidence: '#E69F00',
	movement: '#CC79A7',
	statement: '#009E73',
	cancellation: '#F0E442',
	background: '#7A7A7A'
};

/**
 * What the map draws around and between events: each event's outline, the hover and selection
 * rings and the selected event's links. It must stand out from the ground, so it is the page's
 * ink: near black on the light map, near white on the dark one (as `--ink` in app.css, which
 * the legend's swatches outline with).
 */
export const EVENT_INK: Record<Theme, string> = { light: '#1a1a1a', dark: '#ececec' };
