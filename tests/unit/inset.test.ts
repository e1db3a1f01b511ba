import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildClusterViews } from '../../src/lib/domain/geo/clusters';
import {
	buildInsetMap,
	describeViewArea,
	INSET_SIZE,
	projectViewBox
} from '../../src/lib/domain/geo/inset';

const at = (id: string, lon: number, lat: number, locality: string, country: string) => ({
	id,
	coordinates: [lon, lat] as [number, number],
	place: { locality, country }
});
const events = [
	at('p1', 2.35, 48.85, 'Paris', 'FR'),
	at('p2', 2.37, 48.86, 'Paris', 'FR'),
	at('p3', 2.36, 48.92, 'Saint-Denis', 'FR'),
	at('b1', 4.35, 50.85, 'Brussels', 'BE'),
	at('b2', 4.34, 50.86, 'Brussels', 'BE'),
	at('b3', 4.36, 50.84, 'Brussels', 'BE')
];
const views = buildClusterViews(events);
const square = (name: string, [w, s, e, n]: [number, number, number, number]) => ({
	type: 'Feature' as const,
	properties: { layer: 'country', name },
	geometry: {
		type: 'Polygon' as const,
		coordinates: [
			[
				[w, s],
				[e, s],
				[e, n],
				[w, n],
				[w, s]
			]
		]
	}
});

describe('the overview inset', () => {
	it('says in words where the map is, from the data’s own groups', () => {
		expect(describeViewArea(views, [0, 45, 8, 53])).toBe('all events (Belgium–France)');
		expect(describeViewArea(views, [2.2, 48.8, 2.5, 49])).toBe('Paris area');
		expect(describeViewArea(views, [2.34, 48.84, 2.36, 48.86])).toBe('near Paris');
		expect(describeViewArea(views, [3.2, 49.6, 3.4, 49.8])).toBe('part of Belgium–France');
		expect(describeViewArea(views, [-60, 10, -59, 11])).toBe('an area with no events');
	});

	it('draws the countries in the frame and leaves out those wholly off it', () => {
		const basemap: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				square('Here', [0, 45, 8, 53]),
				square('Far away', [100, 0, 101, 1]),
				{ ...square('Land', [-10, 30, 30, 70]), properties: { layer: 'land' } }
			]
		};
		const inset = buildInsetMap(basemap, views[0]!.bbox);
		expect(inset.countries.map((c) => c.name)).toEqual(['Here']);
		// The events' box lies inside the inset, with room around it.
		const [x, y, w, h] = projectViewBox(inset.frame, views[0]!.bbox);
		expect(x).toBeGreaterThan(0);
		expect(y).toBeGreaterThan(0);
		expect(x + w).toBeLessThan(INSET_SIZE.width);
		expect(y + h).toBeLessThan(INSET_SIZE.height);
	});

	it('keeps the view box on the inset and visible, however far or close the map is', () => {
		const inset = buildInsetMap({ type: 'FeatureCollection', features: [] }, views[0]!.bbox);
		expect(projectViewBox(inset.frame, [-180, -80, 180, 80])).toEqual([
			0,
			0,
			INSET_SIZE.width,
			INSET_SIZE.height
		]);
		const [, , w, h] = projectViewBox(inset.frame, [2.35, 48.85, 2.3501, 48.8501]);
		expect([w, h]).toEqual([4, 4]);
	});
});
