// @ts-check
/*
 * The site's host script: put `<script src="https://<this site>/embed.js" async></script>` once
 * or many times on a page that embeds the atlas, and every frame of this site's /embed on it,
 * present or added later, takes the height of its content. Pages using Pym.js need nothing.
 *
 * Authored as this one plain file, not built: it is served as is at a stable address (every
 * published embed code points at it, so it cannot carry a content hash), it must run in any
 * browser page with no module loader, and ESLint and svelte-check (tsconfig includes it, with
 * JSDoc types) cover it like the rest of the code. It depends on nothing and stays small.
 *
 * Protocol (README, "Host API"): an embed posts `{ type: 'atlas:height', version: 1, height }`;
 * this script sets its frame's CSS height (CSSOM, so a strict Content-Security-Policy on the
 * host page allows it) and answers `atlas:autosize` once, so the embed lays itself out at its
 * own height instead of filling the frame.
 */
(() => {
	const script = document.currentScript;
	if (!(script instanceof HTMLScriptElement) || !script.src) return;
	const site = new URL(script.src);
	const embedPath = new URL('embed', site).pathname;
	// Several copies of the snippet on one page (a live blog) share one listener.
	const key = `__atlasEmbedHost ${site.origin}${embedPath}`;
	const registry = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window));
	if (registry[key]) return;
	registry[key] = true;

	/** Frames already told they are sized from outside. */
	const told = new WeakSet();
	const MAX_HEIGHT = 100_000;

	/** @param {HTMLIFrameElement} frame */
	function isAtlasFrame(frame) {
		try {
			const url = new URL(frame.src, location.href);
			const path = url.pathname.replace(/(\.html|\/)$/, '');
			return url.origin === site.origin && path === embedPath;
		} catch {
			return false;
		}
	}

	/** @param {MessageEventSource | null} source */
	function atlasFrameOf(source) {
		if (!source) return null;
		for (const frame of document.getElementsByTagName('iframe')) {
			if (frame.contentWindow === source) return isAtlasFrame(frame) ? frame : null;
		}
		return null;
	}

	window.addEventListener('message', (event) => {
		// A frame sandboxed without allow-same-origin speaks from the opaque origin "null".
		if (event.origin !== site.origin && event.origin !== 'null') return;
		const data = event.data;
		if (data === null || typeof data !== 'object') return;
		if (data.type !== 'atlas:height' || data.version !== 1) return;
		const height = data.height;
		if (typeof height !== 'number' || !(height >= 1 && height <= MAX_HEIGHT)) return;
		const frame = atlasFrameOf(event.source);
		if (!frame) return;
		frame.style.height = `${Math.ceil(height)}px`;
		if (!told.has(frame)) {
			told.add(frame);
			// Carries nothing, so any origin may read it; a sandboxed frame's is "null".
			frame.contentWindow?.postMessage({ type: 'atlas:autosize', version: 1 }, '*');
		}
	});
})();
