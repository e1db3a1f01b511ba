import type { EventLink } from './data/schema';
import type { ClockFacts } from './time/clocks';
import type { Category, LinkRelation, LocationPrecision, SourceKind } from './data/vocabulary';
import { describeZone } from './time/local-time';
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from './time/units';

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

/**
 * Words the time controls and the map key share, so that one thing is called one thing
 * wherever it appears (the control, the key that explains it, the tests that look for it).
 */
export const TIME_WORDS = {
	/** The option that draws events already over in a lighter tone instead of hiding them. */
	fadePast: 'Show earlier events faded',
	cumulative: 'Everything up to the time',
	window: 'Only the last',
	speed: 'Speed',
	zoom: 'Zoom',
	from: 'From',
	to: 'To'
} as const;

/** What the map key says about fading, quoting the control's own label. */
export const FADE_PAST_KEY = `Events that are over are drawn faded when “${TIME_WORDS.fadePast}” is on.`;

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

const SPEED_UNITS = [
	[WEEK_MS, 'week'],
	[DAY_MS, 'day'],
	[HOUR_MS, 'hour'],
	[MINUTE_MS, 'minute']
] as const;

/**
 * A playback speed in words, "1 hour per second", in the largest unit that divides it exactly
 * (30 days stays days, 7 days is a week); anything finer is rounded to whole minutes.
 */
export function describeSpeed(ms: number): string {
	const [unit, name] = SPEED_UNITS.find(([u]) => ms >= u && ms % u === 0) ?? [MINUTE_MS, 'minute'];
	const n = Math.max(1, Math.round(ms / unit));
	return `${n} ${name}${n === 1 ? '' : 's'} per second`;
}
