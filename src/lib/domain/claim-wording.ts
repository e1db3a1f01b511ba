import type { Claim } from './data/schema';
import type { LocationPrecision } from './data/vocabulary';
import { CLAIM_TOLERANCE, MAX_ROAD_DETOUR, NEAR_KM, type ClaimMeasure } from './geo/measure-claim';
import type { AtlasPlace } from './geo/places';

/** A distance as a reader reads it: metres under 1 km, one decimal under 10 km, whole above. */
export function formatDistance(km: number): string {
	if (km < 1) return `${Math.round(km * 100) * 10} m`;
	if (km < 10) return `${km.toFixed(1)} km`;
	return `${Math.round(km).toLocaleString('en')} km`;
}

/** The figure as the source states it: "300 km by road", "4 km"; a nearness has none. */
export function describeStated(claim: Pick<Claim, 'distance'>): string {
	const d = claim.distance;
	if (!d) return 'near, with no figure';
	const unit = d.unit === 'mi' ? (d.value === 1 ? 'mile' : 'miles') : d.unit;
	return `${d.value.toLocaleString('en')} ${unit}${d.along === 'road' ? ' by road' : ''}`;
}

/**
 * What the verdict rests on, with the rule's own numbers, so nothing about it is hidden.
 * `toBorder`: one end is a border, for which "near" means its region (see `NEAR_BORDER_KM`).
 */
export function describeRule(
	claim: Pick<Claim, 'distance'>,
	measure: ClaimMeasure,
	toBorder = false
): string {
	const tolerance = `${Math.round(CLAIM_TOLERANCE * 100)} %`;
	const range = `${formatDistance(measure.minKm)} to ${formatDistance(measure.maxKm)}`;
	const slack =
		measure.uncertaintyKm > 0
			? `, widened by ${formatDistance(measure.uncertaintyKm)} for how precisely the two points are known`
			: '';
	if (!claim.distance) {
		const near = formatDistance(measure.nearKm ?? NEAR_KM);
		const what = toBorder
			? `“Near” a border is taken here to mean within ${near} of it (the region along a national border, as wide as the atlas takes a region to be)`
			: `“Near” is taken here to mean within ${near} in a straight line`;
		return `${what}${slack}: up to ${formatDistance(measure.maxKm)}.`;
	}
	if (claim.distance.along === 'road') {
		return `A road is longer than the straight line, by up to ${MAX_ROAD_DETOUR} times here; with ${tolerance} either way${slack}, the claim holds for a straight line of ${range}.`;
	}
	return `The claim holds for a straight line within ${tolerance} of the figure${slack}: ${range}.`;
}

export const VERDICT_LABEL: Record<ClaimMeasure['verdict'], string> = {
	holds: 'Holds by this rule',
	'does-not-hold': 'Does not hold by this rule',
	'cannot-tell': 'The map cannot tell: the points are known less precisely than the figure'
};

const ANCHOR_PRECISION: Record<LocationPrecision, string> = {
	address: 'an address',
	street: 'a street',
	district: 'a district',
	city: 'a city',
	region: 'a region'
};

/** Which point stands for a border, said in the text as for a place. */
export function describeBorderPoint(country: string): string {
	return `The border of ${country} is taken as the point of ${country}’s outline nearest to the other end, on the atlas’s basemap (Natural Earth, 1:10m), known to within about a kilometre`;
}

/** Which point stands for a place, said in the text: the claim's measure depends on it. */
export function describeAnchor(place: AtlasPlace): string {
	const points = place.anchorPoints === 1 ? 'its one event' : `its ${place.anchorPoints} events`;
	const level = place.anchorWide ? ' placed at district or city level' : '';
	const where =
		place.anchorPoints === 1 ? `the point of ${points}${level}` : `the middle of ${points}${level}`;
	return `${place.name} is taken as ${where}, as precise as ${ANCHOR_PRECISION[place.precision]}`;
}
