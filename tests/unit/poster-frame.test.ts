import { MercatorCoordinate } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { fitPosterFrame, POSTER_SIZE, toMercator } from '../../src/lib/domain/poster-frame';

const FRAME = { ...POSTER_SIZE, padding: 48, maxZoom: 12 };

describe('toMercator', () => {
	it('agrees with MapLibre’s own Web Mercator', () => {
		for (const [lon, lat] of [
			[0, 0],
			[2.3707, 48.8631],
			[4.3378, 50.8466],
			[-179.9, -60],
			[179.9, 84]
		] as const) {
			const ours = toMercator([lon, lat]);
			const theirs = MercatorCoordinate.fromLngLat([lon, lat]);
			expect(ours[0]).toBeCloseTo(theirs.x, 12);
			expect(ours[1]).toBeCloseTo(theirs.y, 12);
		}
	});

	it('keeps the poles on the square world instead of at infinity', () => {
		expect(toMercator([0, 90])[1]).toBeCloseTo(0, 6);
		expect(toMercator([0, -90])[1]).toBeCloseTo(1, 6);
	});
});

describe('fitPosterFrame', () => {
	const bbox: [number, number, number, number] = [2.2, 48.8, 5.9, 51.3];

	it('puts the corners of the events’ box inside the padding, touching it on one axis', () => {
		const frame = fitPosterFrame(bbox, FRAME);
		const [x0, y0] = frame.project([bbox[0], bbox[3]]);
		const [x1, y1] = frame.project([bbox[2], bbox[1]]);
		for (const x of [x0, x1]) expect(x).toBeGreaterThanOrEqual(48 - 1e-6);
		for (const x of [x0, x1]) expect(x).toBeLessThanOrEqual(1200 - 48 + 1e-6);
		for (const y of [y0, y1]) expect(y).toBeGreaterThanOrEqual(48 - 1e-6);
		for (const y of [y0, y1]) expect(y).toBeLessThanOrEqual(630 - 48 + 1e-6);
		// As large as it can be: the box fills the height (it is taller than the image's shape).
		expect(y1 - y0).toBeCloseTo(630 - 96, 6);
	});

	it('centres the box, and north is up', () => {
		const frame = fitPosterFrame(bbox, FRAME);
		const [x0, y0] = frame.project([bbox[0], bbox[3]]);
		const [x1, y1] = frame.project([bbox[2], bbox[1]]);
		expect((x0 + x1) / 2).toBeCloseTo(600, 6);
		expect((y0 + y1) / 2).toBeCloseTo(315, 6);
		expect(y0).toBeLessThan(y1);
	});

	it('never zooms in past maxZoom, so a single event is shown with its surroundings', () => {
		const frame = fitPosterFrame([2.37, 48.86, 2.37, 48.86], FRAME);
		expect(frame.zoom).toBe(12);
		expect(frame.project([2.37, 48.86])).toEqual([600, 315]);
	});

	it('reports the zoom MapLibre would use for the same scale', () => {
		const frame = fitPosterFrame(bbox, FRAME);
		const [, ya] = frame.project([0, 0]);
		const [, yb] = frame.project([0, 1]);
		// One degree of latitude at the equator is 1/360 of a 512 × 2^zoom px world (to 0.1%).
		expect(Math.abs(ya - yb)).toBeCloseTo((512 * 2 ** frame.zoom) / 360, 0);
	});

	it('shows the whole world at zoom 0 without events', () => {
		const frame = fitPosterFrame(null, FRAME);
		expect(frame.zoom).toBe(0);
		const [x, y] = frame.project([0, 0]);
		expect(x).toBeCloseTo(600, 6);
		expect(y).toBeCloseTo(315, 6);
	});
});
