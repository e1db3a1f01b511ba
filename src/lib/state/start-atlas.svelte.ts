import { onMount, untrack } from 'svelte';
import type { EarlyFacts } from '$lib/domain/atlas-index';
import type { AtlasMeta } from '$lib/domain/data/schema';
import { AtlasState, setAtlasState } from './atlas-state.svelte';
import { loadDataset } from './load-dataset';
import { runPlayback } from './playback.svelte';
import { syncViewWithUrl } from './url-sync.svelte';

/** The reader's input that says they are here and about to use the list, slider or panels. */
const INPUT_KINDS = ['keydown', 'pointerdown', 'touchstart'] as const;

/** The longest the events wait for the map: a map slower than this does not hold them back. */
export const EVENTS_WAIT_FOR_MAP_MS = 10_000;

/**
 * Starts an atlas page: one state object for the page's lifetime (it is prerendered for one
 * dataset), the URL and playback adapters, and the dataset fetched and validated in the worker.
 *
 * The events load once the map is drawn or cannot be, since fetching, validating and indexing
 * them takes the same cores as the first map (measured on two cores: the map was drawn about a
 * quarter sooner at 1,000 and 10,000 events, and 12 s became 7.5 s at 100,000); the prerendered
 * list is on the page meanwhile. They load at once when something waits on them
 * (`eventsAwaited`: a link to an event, a host's command, a story step, the reader's first key,
 * click or touch), and after `EVENTS_WAIT_FOR_MAP_MS` at the latest. Call once, from the page
 * component's initialisation.
 */
export function startAtlas(data: { meta: AtlasMeta; early: EarlyFacts; dataUrl: string }) {
	const atlas = setAtlasState(new AtlasState(data.meta, data.early));
	syncViewWithUrl(atlas);
	runPlayback(atlas);
	const awaited = () => (atlas.eventsAwaited = true);
	let stopWaiting = () => {};
	onMount(() => {
		for (const kind of INPUT_KINDS)
			addEventListener(kind, awaited, { capture: true, passive: true });
		const latest = setTimeout(awaited, EVENTS_WAIT_FOR_MAP_MS);
		stopWaiting = () => {
			clearTimeout(latest);
			for (const kind of INPUT_KINDS) removeEventListener(kind, awaited, { capture: true });
		};
		return () => stopWaiting();
	});
	let started = false;
	$effect(() => {
		if (started || (atlas.mapStatus === 'loading' && !atlas.eventsAwaited)) return;
		started = true;
		untrack(() => {
			stopWaiting();
			loadDataset(data.dataUrl).then((reply) => {
				// In a task of its own, not the one that read the worker's last message: the page
				// answers a key pressed in between, and neither task grows with the other.
				setTimeout(() => {
					if (reply.kind === 'ready') atlas.load(reply.index, 'build');
					else atlas.dataStatus = reply;
				});
			});
		});
	});
	return atlas;
}
