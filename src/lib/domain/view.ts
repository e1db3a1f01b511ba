import { isEventShown, rangeOf, type TimeMode, type TimeRange } from './time/range';
import { sliderBounds, stepFor, zoomDomain, type ZoomLevel } from './time/time-axis';
import { DAY_MS } from './time/units';

/** The map's camera: centre in degrees, MapLibre zoom level. */
export interface Camera {
	lon: number;
	lat: number;
	zoom: number;
}

/**
 * Everything that decides what the reader sees, and nothing else (no data, no layout). Every
 * change goes through `applyPatch`, whoever asks for it: a click, a key, the URL, the map, and
 * later an iframe host or a story step.
 */
export interface ViewState {
	/** The selected event's id, or null. Always an id of the current dataset. */
	selectedEventId: string | null;
	/** The slider's instant, epoch ms, inside the data's extent. */
	at: number;
	/** `cumulative` shows everything begun by `at`; `window` only the last `span` ms. */
	mode: TimeMode;
	/** Window length in ms, > 0; kept (and unused) in cumulative mode. */
	span: number;
	/** In window mode, draw events that are over faded (true) or hide them (false). */
	fadePast: boolean;
	/** Draw the links between events as lines on the map (their list is always there). */
	links: boolean;
	/** The map shades where events are dense (a heatmap under the dots), for large datasets. */
	density: boolean;
	/** The camera the map last reported or was asked to show; null until either happens. */
	camera: Camera | null;
	playing: boolean;
	/** Data time per real second while playing, ms (3_600_000: an hour a second). */
	speed: number;
	/** How much of the extent the time axis shows. */
	timeZoom: ZoomLevel;
	/** The instant the zoomed axis is centred on: moves on zooming, or when `at` leaves the axis. */
	axisAnchor: number;
	/** The place (a locality the data names) whose history is open, or null. */
	place: string | null;
}

/** A change to the view: any subset of its fields (the axis anchor follows from the others). */
export type ViewPatch = Partial<Omit<ViewState, 'axisAnchor'>>;

/** Who asked for a change: decides, for instance, whether the camera must move to show it. */
export type PatchOrigin = 'ui' | 'map' | 'url' | 'playback' | 'host' | 'story';

/** A flight the map is asked to make: to a camera, to frame an event, or to frame several. */
export type CameraRequest =
	| { kind: 'camera'; camera: Camera }
	| { kind: 'event'; eventId: string }
	| { kind: 'events'; eventIds: string[] }
	/** A step in or out (the map's zoom buttons), about the centre of the view. */
	| { kind: 'zoom'; by: number }
	/** The opening view: every event of the dataset framed. */
	| { kind: 'extent' };

/** What a patch can ask of the map besides the view: a story step frames several events. */
export interface PatchOptions {
	/** Events to frame together; ids the dataset lacks are dropped (and reported). */
	fit?: readonly string[];
	/** Zoom levels to step by (the map's + and − buttons), keeping the centre. */
	zoomBy?: number;
	/** Back to the opening view, every event framed (the map's reset button). */
	fitAll?: boolean;
}

/** What `applyPatch` needs to know of the dataset. */
export interface ViewContext {
	extent: TimeRange;
	/** The zone the time axis speaks in (its steps fall on this zone's hours and days). */
	timeZone: string;
	/** The interval of the event with this id, or undefined when there is no such event. */
	eventInterval: (id: string) => { startMs: number; endMs: number } | undefined;
	/**
	 * The ids of the events in a place's history, or undefined when the data names no such
	 * place. Absent: no place is known (the data has not loaded), so none can be opened.
	 */
	placeEvents?: (name: string) => readonly string[] | undefined;
}

/** A field of a patch that was not applied, and why: for a debug message, never for readers. */
export interface PatchProblem {
	field: string;
	reason: string;
}

export interface PatchResult {
	view: ViewState;
	/** Set when the map should move: it did not originate the change and cannot show it yet. */
	cameraRequest: CameraRequest | null;
	problems: PatchProblem[];
}

/** The view a dataset opens on: everything shown, whole period, a day per second. */
export function initialView(extent: TimeRange): ViewState {
	return {
		selectedEventId: null,
		at: extent.to,
		mode: 'cumulative',
		span: 7 * DAY_MS,
		fadePast: true,
		links: true,
		density: false,
		camera: null,
		playing: false,
		speed: DAY_MS,
		timeZoom: 'all',
		axisAnchor: extent.to,
		place: null
	};
}

function clamp(value: number, { from, to }: TimeRange): number {
	return Math.min(to, Math.max(from, value));
}

/**
 * The one transition of the view. Pure: the state object calls it and stores the result.
 *
 * - `at` is kept inside the extent; starting to play at the very end rewinds to the start.
 * - Selecting an event the range hides moves `at` to its start (unless the patch also sets
 *   `at`), because a selected event must be visible. An unknown id changes nothing.
 * - The map is asked to fly only for changes it did not make itself: a camera from the URL or a
 *   host, or an event selected anywhere but on the map (unless the patch also sets a camera).
 *   Events to `fit` (a story step) take precedence over both.
 * - The zoomed time axis re-centres when zoomed, and follows `at` when `at` leaves it.
 * - A place opens only if the data names it; opening one frames its history's events.
 */
export function applyPatch(
	view: ViewState,
	patch: ViewPatch,
	origin: PatchOrigin,
	context: ViewContext,
	options: PatchOptions = {}
): PatchResult {
	const next: ViewState = { ...view };
	const problems: PatchProblem[] = [];
	let cameraRequest: CameraRequest | null = null;
	const { extent } = context;

	if (patch.mode !== undefined) next.mode = patch.mode;
	if (patch.span !== undefined) next.span = patch.span;
	if (patch.fadePast !== undefined) next.fadePast = patch.fadePast;
	if (patch.links !== undefined) next.links = patch.links;
	if (patch.density !== undefined) next.density = patch.density;
	if (patch.speed !== undefined) next.speed = patch.speed;
	if (patch.at !== undefined) next.at = clamp(patch.at, extent);
	if (patch.playing !== undefined) {
		next.playing = patch.playing;
		if (patch.playing && !view.playing && patch.at === undefined && next.at >= extent.to) {
			next.at = extent.from;
		}
	}
	if (patch.camera !== undefined) {
		next.camera = patch.camera;
		if (origin !== 'map' && patch.camera !== null) {
			cameraRequest = { kind: 'camera', camera: patch.camera };
		}
	}
	if (patch.selectedEventId !== undefined) {
		const id = patch.selectedEventId;
		const interval = id === null ? undefined : context.eventInterval(id);
		if (id !== null && !interval) {
			problems.push({ field: 'selectedEventId', reason: `no event has the id ${id}` });
		} else {
			next.selectedEventId = id;
			if (interval && patch.at === undefined && !isEventShown(interval, rangeOf(next))) {
				next.at = clamp(interval.startMs, extent);
			}
			if (id !== null && origin !== 'map' && patch.camera === undefined) {
				cameraRequest = { kind: 'event', eventId: id };
			}
		}
	}
	if (patch.place !== undefined) {
		const name = patch.place;
		const events = name === null ? undefined : context.placeEvents?.(name);
		if (name !== null && !events) {
			problems.push({ field: 'place', reason: `the data names no place ${name}` });
		} else {
			next.place = name;
			// Opening a place frames its history, unless the patch says where to look.
			const framed = patch.camera === undefined && patch.selectedEventId === undefined;
			if (events && events.length > 0 && origin !== 'map' && framed) {
				cameraRequest = { kind: 'events', eventIds: [...events] };
			}
		}
	}
	if (options.fit && options.fit.length > 0) {
		const known = options.fit.filter((id) => context.eventInterval(id) !== undefined);
		for (const id of options.fit) {
			if (!known.includes(id)) problems.push({ field: 'fit', reason: `no event has the id ${id}` });
		}
		if (known.length > 0) cameraRequest = { kind: 'events', eventIds: known };
	}
	// The camera buttons ask only the map, which reports the camera it reaches (origin 'map').
	if (options.zoomBy !== undefined && Number.isFinite(options.zoomBy) && options.zoomBy !== 0) {
		cameraRequest = { kind: 'zoom', by: options.zoomBy };
	}
	if (options.fitAll) cameraRequest = { kind: 'extent' };
	if (patch.timeZoom !== undefined) {
		next.timeZoom = patch.timeZoom;
		next.axisAnchor = next.at;
	}
	const bounds = axisBounds(next, context);
	if (next.at < bounds.from || next.at > bounds.to) next.axisAnchor = next.at;
	return { view: next, cameraRequest, problems };
}

/** The stretch of time the slider covers: the zoom's domain around the anchor, in whole steps. */
export function axisDomain(
	view: Pick<ViewState, 'timeZoom' | 'axisAnchor'>,
	extent: TimeRange
): TimeRange {
	return zoomDomain(view.timeZoom, view.axisAnchor, extent);
}

/** The slider's min and max for a view: its axis domain widened to whole local steps. */
export function axisBounds(view: ViewState, { extent, timeZone }: ViewContext): TimeRange {
	const domain = axisDomain(view, extent);
	return sliderBounds(domain, stepFor(domain), timeZone);
}
