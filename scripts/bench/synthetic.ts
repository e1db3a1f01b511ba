import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AtlasInput } from '../../src/lib/domain/data/validate';
import {
	TIME_ORDERED_RELATIONS,
	type LinkRelation,
	type TimePrecision
} from '../../src/lib/domain/data/vocabulary';
import {
	REGIONS,
	isoWithOffset,
	mulberry32,
	randomPoint,
	randomStart,
	roundCoordinate,
	type Region
} from './synthetic-random';

import { startOfUnit } from '../../src/lib/domain/time/zoned';

export { mulberry32 } from './synthetic-random';

/** The fields of a raw event feature this generator rewrites; everything else is copied. */
interface RawFeature {
	type: 'Feature';
	id: string;
	geometry: { type: 'Point'; coordinates: [number, number] };
	properties: {
		start: string;
		end?: string;
		timeZone: string;
		timePrecision: TimePrecision;
		place: { country: string };
		links?: { to: string; relation: LinkRelation }[];
		claims?: { from: { event?: string }; to: { event?: string } }[];
		parent?: string;
		route?: [number, number][];
		[key: string]: unknown;
	};
}

const FIRST_YEAR = 2012;
const YEARS = 8;
const LINK_PROBABILITY = 0.6;
/** Routes are shrunk around their point by this factor, then kept inside the point's box. */
const ROUTE_SCALE = 0.25;

/** Up to an hour either way: the most a move across a daylight-saving change shifts the clock. */
const DST_SLACK_MS = 2 * 3_600_000;

/**
 * An end copied as a duration lands an hour off midnight when the new interval crosses a
 * daylight-saving change; the validator wants a `day` event to end on a unit boundary, as
 * the original did, so a day-or-coarser end is put back on the nearest one.
 */
function alignedEnd(ms: number, zone: string, precision: TimePrecision): number {
	if (precision === 'minute' || precision === 'hour') return ms;
	return startOfUnit(ms + DST_SLACK_MS, zone, precision);
}

/** A short slug from the original id, so synthetic ids still hint at what they copy. */
function idPrefix(id: string): string {
	return id.split('-').slice(0, 4).join('-').slice(0, 24).replace(/-+$/, '');
}

/** The original route, shrunk around the new point and clamped into its region's box. */
function moveRoute(
	route: [number, number][],
	from: [number, number],
	to: [number, number],
	region: Region
) {
	const [west, south, east, north] = region.box;
	const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));
	return route.map(([x, y]): [number, number] => [
		roundCoordinate(clamp(to[0] + (x - from[0]) * ROUTE_SCALE, west, east)),
		roundCoordinate(clamp(to[1] + (y - from[1]) * ROUTE_SCALE, south, north))
	]);
}

/**
 * A deterministic dataset of `size` events built from the real events of `base`: quotes and
 * figures are reused verbatim against the same sources, ids are unique slugs, times are spread
 * over 2012–2019 with the offset each zone had then, points are spread over Belgium and
 * France, and links and parents point only at earlier synthetic events so they always resolve
 * (parents one level deep, as in the real data). Meta, sources and texts are `base`'s. The
 * same `base`, `size` and `seed` always give the same output, which passes `validateAtlas`.
 */
export function generateSyntheticInput(base: AtlasInput, size: number, seed: number): AtlasInput {
	const rng = mulberry32(seed);
	const originals = (base.events as { features: RawFeature[] }).features;
	if (originals.length === 0) throw new Error('generateSyntheticInput: the base has no events');
	const ids: string[] = [];
	const roots: string[] = [];
	const features: RawFeature[] = [];
	for (let i = 0; i < size; i++) {
		const original = originals[Math.floor(rng() * originals.length)] as RawFeature;
		const feature = structuredClone(original);
		const p = feature.properties;
		const id = `syn-${String(i).padStart(6, '0')}-${idPrefix(original.id)}`;
		const region = REGIONS[Math.floor(rng() * REGIONS.length)] as Region;
		const point = randomPoint(rng, region);
		feature.id = id;
		feature.geometry = { type: 'Point', coordinates: point };
		if (p.route) p.route = moveRoute(p.route, original.geometry.coordinates, point, region);
		p.timeZone = region.zone;
		p.place = { ...p.place, country: region.country };
		const start = randomStart(rng, region.zone, p.timePrecision, FIRST_YEAR, YEARS);
		p.start = isoWithOffset(start, region.zone);
		if (original.properties.end !== undefined) {
			const duration = Date.parse(original.properties.end) - Date.parse(original.properties.start);
			p.end = isoWithOffset(
				alignedEnd(start + Math.max(0, duration), region.zone, p.timePrecision),
				region.zone
			);
		}
		const targets = new Set<string>();
		p.links = (p.links ?? []).filter((link) => {
			if (i === 0 || rng() >= LINK_PROBABILITY) return false;
			link.to = ids[Math.floor(rng() * i)] as string;
			// The target's time is random, so "Followed by" or "Movement to" could read backwards.
			if (TIME_ORDERED_RELATIONS.includes(link.relation)) link.relation = 'related';
			return !targets.has(link.to) && Boolean(targets.add(link.to));
		});
		// A claim measured from the event itself stays so, on the copy; one naming another event
		// is dropped, since that event has no copy the claim could be sure to name. No random draw:
		// the seed gives the same dataset as before claims existed.
		p.claims = (p.claims ?? []).filter((claim) => {
			for (const end of [claim.from, claim.to]) {
				if (end.event === original.id) end.event = id;
				else if (end.event !== undefined) return false;
			}
			return true;
		});
		if (p.parent !== undefined && roots.length > 0) {
			p.parent = roots[Math.floor(rng() * roots.length)] as string;
		} else {
			delete p.parent;
			roots.push(id);
		}
		ids.push(id);
		features.push(feature);
	}
	return {
		...base,
		meta: structuredClone(base.meta),
		events: { type: 'FeatureCollection', features },
		sources: structuredClone(base.sources),
		texts: { ...base.texts }
	};
}

/**
 * Writes `input` in the layout `readAtlasInput` reads: `atlas.json`, `events.geojson`,
 * `sources.json` and `sources/*.txt` under `dir` (created if needed), so that
 * `ATLAS_GEODATA_DIR=<dir>` validates and builds an atlas from it. Events are written compactly.
 */
export function writeGeodata(dir: string, input: AtlasInput): void {
	mkdirSync(join(dir, 'sources'), { recursive: true });
	writeFileSync(join(dir, 'atlas.json'), `${JSON.stringify(input.meta, null, '\t')}\n`);
	writeFileSync(join(dir, 'events.geojson'), `${JSON.stringify(input.events)}\n`);
	writeFileSync(join(dir, 'sources.json'), `${JSON.stringify(input.sources, null, '\t')}\n`);
	for (const [name, text] of Object.entries(input.texts)) {
		writeFileSync(join(dir, 'sources', name), text);
	}
}
