import type { EventLink } from './data/schema';
import type { Category, LinkRelation, LocationPrecision, SourceKind } from './data/vocabulary';

/** What each category is called wherever it is shown: legend, cards, labels on the map. */
export const CATEGORY_LABEL: Record<Category, string> = {
	attack: 'Attack',
	'police-raid': 'Police raid',
	arrest: 'Arrest',
	evidence: 'Discovery of evidence',
	movement: 'Movement',
	statement: 'Statement or policy',
	cancellation: 'Cancellation',
	background: 'Background'
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
