import { getContext, setContext } from 'svelte';
import type { AtlasEvent, Quote, Source } from '$lib/domain/data/schema';
import { compareEvents } from '$lib/domain/time/timeline';
import {
	extentOf,
	isEventShown,
	rangeOf,
	type TimeRange,
	type TimeSelection
} from '$lib/domain/time/range';
import type { AtlasData } from '$lib/domain/data/validate';

/** Map camera as kept in the URL: centre in degrees, zoom level. */
export interface MapCamera {
	lon: number;
	lat: number;
	zoom: number;
}

const DAY_MS = 86_400_000;

export type MapStatus = 'loading' | 'ready' | 'unavailable';

/**
 * The atlas's whole interactive state, created once per page and shared by context. Components
 * and the map read it and call its methods; none of them talk to each other directly.
 */
export class AtlasState {
	readonly data: AtlasData;
	readonly events: AtlasEvent[];
	/** Sources by id, for citing quotes and figures. */
	readonly sourcesById: ReadonlyMap<string, Source>;
	/** Events in reading order (start, then precision, then title). */
	readonly chronological: AtlasEvent[];
	/** The data's full time extent, epoch ms. */
	readonly extent: TimeRange;
	/** Zone in which the slider and typed dates speak (each event keeps its own zone). */
	readonly timeZone: string;

	selectedId = $state<string | null>(null);
	/** Event under the pointer or keyboard focus, labelled on the map without selecting it. */
	hoveredId = $state<string | null>(null);
	/** Starts (in the constructor) at the end of the extent, cumulative: everything is shown. */
	selection = $state<TimeSelection>({ at: 0, mode: 'cumulative', span: 7 * DAY_MS });
	/** In window mode, draw events that are over as faded instead of hiding them. */
	fadePast = $state(true);
	camera = $state<MapCamera | null>(null);
	mapStatus = $state<MapStatus>('loading');
	mapStatusReason = $state<string | null>(null);
	/** The quote whose source is open in the "read in context" view. */
	contextQuote = $state<Quote | null>(null);
	/** Increments whenever the reader asks to bring the selected event into view. */
	focusRequest = $state(0);

	readonly range = $derived(rangeOf(this.selection));
	readonly shownIds = $derived.by(
		// Rebuilt whole on every change and never mutated, so a plain Set is the right type.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		() => new Set(this.events.filter((e) => isEventShown(e, this.range)).map((e) => e.id))
	);
	readonly selected = $derived.by(() => this.events.find((e) => e.id === this.selectedId) ?? null);

	constructor(data: AtlasData) {
		this.data = data;
		this.events = data.events;
		// Fixed for the page's lifetime: a lookup table, not reactive state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.sourcesById = new Map(data.sources.map((s) => [s.id, s]));
		this.chronological = [...data.events].sort(compareEvents);
		this.extent = extentOf(data.events);
		this.timeZone = data.meta.timeZone;
		this.selection.at = this.extent.to;
	}

	/** Selects an event (or clears with null); `focus` also asks the map to fly to it. */
	select(id: string | null, { focus = true }: { focus?: boolean } = {}): void {
		const event = this.events.find((e) => e.id === id);
		this.selectedId = event?.id ?? null;
		if (!event) return;
		// A selected event must be visible: move the slider to its start if the range hides it.
		if (!isEventShown(event, this.range)) this.setSelection({ at: event.startMs });
		if (focus) this.focusRequest += 1;
	}

	/** The selected event's neighbour in chronological order, for previous/next buttons. */
	neighbourOf(id: string, direction: 1 | -1): AtlasEvent | undefined {
		const index = this.chronological.findIndex((e) => e.id === id);
		return index < 0 ? undefined : this.chronological[index + direction];
	}

	setSelection(patch: Partial<TimeSelection>): void {
		const next = { ...this.selection, ...patch };
		next.at = Math.min(this.extent.to, Math.max(this.extent.from, next.at));
		this.selection = next;
	}
}

const KEY = Symbol('atlas-state');

export function setAtlasState(state: AtlasState): AtlasState {
	return setContext(KEY, state);
}

export function getAtlasState(): AtlasState {
	return getContext<AtlasState>(KEY);
}
