import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from './time/units';

// The folded time controls' wording (see wording.ts for why apart).

/**
 * Words the time controls and the map key share, so that one thing is called one thing
 * wherever it appears (the control, the key that explains it, the tests that look for it).
 */
export const TIME_WORDS = {
	/** The option that draws events already over in a lighter tone instead of hiding them. */
	fadePast: 'Show earlier events faded',
	cumulative: 'Everything up to the time',
	window: 'Only the last',
	speed: 'Speed',
	zoom: 'Zoom',
	from: 'From',
	to: 'To'
} as const;

/** What the map key says about fading, quoting the control's own label. */
export const FADE_PAST_KEY = `Events that are over are drawn faded when “${TIME_WORDS.fadePast}” is on.`;

const SPEED_UNITS = [
	[WEEK_MS, 'week'],
	[DAY_MS, 'day'],
	[HOUR_MS, 'hour'],
	[MINUTE_MS, 'minute']
] as const;

/**
 * A playback speed in words, "1 hour per second", in the largest unit that divides it exactly
 * (30 days stays days, 7 days is a week); anything finer is rounded to whole minutes.
 */
export function describeSpeed(ms: number): string {
	const [unit, name] = SPEED_UNITS.find(([u]) => ms >= u && ms % u === 0) ?? [MINUTE_MS, 'minute'];
	const n = Math.max(1, Math.round(ms / unit));
	return `${n} ${name}${n === 1 ? '' : 's'} per second`;
}
