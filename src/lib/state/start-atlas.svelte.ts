import { onMount } from 'svelte';
import type { EarlyFacts } from '$lib/domain/atlas-index';
import type { AtlasMeta } from '$lib/domain/data/schema';
import { AtlasState, setAtlasState } from './atlas-state.svelte';
import { loadDataset } from './load-dataset';
import { runPlayback } from './playback.svelte';
import { syncViewWithUrl } from './url-sync.svelte';

/**
 * Starts an atlas page: one state object for the page's lifetime (it is prerendered for one
 * dataset), the URL and playback adapters, and the dataset fetched and validated in the worker
 * once the page is in the browser. Call once, from the page component's initialisation.
 */
export function startAtlas(data: { meta: AtlasMeta; early: EarlyFacts; dataUrl: string }) {
	const atlas = setAtlasState(new AtlasState(data.meta, data.early));
	syncViewWithUrl(atlas);
	runPlayback(atlas);
	onMount(() => {
		loadDataset(data.dataUrl).then((reply) => {
			// In a task of its own, not the one that read the worker's last message: the page
			// answers a key pressed in between, and neither task grows with the other.
			setTimeout(() => {
				if (reply.kind === 'ready') atlas.load(reply.index, 'build');
				else atlas.dataStatus = reply;
			});
		});
	});
	return atlas;
}
