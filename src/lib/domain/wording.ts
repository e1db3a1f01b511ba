import type { Category, LocationPrecision, SourceKind } from './data/vocabulary';
import type { ClockFacts } from './time/clocks';
import { describeZone } from './time/local-time';

// What the first view shows (the map key, the sources, the clocks note) and the map's labels.
// The rest of the wording sits beside it, in modules only the parts loaded later import:
// link-wording.ts and time-wording.ts.

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

let regionNames: Intl.DisplayNames | undefined;

/** "Belgium" from "BE", using the platform's ISO 3166 data rather than a list of our own. */
export function countryName(code: string): string {
	// Made when first asked for, by a panel or a handout, not while the page starts.
	regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
	return regionNames.of(code) ?? code;
}

/**
 * The one sentence that says which clock the slider keeps and why an event may name another:
 * the slider reads the atlas's own zone, each event its place's. When every event's clock reads
 * the same as the atlas's at that moment (Paris and Brussels, say), it says so, so that two zone
 * names are not mistaken for two different times. Before the events load, `zones` is empty and
 * the atlas's own clock is named.
 */
export function describeClocks(atlasZone: string, { zones, sameAsAtlas }: ClockFacts): string {
	const slider = describeZone(atlasZone);
	if (zones.every((z) => z === atlasZone)) return `Times are ${slider}.`;
	const names = zones.map(describeZone).sort((a, b) => a.localeCompare(b));
	const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0];
	const tail = sameAsAtlas ? ': the same clock here' : '';
	return `Slider in ${slider}, the atlas’s clock; each event in its place’s time (${list}${tail}).`;
}
