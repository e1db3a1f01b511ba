import { prefersReducedMotion } from 'svelte/motion';
import { adjacentStart } from '$lib/domain/atlas-index';
import type { AtlasState } from './atlas-state.svelte';

/**
 * The playback adapter: while the view says `playing`, moves `at` forward through `apply`, like
 * any other source of patches. Smoothly at `speed` (data time per real second), or, for readers
 * who ask for reduced motion, as a slideshow: one event start per second, then the very end.
 * Stops at the end of the data and when the page is hidden. Call once, from a component.
 */
export function runPlayback(atlas: AtlasState): void {
	$effect(() => {
		const onVisibility = () => {
			if (document.hidden && atlas.view.playing) atlas.apply({ playing: false }, 'playback');
		};
		document.addEventListener('visibilitychange', onVisibility);
		return () => document.removeEventListener('visibilitychange', onVisibility);
	});

	$effect(() => {
		if (!atlas.view.playing) return;
		return prefersReducedMotion.current ? jumpEverySecond(atlas) : advanceEveryFrame(atlas);
	});
}

function jumpEverySecond(atlas: AtlasState): () => void {
	const timer = setInterval(() => {
		const target = atlas.index ? adjacentStart(atlas.index, atlas.view.at, 1) : undefined;
		if (target === undefined) atlas.apply({ at: atlas.extent.to, playing: false }, 'playback');
		else atlas.apply({ at: target }, 'playback');
	}, 1000);
	return () => clearInterval(timer);
}

function advanceEveryFrame(atlas: AtlasState): () => void {
	let last = performance.now();
	let frame = requestAnimationFrame(function tick(now) {
		const elapsed = Math.max(0, now - last) / 1000;
		last = now;
		const target = Math.min(atlas.extent.to, atlas.view.at + elapsed * atlas.view.speed);
		const ended = target >= atlas.extent.to;
		atlas.apply(ended ? { at: target, playing: false } : { at: target }, 'playback');
		if (!ended) frame = requestAnimationFrame(tick);
	});
	return () => cancelAnimationFrame(frame);
}
