import type { Category } from './data/vocabulary';

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; every use
 * also carries a text label (`CATEGORY_LABEL` in wording.ts), so colour is never the only cue.
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
