import { describe, expect, it } from 'vitest';
import { restoreViewerZoneAfterEach } from './time-helpers';
import { parseUrlState, serializeUrlState, type UrlContext } from '../../src/lib/domain/url-state';

const context: UrlContext = {
	eventIds: new Set(['2015-11-13-bataclan']),
	extent: { from: Date.UTC(2014, 4, 24), to: Date.UTC(2016, 2, 23) },
	timeZone: 'Europe/Paris'
};
restoreViewerZoneAfterEach();

describe('parseUrlState', () => {
	it('reads every key the app writes', () => {
		expect(
			parseUrlState(
				'?event=2015-11-13-bataclan&t=2015-11-13T21:40&mode=window&span=6h&fade=0&map=12.50/48.8631/2.3707',
				context
			)
		).toEqual({
			event: '2015-11-13-bataclan',
			at: Date.UTC(2015, 10, 13, 20, 40),
			mode: 'window',
			span: 6 * 3_600_000,
			fadePast: false,
			camera: { zoom: 12.5, lat: 48.8631, lon: 2.3707 }
		});
	});

	it('reads the time in the atlas’s zone, not the viewer’s', () => {
		process.env.TZ = 'America/New_York';
		expect(parseUrlState('?t=2015-11-13T21:40', context).at).toBe(Date.UTC(2015, 10, 13, 20, 40));
	});

	it('drops invalid values silently so defaults apply', () => {
		expect(
			parseUrlState(
				'?event=nope&t=2099-01-01T00:00&mode=fast&span=-3d&fade=yes&map=99/1/2',
				context
			)
		).toEqual({});
		expect(parseUrlState('?t=2015-02-30T10:00&map=a/b/c&span=0h', context)).toEqual({});
	});

	it('ignores keys it does not own', () => {
		expect(parseUrlState('?initialWidth=600&childId=map&utm_source=x', context)).toEqual({});
	});
});

describe('serializeUrlState', () => {
	const defaults = {
		mode: 'cumulative' as const,
		span: 7 * 86_400_000,
		fadePast: true,
		at: context.extent.to
	};

	it('round-trips through parseUrlState', () => {
		const state = {
			event: '2015-11-13-bataclan',
			at: Date.UTC(2015, 10, 13, 20, 40),
			mode: 'window' as const,
			span: 90 * 60_000,
			fadePast: false,
			camera: { zoom: 12.5, lat: 48.8631, lon: 2.3707 }
		};
		const search = serializeUrlState('', state, defaults, context.timeZone);
		expect(search).toContain('span=90m');
		expect(parseUrlState(search, context)).toEqual(state);
	});

	it('keeps foreign keys and leaves defaults out', () => {
		const search = serializeUrlState(
			'?childId=map&mode=window',
			{ ...defaults },
			defaults,
			context.timeZone
		);
		expect(search).toBe('?childId=map');
	});
});
