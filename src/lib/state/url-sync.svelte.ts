import { untrack } from 'svelte';
import { parseUrlState, serializeUrlState, type UrlState } from '$lib/domain/url-state';
import type { AtlasState } from './atlas-state.svelte';

const WRITE_DELAY_MS = 300;

function currentUrlState(atlas: AtlasState): UrlState {
	return {
		event: atlas.selectedId ?? undefined,
		at: atlas.selection.at,
		mode: atlas.selection.mode,
		span: atlas.selection.span,
		fadePast: atlas.fadePast,
		camera: atlas.camera ?? undefined
	};
}

/**
 * Restores the atlas from the page URL, then keeps the URL in step with it. Uses
 * `history.replaceState` only (a history entry per slider move would trap the back button, and
 * pushState inside an iframe moves the host page's history), throttled because the slider and
 * the camera change many times a second. Call once, from a component's initialisation.
 */
export function syncAtlasWithUrl(atlas: AtlasState): void {
	const defaults = currentUrlState(atlas);
	let restored = false;

	// Runs once after mount; untracked so that applying the URL does not re-trigger it.
	$effect(() =>
		untrack(() => {
			const parsed = parseUrlState(location.search, {
				// A throwaway lookup, not reactive state.
				// eslint-disable-next-line svelte/prefer-svelte-reactivity
				eventIds: new Set(atlas.events.map((e) => e.id)),
				extent: atlas.extent,
				timeZone: atlas.timeZone
			});
			atlas.setSelection({
				at: parsed.at ?? defaults.at,
				mode: parsed.mode ?? defaults.mode,
				span: parsed.span ?? defaults.span
			});
			if (parsed.fadePast !== undefined) atlas.fadePast = parsed.fadePast;
			if (parsed.camera) atlas.camera = parsed.camera;
			if (parsed.event) atlas.select(parsed.event, { focus: !parsed.camera });
			restored = true;
		})
	);

	let timer: ReturnType<typeof setTimeout> | undefined;
	$effect(() => {
		const state = currentUrlState(atlas);
		if (!restored) return;
		clearTimeout(timer);
		timer = setTimeout(() => {
			const search = serializeUrlState(location.search, state, defaults, atlas.timeZone);
			if (search !== location.search) {
				history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
			}
		}, WRITE_DELAY_MS);
		return () => clearTimeout(timer);
	});
}
