import { bboxPolygon } from '@turf/bbox-polygon';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { lineString, point } from '@turf/helpers';
import { coordAll } from '@turf/meta';
import { pointToLineDistance } from '@turf/point-to-line-distance';
import type { MultiLineString, MultiPolygon } from 'geojson';
import { realBasemap } from './real-basemap';
import { describe, expect, it } from 'vitest';
import {
	BASEMAP_LAYERS,
	WESTERN_EUROPE_BBOX,
	type BasemapFeature,
	type BasemapLayer
} from '../../scripts/basemap/build';

const basemap = realBasemap();

function selectLayer(layer: BasemapLayer): BasemapFeature[] {
	return basemap.features.filter((f) => f.properties.layer === layer);
}

function selectOnly(layer: BasemapLayer): BasemapFeature {
	const [only, ...rest] = selectLayer(layer);
	if (!only || rest.length > 0) throw new Error(`expected exactly one ${layer} feature`);
	return only;
}

function findCountry(isoNumeric: string) {
	const country = selectLayer('country').find((f) => f.properties.iso_n3 === isoNumeric);
	if (!country) throw new Error(`no country with ISO numeric code ${isoNumeric}`);
	return country.geometry as MultiPolygon;
}

const land = selectOnly('land').geometry as MultiPolygon;

describe('buildBasemap', () => {
	it('emits every layer the style expects', () => {
		const layers = new Set(basemap.features.map((f) => f.properties.layer));
		expect([...layers].sort()).toEqual([...BASEMAP_LAYERS].sort());
	});

	it('keeps every coordinate inside the western Europe bbox', () => {
		const box = bboxPolygon(WESTERN_EUROPE_BBOX);
		const outside = coordAll(basemap).filter((position) => !booleanPointInPolygon(position, box));
		expect(outside).toEqual([]);
	});

	it.each([
		['Paris', 2.35, 48.86],
		['Brussels', 4.35, 50.85],
		['Verviers', 5.86, 50.59]
	])('puts %s on land', (_name, lon, lat) => {
		expect(booleanPointInPolygon(point([lon, lat]), land)).toBe(true);
	});

	it('leaves the North Sea off Dunkirk as water', () => {
		const sea = point([2.0, 51.3]);
		expect(booleanPointInPolygon(sea, land)).toBe(false);
		const countries = selectLayer('country');
		expect(countries.some((f) => booleanPointInPolygon(sea, f.geometry as MultiPolygon))).toBe(
			false
		);
	});

	it('draws the France–Belgium border near Comines, between the two countries', () => {
		const borders = selectOnly('border').geometry as MultiLineString;
		const comines = point([3.0, 50.75]);
		const nearestKm = Math.min(
			...borders.coordinates.map((line) => pointToLineDistance(comines, lineString(line)))
		);
		expect(nearestKm).toBeLessThan(5);
		expect(booleanPointInPolygon(point([3.0, 50.85]), findCountry('056'))).toBe(true);
		expect(booleanPointInPolygon(point([3.0, 50.65]), findCountry('250'))).toBe(true);
	});

	it('names countries so the style can tint Belgium and France', () => {
		const names = selectLayer('country').map((f) => [f.properties.iso_n3, f.properties.name]);
		expect(names).toEqual(
			expect.arrayContaining([
				['056', 'Belgium'],
				['250', 'France']
			])
		);
	});

	it('stays under 1 MB when serialized', () => {
		expect(Buffer.byteLength(JSON.stringify(basemap))).toBeLessThan(1_000_000);
	});
});
