import { describe, expect, it } from 'vitest';
import {
	applyPatch,
	type PatchOrigin,
	axisBounds,
	initialView,
	type ViewContext,
	type ViewState
} from '../../src/lib/domain/view';
import { parseViewPatch } from '../../src/lib/domain/view-patch';
import { ms } from './time-helpers';

const HOUR = 3_600_000;
const extent = { from: ms('2014-05-24T15:50:00+02:00'), to: ms('2016-03-23T08:00:00+01:00') };
const events = {
	bataclan: { startMs: ms('2015-11-13T21:40:00+01:00'), endMs: ms('2015-11-14T00:20:00+01:00') },
	verviers: { startMs: ms('2015-01-15T17:45:00+01:00'), endMs: ms('2015-01-15T18:45:00+01:00') }
};
const context: ViewContext = {
	extent,
	timeZone: 'Europe/Paris',
	eventInterval: (id) => events[id as keyof typeof events],
	placeEvents: (name) => (name === 'Paris' ? ['bataclan'] : undefined)
};
const start = initialView(extent);

function apply(
	patch: Parameters<typeof applyPatch>[1],
	view: ViewState = start,
	origin: PatchOrigin = 'ui'
) {
	return applyPatch(view, patch, origin, context);
}

describe('applyPatch, field by field', () => {
	it('opens a place the data names and frames its history', () => {
		const result = apply({ place: 'Paris' });
		expect(result.view.place).toBe('Paris');
		expect(result.cameraRequest).toEqual({ kind: 'events', eventIds: ['bataclan'] });
		expect(apply({ place: null }, result.view).view.place).toBeNull();
	});

	it('refuses a place the data does not name, and any place before the data has loaded', () => {
		const unknown = apply({ place: 'Atlantis' });
		expect(unknown.view.place).toBeNull();
		expect(unknown.problems).toEqual([
			{ field: 'place', reason: 'the data names no place Atlantis' }
		]);
		const early = applyPatch(start, { place: 'Paris' }, 'url', {
			...context,
			placeEvents: undefined
		});
		expect(early.view.place).toBeNull();
	});

	it('frames the selected event, not the place, when a patch opens both', () => {
		const result = apply({ place: 'Paris', selectedEventId: 'verviers' });
		expect(result.view.place).toBe('Paris');
		expect(result.cameraRequest).toEqual({ kind: 'event', eventId: 'verviers' });
	});

	it('selects an event and asks the map to frame it', () => {
		const result = apply({ selectedEventId: 'bataclan' });
		expect(result.view.selectedEventId).toBe('bataclan');
		expect(result.cameraRequest).toEqual({ kind: 'event', eventId: 'bataclan' });
	});

	it('does not move the map for an event the map itself selected', () => {
		expect(apply({ selectedEventId: 'bataclan' }, start, 'map').cameraRequest).toBeNull();
	});

	it('moves the time to a selected event the range hides', () => {
		const early = { ...start, at: events.verviers.startMs, mode: 'cumulative' as const };
		expect(apply({ selectedEventId: 'bataclan' }, early).view.at).toBe(events.bataclan.startMs);
	});

	it('keeps the time when the patch sets it with the selection', () => {
		const at = events.verviers.startMs;
		expect(apply({ selectedEventId: 'bataclan', at }).view.at).toBe(at);
	});

	it('asks the map for a zoom step or the opening view without changing the view', () => {
		const zoomIn = applyPatch(start, {}, 'ui', context, { zoomBy: 1 });
		expect(zoomIn.cameraRequest).toEqual({ kind: 'zoom', by: 1 });
		expect(zoomIn.view).toEqual(start);
		const reset = applyPatch(start, {}, 'ui', context, { fitAll: true });
		expect(reset.cameraRequest).toEqual({ kind: 'extent' });
		expect(reset.view).toEqual(start);
		expect(applyPatch(start, {}, 'ui', context, { zoomBy: NaN }).cameraRequest).toBeNull();
		expect(applyPatch(start, {}, 'ui', context, { zoomBy: 0 }).cameraRequest).toBeNull();
	});

	it('refuses an unknown event id, naming the field, and changes nothing', () => {
		const result = apply({ selectedEventId: 'no-such-event' });
		expect(result.view).toEqual(start);
		expect(result.problems.map((p) => p.field)).toEqual(['selectedEventId']);
	});

	it('clears the selection with null', () => {
		const selected = apply({ selectedEventId: 'bataclan' }).view;
		expect(apply({ selectedEventId: null }, selected).view.selectedEventId).toBeNull();
	});

	it('moves the time, kept inside the extent', () => {
		expect(apply({ at: events.verviers.startMs }).view.at).toBe(events.verviers.startMs);
		expect(apply({ at: extent.to + 10 * HOUR }).view.at).toBe(extent.to);
		expect(apply({ at: extent.from - 10 * HOUR }).view.at).toBe(extent.from);
	});

	it('switches the mode', () => {
		expect(apply({ mode: 'window' }).view.mode).toBe('window');
	});

	it('sets the window length', () => {
		expect(apply({ span: 6 * HOUR }).view.span).toBe(6 * HOUR);
	});

	it('turns fading of past events off', () => {
		expect(apply({ fadePast: false }).view.fadePast).toBe(false);
		expect(apply({ density: true }).view.density).toBe(true);
	});

	it('records the camera the map reports without asking it to move', () => {
		const camera = { lon: 2.37, lat: 48.86, zoom: 12 };
		const result = apply({ camera }, start, 'map');
		expect(result.view.camera).toEqual(camera);
		expect(result.cameraRequest).toBeNull();
	});

	it('asks the map to fly to a camera from anywhere else', () => {
		const camera = { lon: 2.37, lat: 48.86, zoom: 12 };
		expect(apply({ camera }, start, 'url').cameraRequest).toEqual({ kind: 'camera', camera });
	});

	it('starts playing, from the beginning when at the end', () => {
		const result = apply({ playing: true });
		expect(result.view.playing).toBe(true);
		expect(result.view.at).toBe(extent.from);
	});

	it('starts playing from the current time when not at the end', () => {
		const middle = { ...start, at: events.verviers.startMs };
		expect(apply({ playing: true }, middle).view.at).toBe(events.verviers.startMs);
	});

	it('sets the playback speed', () => {
		expect(apply({ speed: HOUR }).view.speed).toBe(HOUR);
	});

	it('zooms the time axis around the current time', () => {
		const middle = { ...start, at: events.bataclan.startMs };
		const view = apply({ timeZoom: 'day' }, middle).view;
		expect(view.timeZoom).toBe('day');
		expect(view.axisAnchor).toBe(events.bataclan.startMs);
		const bounds = axisBounds(view, context);
		expect(bounds.to - bounds.from).toBeLessThanOrEqual(25 * HOUR);
	});

	it('lets the zoomed axis follow the time when it leaves the axis', () => {
		const zoomed = apply({ timeZoom: 'day' }, { ...start, at: events.bataclan.startMs }).view;
		const moved = apply({ at: events.verviers.startMs }, zoomed).view;
		expect(moved.axisAnchor).toBe(events.verviers.startMs);
	});

	it('keeps the axis still while the time moves inside it', () => {
		const zoomed = apply({ timeZoom: 'day' }, { ...start, at: events.bataclan.startMs }).view;
		expect(apply({ at: events.bataclan.startMs + HOUR }, zoomed).view.axisAnchor).toBe(
			events.bataclan.startMs
		);
	});
});

describe('parseViewPatch, for patches from outside', () => {
	it('passes a well-formed patch through whole', () => {
		const patch = { selectedEventId: 'bataclan', at: 1, mode: 'window', span: HOUR, playing: true };
		expect(parseViewPatch(patch)).toEqual({ patch, problems: [] });
	});

	it.each([
		['selectedEventId', 42],
		['selectedEventId', 'x'.repeat(201)],
		['at', 'tomorrow'],
		['at', Number.NaN],
		['at', 1e300],
		['mode', 'fast'],
		['span', -1],
		['span', Number.POSITIVE_INFINITY],
		['fadePast', 'yes'],
		['density', 1],
		['camera', { lon: 2, lat: 95, zoom: 3 }],
		['camera', { lon: 2, lat: 48 }],
		['camera', 'paris'],
		['playing', 1],
		['speed', 0],
		['timeZoom', 'decade']
	])('drops a bad %s (%j), names it, and keeps the other fields', (field, value) => {
		const good = { fadePast: false, speed: HOUR };
		const { patch, problems } = parseViewPatch({ ...good, [field]: value });
		const kept = Object.fromEntries(Object.entries(good).filter(([key]) => key !== field));
		expect(patch).toEqual(kept);
		expect(problems.map((p) => p.field)).toEqual([field]);
	});

	it('reports and ignores a field the view does not have', () => {
		expect(parseViewPatch({ zoom: 3, at: 5 })).toEqual({
			patch: { at: 5 },
			problems: [{ field: 'zoom', reason: 'not a field of the view; ignored' }]
		});
	});

	it('does not let __proto__ through', () => {
		const { patch, problems } = parseViewPatch(JSON.parse('{"__proto__": {"playing": true}}'));
		expect(patch).toEqual({});
		expect(Object.getPrototypeOf(patch)).toBe(Object.prototype);
		expect(problems.map((p) => p.field)).toEqual(['__proto__']);
	});

	it.each([null, 'play', 42, [1, 2]])('refuses %j as a whole', (input) => {
		expect(parseViewPatch(input)).toEqual({
			patch: {},
			problems: [{ field: '(patch)', reason: 'expected an object of fields' }]
		});
	});
});
