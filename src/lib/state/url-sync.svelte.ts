import { untrack } from 'svelte';
import { initialView } from '$lib/domain/view';
import { parseViewUrl, serializeViewUrl } from '$lib/domain/url-codec';
import type { PatchProblem } from '$lib/domain/view';
import type { AtlasState } from './atlas-state.svelte';

/**
 * The address is written once the view has been still for `QUIET_MS`, and at least every
 * `MAX_WAIT_MS` while it keeps changing (playback, a held arrow key). Each `replaceState` costs
 * the browser several ms on top of the page's; one per slider step would slow every step.
 */
const QUIET_MS = 300;
const MAX_WAIT_MS = 1000;

/**
 * `history.replaceState`, or nothing where the browser forbids it (a sandboxed iframe without
 * `allow-same-origin` throws a SecurityError): the view still works, only the address stays.
 */
function replaceSearch(search: string): void {
	try {
		history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
	} catch (error) {
		console.warn('Atlas: cannot write the view into the address bar.', error);
	}
}

/**
 * The URL adapter: restores the view from the page's query string, then keeps the query string in
 * step with the view. Only `replaceState` (a history entry per slider move would trap the back
 * button, and pushState inside an iframe moves the host page's history), written once the view
 * is still and at least once a second while it moves, so the address follows playback instead of
 * waiting for it to stop. An event id is
 * applied once the events have loaded, since only then can it be checked. Call once, from a
 * component's initialisation.
 */
export function syncViewWithUrl(atlas: AtlasState): void {
	/** The link as the page opened with it, before the view is written back into it. */
	let openedWith = '';
	let restored = false;

	/** Tells the reader what the link got wrong; the wording loads only when something did. */
	function report(problems: PatchProblem[]): void {
		if (problems.length === 0) return;
		import('$lib/domain/link-problems').then(
			({ describeLinkProblems }) => {
				const refused = describeLinkProblems(openedWith, problems);
				if (refused.length > 0) atlas.linkProblems = [...atlas.linkProblems, ...refused];
			},
			(error: unknown) => console.warn('Atlas: link parameters ignored:', problems, error)
		);
	}

	$effect(() =>
		untrack(() => {
			openedWith = location.search;
			const { patch, problems } = parseViewUrl(openedWith, atlas.timeZone);
			report(problems);
			// A link's event or place waits for the events, which alone can vouch for them (the
			// state holds it); a link with a camera keeps it, one without frames the selection.
			report(atlas.apply(patch, 'url', { onHeldProblems: report }));
			restored = true;
		})
	);

	/** When the oldest change not yet in the address was made; null when none is waiting. */
	let waitingSince: number | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	$effect(() => {
		// Every field is read here, in the effect, not in `write`: a delayed write runs outside
		// the effect, and a field read only there would stop waking it (a selection made just
		// after a delayed write would then never reach the address bar).
		const view = $state.snapshot(atlas.view);
		const defaults = initialView(atlas.extent);
		// While a link's event or place waits for the events, the address is not written: a write
		// then would drop `event=` from a link a reader may already be copying.
		if (!restored || atlas.selectionHeld) return;
		const write = () => {
			waitingSince = null;
			timer = undefined;
			const search = serializeViewUrl(location.search, view, defaults, atlas.timeZone);
			if (search !== location.search) replaceSearch(search);
		};
		const now = performance.now();
		waitingSince ??= now;
		clearTimeout(timer);
		timer = setTimeout(write, Math.min(QUIET_MS, MAX_WAIT_MS - (now - waitingSince)));
	});
}
