import { describe, expect, it } from 'vitest';
import { describeLinkProblems } from '../../src/lib/domain/link-problems';
import { coordinateDigits, parseViewUrl, serializeViewUrl } from '../../src/lib/domain/url-codec';
import { initialView, type ViewState } from '../../src/lib/domain/view';
import { ms, restoreViewerZoneAfterEach } from './time-helpers';

const ZONE = 'Europe/Paris';
const extent = { from: Date.UTC(2014, 4, 24), to: Date.UTC(2016, 2, 23) };
const defaults = initialView(extent);
restoreViewerZoneAfterEach();

describe('reading a link', () => {
	it('reads every parameter the atlas writes', () => {
		const { patch, problems } = parseViewUrl(
			'?event=2015-11-13-bataclan&t=2015-11-13T21:40&mode=window&span=6h&fade=0&map=12.5/48.8631/2.3707&speed=1h&axis=day',
			ZONE
		);
		expect(problems).toEqual([]);
		expect(patch).toEqual({
			selectedEventId: '2015-11-13-bataclan',
			at: ms('2015-11-13T21:40:00+01:00'),
			mode: 'window',
			span: 6 * 3_600_000,
			fadePast: false,
			camera: { zoom: 12.5, lat: 48.8631, lon: 2.3707 },
			speed: 3_600_000,
			timeZoom: 'day'
		});
	});

	it('reads the time in the atlas’s zone, not the viewer’s', () => {
		process.env.TZ = 'America/New_York';
		expect(parseViewUrl('?t=2015-11-13T21:40', ZONE).patch.at).toBe(
			ms('2015-11-13T21:40:00+01:00')
		);
	});

	it('keeps links written before the speed and axis parameters existed', () => {
		const { patch } = parseViewUrl('?t=2015-11-13T21:40&mode=window&span=7d', ZONE);
		expect(Object.keys(patch).sort()).toEqual(['at', 'mode', 'span']);
	});

	it('moves a time in the spring daylight-saving gap forward, as typed times are', () => {
		expect(parseViewUrl('?t=2015-03-29T02:30', ZONE).patch.at).toBe(
			ms('2015-03-29T03:30:00+02:00')
		);
	});

	it('reads a time in the autumn overlap as its first pass', () => {
		expect(parseViewUrl('?t=2015-10-25T02:30', ZONE).patch.at).toBe(
			ms('2015-10-25T02:30:00+02:00')
		);
	});

	it('ignores parameters it does not own', () => {
		expect(parseViewUrl('?initialWidth=600&childId=map&utm_source=x', ZONE)).toEqual({
			patch: {},
			problems: []
		});
	});

	// One malformed value per test: each is dropped, named, and leaves the rest of the link alone.
	it.each([
		['t', 't=yesterday'],
		['t', 't=2015-02-30T10:00'],
		['mode', 'mode=fast'],
		['span', 'span=-3d'],
		['span', 'span=0h'],
		['span', 'span=3w'],
		['fadePast', 'fade=yes'],
		['density', 'density=on'],
		['camera', 'map=99/1/2'],
		['camera', 'map=a/b/c'],
		['camera', 'map=//'],
		['camera', 'map=12/95/2'],
		['speed', 'speed=fast'],
		['timeZoom', 'axis=decade'],
		['selectedEventId', 'event=']
	])('drops a malformed %s (%s) and says so', (field, parameter) => {
		const rest = field === 'fadePast' ? { mode: 'window' } : { fadePast: false };
		const other = field === 'fadePast' ? 'mode=window' : 'fade=0';
		const { patch, problems } = parseViewUrl(`?${parameter}&${other}`, ZONE);
		expect(patch).toEqual(rest);
		expect(problems.map((p) => p.field)).toEqual([field]);
	});
});

describe('telling the reader what a link got wrong', () => {
	it('names the parameter, repeats what it said, and says what it takes', () => {
		const search = '?map=12/48.8/two&mode=window';
		const { problems } = parseViewUrl(search, ZONE);
		expect(describeLinkProblems(search, problems)).toEqual([
			{
				parameter: 'map',
				value: '12/48.8/two',
				expected: 'zoom/latitude/longitude, such as 12/48.86/2.37'
			}
		]);
	});

	it('names each refused parameter once, in the order met', () => {
		const search = '?t=yesterday&speed=fast&axis=decade';
		const { problems } = parseViewUrl(search, ZONE);
		expect(describeLinkProblems(search, problems).map((p) => `${p.parameter}=${p.value}`)).toEqual([
			't=yesterday',
			'speed=fast',
			'axis=decade'
		]);
	});

	it('covers an event id the data does not know, refused once the events have loaded', () => {
		const search = '?event=no-such-event';
		const refused = [{ field: 'selectedEventId', reason: 'no event has the id no-such-event' }];
		expect(describeLinkProblems(search, refused)).toEqual([
			{
				parameter: 'event',
				value: 'no-such-event',
				expected: 'the id of one of this atlas’s events'
			}
		]);
	});

	it('shortens a long value to what a notice can show', () => {
		const search = `?event=${'y'.repeat(7_000)}`;
		const refused = [{ field: 'selectedEventId', reason: 'no such event' }];
		const [problem] = describeLinkProblems(search, refused);
		expect(problem?.value).toBe(`${'y'.repeat(60)}…`);
	});

	it('leaves out problems that did not come from the link', () => {
		expect(describeLinkProblems('?mode=window', [{ field: 'fit', reason: 'no event' }])).toEqual(
			[]
		);
		expect(describeLinkProblems('', [{ field: 'camera', reason: 'out of range' }])).toEqual([]);
	});
});

describe('writing a link', () => {
	const view: ViewState = {
		...defaults,
		selectedEventId: '2015-11-13-bataclan',
		at: ms('2015-11-13T21:40:00+01:00'),
		mode: 'window',
		span: 90 * 60_000,
		fadePast: false,
		density: true,
		camera: { zoom: 12.5, lat: 48.863123456, lon: 2.370712345 },
		speed: 600_000,
		timeZoom: 'week',
		place: 'Molenbeek-Saint-Jean'
	};

	it('round-trips every field through the reader', () => {
		const search = serializeViewUrl('', view, defaults, ZONE);
		expect(search).toContain('span=90m');
		const { patch } = parseViewUrl(search, ZONE);
		expect(patch).toEqual({
			selectedEventId: view.selectedEventId,
			at: view.at,
			mode: view.mode,
			span: view.span,
			fadePast: view.fadePast,
			density: true,
			camera: { zoom: 12.5, lat: 48.86312, lon: 2.37071 },
			speed: view.speed,
			timeZoom: view.timeZoom,
			place: 'Molenbeek-Saint-Jean'
		});
	});

	it('writes a place with spaces and accents so it reads back the same', () => {
		const search = serializeViewUrl('', { ...defaults, place: 'Île de la Cité' }, defaults, ZONE);
		expect(parseViewUrl(search, ZONE).patch.place).toBe('Île de la Cité');
	});

	it.each([
		['the spring gap', '2015-03-29T03:30:00+02:00', '2015-03-29T03:30'],
		['the autumn overlap, first pass', '2015-10-25T02:30:00+02:00', '2015-10-25T02:30'],
		['the autumn overlap, second pass', '2015-10-25T02:30:00+01:00', '2015-10-25T02:30']
	])('writes a time around %s as the wall clock shows it', (_, iso, written) => {
		const search = serializeViewUrl('', { ...defaults, at: ms(iso) }, defaults, ZONE);
		expect(new URLSearchParams(search).get('t')).toBe(written);
	});

	it('keeps foreign parameters and leaves defaults out', () => {
		const search = serializeViewUrl('?childId=map&mode=window', defaults, defaults, ZONE);
		expect(search).toBe('?childId=map');
	});

	it('writes coordinates as precisely as the zoom needs, like MapLibre’s hash', () => {
		expect(coordinateDigits(2)).toBe(2);
		expect(coordinateDigits(9)).toBe(4);
		expect(coordinateDigits(16)).toBe(6);
		const wide = { ...defaults, camera: { zoom: 5, lat: 50.123456, lon: 4.123456 } };
		expect(serializeViewUrl('', wide, defaults, ZONE)).toBe('?map=5/50.12/4.12');
	});
});
