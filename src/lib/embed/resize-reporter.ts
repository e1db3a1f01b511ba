import { heightMessages } from '$lib/domain/resize-messages';

/**
 * Tells the host the content's height in every resize dialect, on start and whenever the page's
 * body changes size (a ResizeObserver: the quote opening, the note unfolding, a new width).
 * The body's height is the content's when the embed lays itself out at its own height, and the
 * frame's when it fills a fixed frame, which a resizing host then simply keeps.
 *
 * @param post sends one message to the host (the adapter decides where it may go).
 * Browsers pause rendering, and so ResizeObserver, in frames out of view: a frame below the
 * fold would be resized only as the reader scrolls to it. So the height is also checked when
 * fonts finish loading and whenever `check` is called (the adapter does once the events have
 * loaded), which measure the layout even there.
 *
 * @returns `report`, to answer a host that asks (Pym's width messages); `check`, to send the
 *   height if it changed; `stop`.
 */
export function startResizeReports(
	childId: string | null,
	post: (message: unknown) => void
): { report: () => void; check: () => void; stop: () => void } {
	let lastHeight = -1;
	const report = (force: boolean) => {
		const height = Math.ceil(document.body.getBoundingClientRect().height);
		if (height === lastHeight && !force) return;
		lastHeight = height;
		for (const message of heightMessages(height, childId, location.href)) post(message);
	};
	const observer = new ResizeObserver(() => report(false));
	observer.observe(document.body);
	const check = () => report(false);
	document.fonts?.addEventListener('loadingdone', check);
	report(true);
	return {
		report: () => report(true),
		check,
		stop: () => {
			observer.disconnect();
			document.fonts?.removeEventListener('loadingdone', check);
		}
	};
}
