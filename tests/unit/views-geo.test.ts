import { describe, expect, it } from 'vitest';
import { buildClusterViews, nameCluster } from '../../src/lib/domain/geo/clusters';
import {
	metresPerPixel,
	SPREAD_PX,
	SPREAD_ZOOM,
	spreadCoincidentEvents,
	spreadOffsets
} from '../../src/lib/domain/geo/spiderfy';

const at = (id: string, lon: number, lat: number, locality = 'Paris', country = 'FR') => ({
	id,
	coordinates: [lon, lat] as [number, number],
	place: { locality, country }
});

describe('spreadOffsets', () => {
	it.each([2, 3, 5, 8, 9, 14, 60, 400])('keeps %i dots at least one gap apart', (count) => {
		const offsets = spreadOffsets(count);
		expect(offsets).toHaveLength(count);
		let nearest = Infinity;
		for (let i = 0; i < count; i++) {
			for (let j = 0; j < i; j++) {
				const [a, b] = [offsets[i]!, offsets[j]!];
				nearest = Math.min(nearest, Math.hypot(a[0] - b[0], a[1] - b[1]));
			}
		}
		expect(nearest).toBeGreaterThanOrEqual(0.999);
	});
});

describe('spreadCoincidentEvents', () => {
	it('moves only events that share a spot, a gap apart at the spread zoom', () => {
		const spread = spreadCoincidentEvents([
			at('a', 4.338, 50.8556),
			at('b', 4.338, 50.8556),
			at('c', 2, 48)
		]);
		expect([...spread.keys()]).toEqual(['a', 'b']);
		const [a, b] = [spread.get('a')!, spread.get('b')!];
		const metresPerDegree = 111_320;
		const dy = (a[1] - b[1]) * metresPerDegree;
		const dx = (a[0] - b[0]) * metresPerDegree * Math.cos((50.8556 * Math.PI) / 180);
		const pixels = Math.hypot(dx, dy) / metresPerPixel(50.8556, SPREAD_ZOOM);
		expect(pixels).toBeCloseTo(SPREAD_PX, 5);
		// At a city's zoom the same pair is under a pixel apart: one place, as it should read.
		expect(Math.hypot(dx, dy) / metresPerPixel(50.8556, 10)).toBeLessThan(1);
	});
});

describe('buildClusterViews', () => {
	it('names groups after their commonest locality and the whole after its countries', () => {
		const views = buildClusterViews([
			at('p1', 2.35, 48.85),
			at('p2', 2.37, 48.86),
			at('s1', 2.36, 48.92, 'Saint-Denis'),
			at('b1', 4.35, 50.85, 'Bruxelles', 'BE'),
			at('b2', 4.34, 50.86, 'Molenbeek', 'BE'),
			at('b3', 4.36, 50.84, 'Bruxelles', 'BE'),
			at('b4', 4.37, 50.84, 'Bruxelles', 'BE')
		]);
		expect(views.map((v) => [v.name, v.eventIds.length])).toEqual([
			['Belgium–France', 7],
			['Bruxelles', 4],
			['Paris', 3]
		]);
	});

	it('speaks the reader’s language for country names', () => {
		const members = [at('a', 4.35, 50.85, 'Brussel', 'BE'), at('b', 2.35, 48.85, 'Paris', 'FR')];
		expect(nameCluster(members, 'fr')).toBe('Belgique–France');
	});

	it('has nothing to offer for no events, and only the whole for one place', () => {
		expect(buildClusterViews([])).toEqual([]);
		expect(
			buildClusterViews([at('a', 1, 1), at('b', 1, 1), at('c', 1, 1)]).map((v) => v.kind)
		).toEqual(['all']);
	});
});
