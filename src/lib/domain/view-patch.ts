import { TIME_MODES, type TimeMode } from './time/range';
import { ZOOM_LEVELS, type ZoomLevel } from './time/time-axis';
import { DAY_MS } from './time/units';
import type { Camera, PatchProblem, ViewPatch } from './view';

/** Longest accepted window or speed: a century, far beyond any atlas, yet finite. */
const MAX_DURATION_MS = 36_525 * DAY_MS;
/** Event ids are slugs; anything longer than this is not one of ours. */
const MAX_ID_LENGTH = 200;
/** Latest instant a JavaScript Date can hold, in ms. */
const MAX_TIME_MS = 8.64e15;

type FieldParser = (value: unknown) => { ok: true; value: unknown } | { ok: false; reason: string };

const ok = (value: unknown) => ({ ok: true as const, value });
const fail = (reason: string) => ({ ok: false as const, reason });

function isFiniteNumber(value: unknown): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

function duration(value: unknown) {
	return isFiniteNumber(value) && value > 0 && value <= MAX_DURATION_MS
		? ok(value)
		: fail('a positive duration in ms, at most a century');
}

function boolean(value: unknown) {
	return typeof value === 'boolean' ? ok(value) : fail('true or false');
}

function oneOf<T extends string>(values: readonly T[]): FieldParser {
	return (value) => (values.includes(value as T) ? ok(value) : fail(`one of ${values.join(', ')}`));
}

/** A camera inside MapLibre's limits: zoom 0–22, latitude within ±85°, longitude within ±180°. */
export function parseCamera(value: unknown): Camera | undefined {
	if (value === null || typeof value !== 'object') return undefined;
	const { lon, lat, zoom } = value as Record<string, unknown>;
	if (!isFiniteNumber(lon) || !isFiniteNumber(lat) || !isFiniteNumber(zoom)) return undefined;
	if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return undefined;
	return { lon, lat, zoom };
}

const FIELDS: Record<keyof ViewPatch, FieldParser> = {
	selectedEventId: (value) =>
		value === null ||
		(typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH)
			? ok(value)
			: fail('an event id, or null to clear the selection'),
	at: (value) =>
		isFiniteNumber(value) && Math.abs(value) <= MAX_TIME_MS
			? ok(value)
			: fail('an instant in epoch milliseconds'),
	mode: oneOf<TimeMode>(TIME_MODES),
	span: duration,
	fadePast: boolean,
	links: boolean,
	density: boolean,
	camera: (value) => {
		const camera = parseCamera(value);
		return camera ? ok(camera) : fail('{ lon, lat, zoom } with zoom 0–22, |lat| ≤ 85, |lon| ≤ 180');
	},
	playing: boolean,
	speed: duration,
	timeZoom: oneOf<ZoomLevel>(ZOOM_LEVELS),
	place: (value) =>
		value === null ||
		(typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_ID_LENGTH)
			? ok(value)
			: fail('a place the data names, or null to close its history')
};

/**
 * Checks a patch that comes from outside the app (a host page's message, a story file): every
 * field is type-checked on its own, a bad field is dropped with the reason and the rest still
 * applies, unknown fields are reported and ignored. What it returns can be trusted by
 * `applyPatch`; whether an event id exists is for `applyPatch` to say, as it knows the data.
 */
export function parseViewPatch(input: unknown): { patch: ViewPatch; problems: PatchProblem[] } {
	const patch: Record<string, unknown> = {};
	const problems: PatchProblem[] = [];
	if (input === null || typeof input !== 'object' || Array.isArray(input)) {
		return { patch, problems: [{ field: '(patch)', reason: 'expected an object of fields' }] };
	}
	for (const [field, value] of Object.entries(input)) {
		const parse = Object.hasOwn(FIELDS, field) ? FIELDS[field as keyof ViewPatch] : undefined;
		if (!parse) {
			problems.push({ field, reason: 'not a field of the view; ignored' });
			continue;
		}
		const result = parse(value);
		if (result.ok) patch[field] = result.value;
		else problems.push({ field, reason: `expected ${result.reason}` });
	}
	return { patch: patch as ViewPatch, problems };
}
