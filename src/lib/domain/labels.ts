import type { Category, EventLink, LinkRelation, LocationPrecision, SourceKind } from './schema';

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; every use
 * also carries a text label, so colour is never the only cue.
 */
export const CATEGORY_STYLE: Record<Category, { label: string; colour: string }> = {
	attack: { label: 'Attack', colour: '#D55E00' },
	'police-raid': { label: 'Police raid', colour: '#0072B2' },
	arrest: { label: 'Arrest', colour: '#56B4E9' },
	evidence: { label: 'Discovery of evidence', colour: '#E69F00' },
	movement: { label: 'Movement', colour: '#CC79A7' },
	statement: { label: 'Statement or policy', colour: '#009E73' },
	cancellation: { label: 'Cancellation', colour: '#F0E442' },
	background: { label: 'Background', colour: '#7A7A7A' }
};

export const LOCATION_PRECISION_LABEL: Record<LocationPrecision, string> = {
	address: 'located to the address',
	street: 'located to the street only',
	district: 'located to the district only',
	city: 'located to the city only',
	region: 'located to the region only'
};

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
	'news-report': 'news report',
	feature: 'magazine feature',
	opinion: 'opinion piece',
	blog: 'blog post',
	'news-brief': 'news brief'
};

const RELATION_LABEL: Record<LinkRelation, { outgoing: string; incoming: string }> = {
	'same-operation': { outgoing: 'Same operation as', incoming: 'Same operation as' },
	movement: { outgoing: 'Movement to', incoming: 'Movement from' },
	evidence: { outgoing: 'Evidence pointing to', incoming: 'Pointed to by evidence from' },
	'follow-up': { outgoing: 'Followed by', incoming: 'Follows' },
	related: { outgoing: 'Related to', incoming: 'Related to' }
};

/** How a link reads from the side of the event being shown. */
export function describeLink(link: EventLink, direction: 'outgoing' | 'incoming'): string {
	return RELATION_LABEL[link.relation][direction];
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Belgium" from "BE", using the platform's ISO 3166 data rather than a list of our own. */
export function countryName(code: string): string {
	return regionNames.of(code) ?? code;
}
