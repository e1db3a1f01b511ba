import { createContext, untrack } from 'svelte';
import {
	listShown,
	type AtlasIndex,
	type EarlyFacts,
	type ShownEvents
} from '$lib/domain/atlas-index';
import type { Category } from '$lib/domain/data/vocabulary';
import type { AtlasEvent, AtlasMeta, Quote } from '$lib/domain/data/schema';
import type { ValidationError } from '$lib/domain/data/validation-errors';
import type { LinkProblem } from '$lib/domain/link-problems';
import { placeHistoryIds } from '$lib/domain/place-history';
import { rangeOf, type TimeRange } from '$lib/domain/time/range';
import type { ClockFacts } from '$lib/domain/time/clocks';
import {
	applyPatch,
	initialView,
	type CameraRequest,
	type PatchOptions,
	type PatchOrigin,
	type PatchProblem,
	type ViewContext,
	type ViewPatch,
	type ViewState
} from '$lib/domain/view';

export type MapStatus = 'loading' | 'ready' | 'unavailable';

/** Where the dataset stands: loading, ready, refused by the validator, or unreachable. */
export type DataStatus =
	| { kind: 'loading' }
	| { kind: 'ready' }
	| { kind: 'invalid'; file: string; errors: ValidationError[] }
	| { kind: 'failed'; message: string };

/** What `AtlasState.apply` takes beside the patch. */
export interface ApplyOptions extends PatchOptions {
	/**
	 * Hears what a selection held until the events load (see `holdSelection`) could not use: an
	 * id the dataset lacks, say. Without it, that is only logged.
	 */
	onHeldProblems?: (problems: PatchProblem[]) => void;
}

/** An event or a place chosen before the events loaded, with what came with it. */
interface HeldSelection {
	patch: ViewPatch;
	origin: PatchOrigin;
	options?: ApplyOptions;
}

/** A camera request, numbered so the map can tell a new one from one it has handled. */
export interface NumberedCameraRequest {
	seq: number;
	request: CameraRequest;
}

const NOTHING_SHOWN: ShownEvents = { count: 0, positions: null };

/**
 * The atlas's whole interactive state, one per page, shared by context. It holds the indexed
 * dataset (`index`, swapped whole by `load`) and the view (`view`, changed only by `apply`):
 * these are the one place where the data is indexed and the one place where the view changes.
 * Components, the map and the adapters (URL, playback) read it and call `apply`; none of them
 * talk to each other directly.
 */
export class AtlasState {
	/** The atlas's own words (title, content note, zone), known before the events load. */
	readonly meta: AtlasMeta;
	private readonly early: EarlyFacts;
	index = $state.raw<AtlasIndex | null>(null);
	dataStatus = $state.raw<DataStatus>({ kind: 'loading' });
	/**
	 * Whether something waits on the events: a link to an event or a place, a host's command, a
	 * story step, the reader's first key or touch. They then load at once rather than once the
	 * map is drawn (see start-atlas.svelte.ts). Only ever set to true.
	 */
	eventsAwaited = $state(false);
	/** See `holdSelection`. */
	private heldSelection = $state.raw<HeldSelection | null>(null);
	/** Whether the dataset is the one the page was built with, or one loaded at run time. */
	datasetOrigin = $state<'build' | 'runtime' | null>(null);
	/**
	 * The view, as fine-grained state: a reader of `view.at` re-runs only when `at` changes.
	 * Written by `apply` (and `load`) only.
	 */
	readonly view: ViewState;
	/** Event under the pointer or keyboard focus, labelled on the map without selecting it. */
	hoveredEventId = $state<string | null>(null);
	/**
	 * The measure tool's two events (not part of the view: a scratch reading, never shared in a
	 * link) and whether the next events selected fill its empty ends.
	 */
	measure = $state<{ from: string | null; to: string | null; picking: boolean }>({
		from: null,
		to: null,
		picking: false
	});
	/** Parts of the page's link the view could not use, for the notice that says so. */
	linkProblems = $state<LinkProblem[]>([]);
	/** The quote whose source is open in the "read in context" view. */
	contextQuote = $state<Quote | null>(null);
	mapStatus = $state<MapStatus>('loading');
	mapStatusReason = $state<string | null>(null);
	/** The latest flight asked of the map; see `applyPatch` for when one is asked. */
	cameraRequest = $state.raw<NumberedCameraRequest | null>(null);

	/** The dataset's extent; the build's figure until the events have loaded. */
	readonly extent: TimeRange;
	/** The events' clocks against the atlas's; the build's reading until the events have loaded. */
	readonly clocks: ClockFacts;
	/** The categories the events use; the build's reading until the events have loaded. */
	readonly categories: readonly Category[];
	readonly range: TimeRange;
	/** The events the time range shows, by position in reading order. */
	readonly shown: ShownEvents;
	readonly selected: AtlasEvent | null;

	/** Whether an event or a place chosen before the events loaded waits for them. */
	get selectionHeld(): boolean {
		return this.heldSelection !== null;
	}

	/** The zone the slider and typed times speak in (each event keeps its own zone). */
	get timeZone(): string {
		return this.meta.timeZone;
	}

	/**
	 * @param early what the build read off the events, so the time controls, the URL, the note
	 *   on clocks and the map key work, and keep their size, before the events have loaded.
	 */
	constructor(meta: AtlasMeta, early: EarlyFacts) {
		this.meta = meta;
		this.early = early;
		this.view = $state(initialView(early.extent));
		this.extent = $derived(this.index?.extent ?? this.early.extent);
		this.clocks = $derived(this.index?.clocks ?? this.early.clocks);
		this.categories = $derived(this.index?.categories ?? this.early.categories);
		this.range = $derived(rangeOf(this.view));
		this.shown = $derived(this.index ? listShown(this.index, this.range) : NOTHING_SHOWN);
		this.selected = $derived(
			(this.view.selectedEventId && this.index?.byId.get(this.view.selectedEventId)) || null
		);
	}

	/**
	 * The one way to change the view. Returns the fields that were not applied, with why (an
	 * unknown event id, say), for adapters that report problems to whoever sent the patch.
	 */
	apply(patch: ViewPatch, origin: PatchOrigin, options?: ApplyOptions): PatchProblem[] {
		// Untracked: an effect that applies a patch must not come to depend on the whole view.
		return untrack(() => {
			const view = $state.snapshot(this.view);
			const result = applyPatch(
				view,
				this.holdSelection(patch, origin, options),
				origin,
				this.viewContext(),
				options
			);
			this.replaceView(result.view);
			const request = result.cameraRequest;
			if (request) this.cameraRequest = { seq: (this.cameraRequest?.seq ?? 0) + 1, request };
			return result.problems;
		});
	}

	/**
	 * An event or a place chosen before the events have loaded (a link to an event, a dot
	 * clicked on a map drawn first) cannot be checked yet: it is held, the events are asked for
	 * at once, and `load` applies it. The latest one wins. A camera that came with it goes with
	 * it too, so the map keeps that camera rather than framing the choice. Returns the rest of
	 * the patch, to apply now.
	 */
	private holdSelection(patch: ViewPatch, origin: PatchOrigin, options?: ApplyOptions): ViewPatch {
		const { selectedEventId, place, ...rest } = patch;
		if (this.index !== null || (selectedEventId == null && place == null)) return patch;
		this.heldSelection = {
			patch: {
				...(selectedEventId !== undefined && { selectedEventId }),
				...(place !== undefined && { place }),
				...(rest.camera && { camera: rest.camera })
			},
			origin,
			options
		};
		this.eventsAwaited = true;
		return rest;
	}

	/** Writes only the fields that changed, so readers of the others are not woken. */
	private replaceView(next: ViewState): void {
		for (const key of Object.keys(next) as (keyof ViewState)[]) {
			if (!Object.is(this.view[key], next[key]))
				(this.view as unknown as Record<string, unknown>)[key] = next[key];
		}
	}

	/**
	 * Swaps the dataset. The view is kept when the new data has the same extent (the data the
	 * page was built with arriving), and starts afresh otherwise, since times and ids of one
	 * dataset mean nothing in another.
	 */
	load(index: AtlasIndex, origin: 'build' | 'runtime'): void {
		const sameExtent = index.extent.from === this.extent.from && index.extent.to === this.extent.to;
		this.index = index;
		this.datasetOrigin = origin;
		this.dataStatus = { kind: 'ready' };
		untrack(() => {
			if (!sameExtent) this.replaceView({ ...initialView(index.extent), camera: this.view.camera });
			else if (this.view.selectedEventId && !index.byId.has(this.view.selectedEventId)) {
				this.view.selectedEventId = null;
			}
			if (this.view.place !== null && !index.placeByName.has(this.view.place)) {
				this.view.place = null;
			}
		});
		const held = untrack(() => this.heldSelection);
		if (!held) return;
		this.heldSelection = null;
		const refused = this.apply(held.patch, held.origin, held.options);
		if (refused.length === 0) return;
		if (held.options?.onHeldProblems) held.options.onHeldProblems(refused);
		else console.warn('Atlas: a selection made while loading:', refused);
	}

	private viewContext(): ViewContext {
		const index = this.index;
		return {
			extent: this.extent,
			timeZone: this.timeZone,
			eventInterval: (id) => index?.byId.get(id),
			placeEvents: index
				? (name) => (index.placeByName.has(name) ? placeHistoryIds(index, name) : undefined)
				: undefined
		};
	}
}

const [getAtlasState, setAtlasState] = createContext<AtlasState>();

export { getAtlasState, setAtlasState };
