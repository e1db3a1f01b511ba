import type { AtlasEvent, Claim, ClaimEnd } from '../data/schema';
import { KM_PER_UNIT, type LocationPrecision } from '../data/vocabulary';
import { nearestBorderPoint, type CountryShapes } from './border';
import type { AtlasPlace } from './places';
import { PRECISION_RADIUS_M } from './precision';
import { straightLineKm } from './measure';

/**
 * The rule by which a stated distance or nearness is set against the map. Every number here is
 * shown to the reader beside the verdict, so the rule is stated, not hidden:
 *
 * - a figure holds when the straight line lies within `CLAIM_TOLERANCE` of it, widened by how
 *   far each end's point may lie from where the thing really is (its precision radius);
 * - a figure driven along a road ("drove 300 km") is longer than the straight line the map
 *   measures, by up to `MAX_ROAD_DETOUR` times, so the straight line may be that much shorter;
 * - a nearness with no figure ("near Molenbeek") is taken to mean within `NEAR_KM` in a straight
 *   line, widened the same way; near a border, within `NEAR_BORDER_KM` (a border is a national
 *   line: a national text's "near the border" names the border region, taken as the radius the
 *   atlas gives a region-level place);
 * - when the ends are known less exactly than the figure itself (a 1 km claim between two
 *   city-level points), the map cannot tell.
 */
export const CLAIM_TOLERANCE = 0.2;
export const MAX_ROAD_DETOUR = 1.5;
export const NEAR_KM = 2;
export const NEAR_BORDER_KM = PRECISION_RADIUS_M.region / 1000;
/**
 * How exactly a border point is known: the basemap's Natural Earth 1:10m outline, simplified by
 * up to about 200 m, lies within about a kilometre of the border on the ground.
 */
const BORDER_PRECISION: LocationPrecision = 'district';

/** One end of a claim as placed on the map. */
export interface ClaimPoint {
	coordinates: [number, number];
	precision: LocationPrecision;
	/** The event it is, the place (locality) whose anchor it is, or a border's nearest point. */
	kind: 'event' | 'place' | 'border';
	/** An event id, a locality name or a country's name. */
	ref: string;
}

export type ClaimVerdict = 'holds' | 'does-not-hold' | 'cannot-tell';

export interface ClaimMeasure {
	/** Straight line between the two points, by Turf. */
	measuredKm: number;
	/** The figure the source states, in km; undefined for a nearness. */
	statedKm: number | undefined;
	/** For a nearness, what "near" is taken to mean here, in km. */
	nearKm: number | undefined;
	/** How far the points may lie from the real places, together (both precision radii). */
	uncertaintyKm: number;
	/** The straight-line distances under which the claim holds. */
	minKm: number;
	maxKm: number;
	verdict: ClaimVerdict;
	/** Either end is coarser than a street: the measure itself is approximate. */
	approximate: boolean;
}

const COARSE: ReadonlySet<LocationPrecision> = new Set(['district', 'city', 'region']);

/**
 * Places a claim's end that is a point: an event's own point, or a locality's anchor. Undefined
 * if unknown, or if the end is a border (see `resolveClaimEnds`).
 */
function resolveClaimEnd(
	end: ClaimEnd,
	events: ReadonlyMap<string, Pick<AtlasEvent, 'coordinates' | 'place'>>,
	places: ReadonlyMap<string, Pick<AtlasPlace, 'anchor' | 'precision'>>
): ClaimPoint | undefined {
	if (end.event !== undefined) {
		const event = events.get(end.event);
		if (!event) return undefined;
		const { coordinates, place } = event;
		return { coordinates, precision: place.precision, kind: 'event', ref: end.event };
	}
	const place = end.locality === undefined ? undefined : places.get(end.locality);
	if (!place || end.locality === undefined) return undefined;
	return {
		coordinates: place.anchor,
		precision: place.precision,
		kind: 'place',
		ref: end.locality
	};
}

/**
 * Places both ends of a claim. A border end is the point of that country's outline nearest to
 * the other end, so it needs `countries`; without them, or with a country they lack, or with an
 * end unknown, the claim cannot be placed (undefined).
 */
export function resolveClaimEnds(
	claim: Pick<Claim, 'from' | 'to'>,
	events: ReadonlyMap<string, Pick<AtlasEvent, 'coordinates' | 'place'>>,
	places: ReadonlyMap<string, Pick<AtlasPlace, 'anchor' | 'precision'>>,
	countries?: CountryShapes
): [ClaimPoint, ClaimPoint] | undefined {
	const from = resolveClaimEnd(claim.from, events, places);
	const to = resolveClaimEnd(claim.to, events, places);
	const border = (end: ClaimEnd, other: ClaimPoint | undefined): ClaimPoint | undefined => {
		const shape = end.border === undefined ? undefined : countries?.get(end.border);
		if (!shape || !other || end.border === undefined) return undefined;
		const coordinates = nearestBorderPoint(other.coordinates, shape);
		return { coordinates, precision: BORDER_PRECISION, kind: 'border', ref: end.border };
	};
	const a = from ?? border(claim.from, to);
	const b = to ?? border(claim.to, from);
	return a && b ? [a, b] : undefined;
}

/** Sets one claim against the straight line between its two placed ends (rule above). */
export function measureClaim(
	claim: Pick<Claim, 'distance'>,
	from: ClaimPoint,
	to: ClaimPoint
): ClaimMeasure {
	const measuredKm = straightLineKm(from.coordinates, to.coordinates);
	const uncertaintyKm =
		(PRECISION_RADIUS_M[from.precision] + PRECISION_RADIUS_M[to.precision]) / 1000;
	const approximate = COARSE.has(from.precision) || COARSE.has(to.precision);
	const stated = claim.distance;
	const statedKm = stated && stated.value * KM_PER_UNIT[stated.unit];
	const nearKm =
		statedKm !== undefined
			? undefined
			: from.kind === 'border' || to.kind === 'border'
				? NEAR_BORDER_KM
				: NEAR_KM;
	const shortest = stated?.along === 'road' && statedKm ? statedKm / MAX_ROAD_DETOUR : statedKm;
	const [low, high] =
		statedKm === undefined || shortest === undefined
			? [0, nearKm ?? NEAR_KM]
			: [shortest * (1 - CLAIM_TOLERANCE), statedKm * (1 + CLAIM_TOLERANCE)];
	const minKm = Math.max(0, low - uncertaintyKm);
	const maxKm = high + uncertaintyKm;
	const verdict: ClaimVerdict =
		statedKm !== undefined && uncertaintyKm >= statedKm
			? 'cannot-tell'
			: measuredKm >= minKm && measuredKm <= maxKm
				? 'holds'
				: 'does-not-hold';
	return { measuredKm, statedKm, nearKm, uncertaintyKm, minKm, maxKm, verdict, approximate };
}
