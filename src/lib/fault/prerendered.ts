/**
 * Keeps the prerendered page when the interactive one cannot start. If a script fails while the
 * page hydrates (a chunk removed by a redeploy while the HTML was cached, a content blocker),
 * SvelteKit empties the page and renders its error page in its place. The error hook notes the
 * prerendered nodes first (`rememberPrerenderedPage`); the error page puts them back
 * (`takePrerenderedPage`) under its notice, so the list that works without JavaScript stays.
 * Nothing is moved until the error page exists: if that fails to load too, SvelteKit never
 * empties the page and the nodes never left it.
 */
let kept: Node[] = [];

/** The element SvelteKit renders into (app.html). */
const ROOT_SELECTOR = '.app-root';

/** Notes what the server rendered, once, and only before the page has become interactive. */
export function rememberPrerenderedPage(): void {
	if (kept.length > 0 || document.documentElement.dataset.hydrated === 'true') return;
	const root = document.querySelector(ROOT_SELECTOR);
	kept = root ? [...root.childNodes] : [];
}

/** The prerendered nodes, handed over once (later calls get none). */
export function takePrerenderedPage(): Node[] {
	const nodes = kept;
	kept = [];
	return nodes;
}
