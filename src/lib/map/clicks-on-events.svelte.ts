import { untrack } from 'svelte';
import type { LngLat, MapMouseEvent } from 'maplibre-gl';
import type { AtlasState } from '$lib/state/atlas-state.svelte';
import type { AtlasMap } from './maplibre-surface';

/** Where a click was made: on the map's canvas now, and on the earth. */
export type ClickAnswer = (point: { x: number; y: number }, lngLat: LngLat) => void;

/**
 * Calls `answer` for every click on the map, once the events are in the page: only they can say
 * what a dot or a line stands for. A click made before (the map is drawn before the events
 * load) is held, the events are asked for at once, and the click is answered when they arrive,
 * from where it was made on the earth, so a stack still gets its chooser. Only the latest held
 * click is answered. Call from a component's initialisation, with the map as a getter (a prop
 * read where it is used); listeners are answered in the order they were added, held clicks too.
 */
export function answerClicksWithEvents(
	getMap: () => AtlasMap,
	atlas: Pick<AtlasState, 'index' | 'eventsAwaited'>,
	answer: ClickAnswer
): void {
	let held = $state.raw<LngLat | null>(null);
	$effect(() => {
		if (!atlas.index || !held) return;
		const at = held;
		held = null;
		untrack(() => answer(getMap().project(at), at));
	});
	$effect(() => {
		const map = getMap();
		const click = (event: MapMouseEvent) => {
			if (atlas.index) return answer(event.point, event.lngLat);
			held = event.lngLat;
			atlas.eventsAwaited = true;
		};
		map.on('click', click);
		return () => map.off('click', click);
	});
}
