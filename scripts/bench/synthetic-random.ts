import type { TimePrecision } from '../../src/lib/domain/data/vocabulary';
import { formatOffset } from '../../src/lib/domain/time/instant';
import { instantOf, offsetAt, pad, wallClockAt } from '../../src/lib/domain/time/zoned';

/** A pseudo-random generator in [0, 1): mulberry32, small, fast and fully determined by its seed. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A box over land, [west, south, east, north], with the country code and zone it lies in. */
export interface Region {
	country: string;
	zone: string;
	box: readonly [number, number, number, number];
}

/**
 * Boxes each inside the country whose code and zone it carries (never the sea, a border strip
 * or a third country), so every synthetic point lies in Belgium or France and in the country
 * its place names. Rough on purpose: no need for exact borders.
 */
export const REGIONS: readonly Region[] = [
	{ country: 'BE', zone: 'Europe/Brussels', box: [3.6, 50.55, 5.5, 51.0] },
	{ country: 'BE', zone: 'Europe/Brussels', box: [5.0, 49.9, 5.6, 50.4] },
	{ country: 'FR', zone: 'Europe/Paris', box: [1.5, 48.3, 3.5, 49.3] },
	{ country: 'FR', zone: 'Europe/Paris', box: [0.0, 45.5, 4.5, 48.0] },
	{ country: 'FR', zone: 'Europe/Paris', box: [-0.5, 43.8, 3.5, 45.5] },
	{ country: 'FR', zone: 'Europe/Paris', box: [4.5, 44.0, 5.9, 47.5] }
];

/** Rounds a coordinate to 4 decimals (about 10 m), as the real data writes them. */
export const roundCoordinate = (value: number) => Math.round(value * 1e4) / 1e4;

/** A random point inside `region`'s box. */
export function randomPoint(rng: () => number, region: Region): [number, number] {
	const [west, south, east, north] = region.box;
	return [
		roundCoordinate(west + rng() * (east - west)),
		roundCoordinate(south + rng() * (north - south))
	];
}

/**
 * A random local start in `zone` between the start of `firstYear` and the end of
 * `firstYear + years - 1`, aligned on the precision: a `month` event starts on the 1st at
 * midnight, a `year` event on 1 January. Returns epoch ms. The instant comes from the zone's
 * rules (`instantOf`), so daylight saving time is always right: a wall time in a spring-forward
 * gap moves to a real instant, and one in the hour that repeats in autumn is its first pass.
 */
export function randomStart(
	rng: () => number,
	zone: string,
	precision: TimePrecision,
	firstYear: number,
	years: number
): number {
	const year = firstYear + Math.floor(rng() * years);
	const month = 1 + Math.floor(rng() * 12);
	const day = 1 + Math.floor(rng() * 28);
	const hour = Math.floor(rng() * 24);
	const minute = Math.floor(rng() * 60);
	const parts = {
		year,
		month: precision === 'year' ? 1 : month,
		day: precision === 'year' || precision === 'month' ? 1 : day,
		hour: precision === 'minute' || precision === 'hour' ? hour : 0,
		minute: precision === 'minute' ? minute : 0,
		second: 0,
		millisecond: 0
	};
	return instantOf(parts, zone);
}

/** ISO 8601 with the offset `zone` really had at `ms`, e.g. 2015-11-13T21:16:00+01:00. */
export function isoWithOffset(ms: number, zone: string): string {
	const t = wallClockAt(ms, zone);
	const date = `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}`;
	const fraction = t.millisecond === 0 ? '' : `.${pad(t.millisecond, 3)}`;
	const time = `${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}${fraction}`;
	return `${date}T${time}${formatOffset(offsetAt(ms, zone))}`;
}
