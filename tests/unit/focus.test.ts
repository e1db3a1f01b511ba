import { MercatorCoordinate } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { validateAtlas } from '../../src/lib/domain/data/validate';
import { haloMinZoom, PRECISION_RADIUS_M } from '../../src/lib/domain/geo/precision';
import { buildMapData } from '../../src/lib/map/features';
import { buildFocusFeatures, indexLinkLines } from '../../src/lib/map/focus';
import { readAtlasInput } from '../../src/lib/server/geodata';

const result = validateAtlas(readAtlasInput('.'));
if (!result.ok) throw new Error('geodata/ is invalid');
const events = result.data.events;
const links = buildMapData(events).links;

describe('the selected event’s links', () => {
	const linksOf = indexLinkLines(links);

	it('are every link line with the event at either end, and no other', () => {
		for (const event of events) {
			const expected = links.features
				.filter((l) => l.properties.from === event.id || l.properties.to === event.id)
				.map((l) => `${l.properties.from} → ${l.properties.to}`);
			const found = linksOf(event.id).features.map(
				(l) => `${l.properties.from} → ${l.properties.to}`
			);
			expect(found, event.id).toEqual(expected);
		}
	});

	it('carry the interval of the event at the other end, whichever end was selected', () => {
		const line = links.features[0]!;
		const { from, to } = line.properties;
		const byId = new Map(events.map((e) => [e.id, e]));
		const [fromEvent, toEvent] = [byId.get(from)!, byId.get(to)!];
		const seenFromStart = linksOf(from).features.find((l) => l.properties.to === to)!;
		expect([seenFromStart.properties.otherStartMs, seenFromStart.properties.otherEndMs]).toEqual([
			toEvent.startMs,
			toEvent.endMs
		]);
		const seenFromEnd = linksOf(to).features.find((l) => l.properties.from === from)!;
		expect([seenFromEnd.properties.otherStartMs, seenFromEnd.properties.otherEndMs]).toEqual([
			fromEvent.startMs,
			fromEvent.endMs
		]);
	});

	it('are none without a selection or for an event without links', () => {
		expect(linksOf(null).features).toEqual([]);
		const linked = new Set(links.features.flatMap((l) => [l.properties.from, l.properties.to]));
		const lonely = events.find((e) => !linked.has(e.id));
		if (lonely) expect(linksOf(lonely.id).features).toEqual([]);
	});
});

describe('the focus rings', () => {
	const [first, second] = events as [(typeof events)[0], (typeof events)[0]];

	it('mark the selected and the hovered event, each at its point with its interval', () => {
		const rings = buildFocusFeatures({ selected: first, hovered: second }).features;
		expect(rings.map((f) => [f.properties.role, f.properties.id])).toEqual([
			['selected', first.id],
			['hovered', second.id]
		]);
		expect(rings[1]!.geometry.coordinates).toEqual(second.coordinates);
		expect(rings[0]!.properties.endMs).toBe(first.endMs);
	});

	it('are empty when nothing is selected or hovered', () => {
		expect(buildFocusFeatures({ selected: undefined, hovered: undefined }).features).toEqual([]);
	});
});

describe('haloMinZoom', () => {
	/** A radius in CSS pixels at a zoom, by MapLibre's own Mercator maths (512-pixel tiles). */
	function pixels(radiusM: number, lat: number, zoom: number) {
		const unitsPerMetre = MercatorCoordinate.fromLngLat([4, lat]).meterInMercatorCoordinateUnits();
		return radiusM * unitsPerMetre * 512 * 2 ** zoom;
	}

	it('is the whole zoom at which a halo grows past the given radius in pixels', () => {
		for (const [precision, radius] of Object.entries(PRECISION_RADIUS_M)) {
			if (radius === 0) continue;
			for (const lat of [0, 43.3, 48.86, 50.85, 70]) {
				const zoom = haloMinZoom(radius, lat, 5);
				const where = `${precision} at ${lat}°`;
				expect(pixels(radius, lat, zoom), where).toBeLessThanOrEqual(5);
				expect(pixels(radius, lat, zoom + 1), where).toBeGreaterThan(5);
			}
		}
	});
});
