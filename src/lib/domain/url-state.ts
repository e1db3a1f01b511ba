import { DateTime } from 'luxon';
import { TIME_MODES, type TimeMode } from './time/range';

/** Everything a shared link restores. Each field is optional: absent means "the default". */
export interface UrlState {
	event?: string;
	at?: number;
	mode?: TimeMode;
	span?: number;
	fadePast?: boolean;
	camera?: { lon: number; lat: number; zoom: number };
}

/** What parsing needs to know to clamp and reject values. */
export interface UrlContext {
	eventIds: ReadonlySet<string>;
	extent: { from: number; to: number };
	timeZone: string;
}

const SPAN_UNITS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };
const WALL_CLOCK = "yyyy-LL-dd'T'HH:mm";

function parseSpan(text: string | null): number | undefined {
	const match = text?.match(/^(\d{1,6})([mhd])$/);
	if (!match) return undefined;
	const value = Number(match[1]) * (SPAN_UNITS[match[2] as string] as number);
	return value > 0 ? value : undefined;
}

/** Shortest exact spelling of a span: 7d, 6h or 90m. */
export function formatSpan(ms: number): string {
	for (const unit of ['d', 'h', 'm']) {
		const size = SPAN_UNITS[unit] as number;
		if (ms % size === 0) return `${ms / size}${unit}`;
	}
	return `${Math.max(1, Math.round(ms / 60_000))}m`;
}

function parseCamera(text: string | null): UrlState['camera'] {
	const parts = text?.split('/').map(Number);
	if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return undefined;
	const [zoom, lat, lon] = parts as [number, number, number];
	if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return undefined;
	return { zoom, lat, lon };
}

/**
 * Reads the app's keys from a query string. A value that is malformed or out of bounds is
 * dropped, so the default applies: a mangled link still opens the atlas, never an error page.
 */
export function parseUrlState(search: string, context: UrlContext): UrlState {
	const params = new URLSearchParams(search);
	const state: UrlState = {};
	const event = params.get('event');
	if (event && context.eventIds.has(event)) state.event = event;
	const t = params.get('t');
	if (t) {
		const parsed = DateTime.fromFormat(t, WALL_CLOCK, { zone: context.timeZone });
		const ms = parsed.isValid ? parsed.toMillis() : NaN;
		if (ms >= context.extent.from && ms <= context.extent.to) state.at = ms;
	}
	const mode = params.get('mode');
	if (TIME_MODES.includes(mode as TimeMode)) state.mode = mode as TimeMode;
	state.span = parseSpan(params.get('span'));
	const fade = params.get('fade');
	if (fade === '0' || fade === '1') state.fadePast = fade === '1';
	state.camera = parseCamera(params.get('map'));
	return Object.fromEntries(Object.entries(state).filter(([, v]) => v !== undefined));
}

/**
 * Writes the state into a query string, keeping foreign keys and dropping keys whose value is
 * the default, so an untouched atlas has a clean URL.
 */
export function serializeUrlState(
	search: string,
	state: UrlState,
	defaults: UrlState,
	timeZone: string
): string {
	const params = new URLSearchParams(search);
	const set = (key: string, value: string | undefined, fallback: string | undefined) => {
		if (value === undefined || value === fallback) params.delete(key);
		else params.set(key, value);
	};
	const clock = (ms?: number) =>
		ms === undefined ? undefined : DateTime.fromMillis(ms, { zone: timeZone }).toFormat(WALL_CLOCK);
	const camera = (c?: UrlState['camera']) =>
		c && `${c.zoom.toFixed(2)}/${c.lat.toFixed(4)}/${c.lon.toFixed(4)}`;
	const span = (ms?: number) => (ms === undefined ? undefined : formatSpan(ms));
	const fade = (on?: boolean) => (on === undefined ? undefined : on ? '1' : '0');
	set('event', state.event, defaults.event);
	set('t', clock(state.at), clock(defaults.at));
	set('mode', state.mode, defaults.mode);
	set('span', span(state.span), span(defaults.span));
	set('fade', fade(state.fadePast), fade(defaults.fadePast));
	set('map', camera(state.camera), camera(defaults.camera));
	const text = params.toString();
	return text ? `?${text}` : '';
}
