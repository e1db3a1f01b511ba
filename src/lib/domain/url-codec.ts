import { parseWallClock, formatWallClock } from './time/wall-clock';
import { DAY_MS, HOUR_MS, MINUTE_MS } from './time/units';
import type { ViewState } from './view';
import { parseViewPatch } from './view-patch';
import type { PatchProblem, ViewPatch } from './view';

/**
 * The link parameters the atlas owns, and the view field each one carries. Links already shared
 * keep working: these names and formats only ever gain members.
 */
export type LinkParameter =
	| 'event'
	| 't'
	| 'mode'
	| 'span'
	| 'fade'
	| 'links'
	| 'density'
	| 'map'
	| 'speed'
	| 'axis'
	| 'place';

const SPAN_UNITS: Record<string, number> = { m: MINUTE_MS, h: HOUR_MS, d: DAY_MS };

/** `7d`, `6h`, `90m` → ms; anything else → NaN, which the patch parser refuses. */
function readDuration(text: string): number {
	const match = /^(\d{1,6})([mhd])$/.exec(text);
	return match ? Number(match[1]) * (SPAN_UNITS[match[2] as string] as number) : NaN;
}

/** Shortest exact spelling of a duration: 7d, 6h or 90m. */
export function formatDuration(ms: number): string {
	for (const unit of ['d', 'h', 'm']) {
		const size = SPAN_UNITS[unit] as number;
		if (ms % size === 0) return `${ms / size}${unit}`;
	}
	return `${Math.max(1, Math.round(ms / MINUTE_MS))}m`;
}

/** `zoom/lat/lon`, as MapLibre's own hash writes it. */
function readCamera(text: string): unknown {
	const parts = text.split('/');
	if (parts.length !== 3 || parts.some((p) => !/^-?\d+(?:\.\d+)?$/.test(p))) return undefined;
	const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
	return { zoom, lat, lon };
}

/**
 * Decimal places a coordinate needs at a zoom for a pixel's precision, as MapLibre's hash.ts
 * computes them: 2 at zoom 2, 4 at zoom 9, 6 at zoom 16.
 */
export function coordinateDigits(zoom: number): number {
	return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

function writeCamera({ zoom, lat, lon }: NonNullable<ViewState['camera']>): string {
	const digits = coordinateDigits(zoom);
	const round = (value: number) => String(Number(value.toFixed(digits)));
	return `${Number(zoom.toFixed(2))}/${round(lat)}/${round(lon)}`;
}

/**
 * Reads the atlas's parameters from a query string into a patch. Each value goes through the
 * same checks as any patch from outside (`parseViewPatch`); a malformed one is dropped with its
 * reason, so a mangled link still opens the atlas at the defaults, never an error page.
 * Parameters the atlas does not own (an embed's, tracking tags) are left alone.
 */
export function parseViewUrl(
	search: string,
	timeZone: string
): { patch: ViewPatch; problems: PatchProblem[] } {
	const params = new URLSearchParams(search);
	const raw: Record<string, unknown> = {};
	const problems: PatchProblem[] = [];
	const text = (key: LinkParameter) => params.get(key) ?? undefined;
	const event = text('event');
	if (event !== undefined) raw.selectedEventId = event;
	const t = text('t');
	if (t !== undefined) {
		const at = parseWallClock(t, timeZone);
		if (at === null) problems.push({ field: 't', reason: `not a wall-clock time in ${timeZone}` });
		else raw.at = at;
	}
	const mode = text('mode');
	if (mode !== undefined) raw.mode = mode;
	const span = text('span');
	if (span !== undefined) raw.span = readDuration(span);
	const speed = text('speed');
	if (speed !== undefined) raw.speed = readDuration(speed);
	const fade = text('fade');
	if (fade !== undefined) raw.fadePast = fade === '1' ? true : fade === '0' ? false : fade;
	const links = text('links');
	if (links !== undefined) raw.links = links === '1' ? true : links === '0' ? false : links;
	const density = text('density');
	if (density !== undefined)
		raw.density = density === '1' ? true : density === '0' ? false : density;
	const map = text('map');
	if (map !== undefined) raw.camera = readCamera(map);
	const axis = text('axis');
	if (axis !== undefined) raw.timeZoom = axis;
	const place = text('place');
	if (place !== undefined) raw.place = place;
	const parsed = parseViewPatch(raw);
	return { patch: parsed.patch, problems: [...problems, ...parsed.problems] };
}

/**
 * Writes a view into a query string: foreign parameters kept in place, the atlas's own written
 * only when they differ from `defaults`, so an untouched atlas has a clean URL. The camera's
 * precision follows its zoom; times are the wall clock of `timeZone`.
 */
export function serializeViewUrl(
	search: string,
	view: ViewState,
	defaults: ViewState,
	timeZone: string
): string {
	const params = new URLSearchParams(search);
	const write = (key: LinkParameter, value: string | null, fallback: string | null) => {
		if (value === null || value === fallback) params.delete(key);
		else params.set(key, value);
	};
	const camera = (v: ViewState) => (v.camera ? writeCamera(v.camera) : null);
	write('event', view.selectedEventId, defaults.selectedEventId);
	write('t', formatWallClock(view.at, timeZone), formatWallClock(defaults.at, timeZone));
	write('mode', view.mode, defaults.mode);
	write('span', formatDuration(view.span), formatDuration(defaults.span));
	write('fade', view.fadePast ? '1' : '0', defaults.fadePast ? '1' : '0');
	write('links', view.links ? '1' : '0', defaults.links ? '1' : '0');
	write('density', view.density ? '1' : '0', defaults.density ? '1' : '0');
	write('map', camera(view), camera(defaults));
	write('speed', formatDuration(view.speed), formatDuration(defaults.speed));
	write('axis', view.timeZoom, defaults.timeZoom);
	write('place', view.place, defaults.place);
	// `/` and `:` are legal in a query string (RFC 3986): left readable, as in `map=12/48.86/2.37`.
	const text = params.toString().replace(/%2F/gi, '/').replace(/%3A/gi, ':');
	return text ? `?${text}` : '';
}
