import { base } from '$app/paths';
import { buildQrPicture } from '$lib/domain/handout-qr';
import { loadBuiltDataset } from '$lib/server/dataset';
import { HANDOUT_MAP_SIZE } from '$lib/server/poster-png';
import { planHandout } from '$lib/server/print-handout';
import { readSite } from '$lib/server/site';
import { loadBuiltStories } from '$lib/server/stories';

/**
 * The printable handout of the whole atlas: plain HTML, prerendered, no JavaScript, nothing to
 * press. Each story has a handout of its own at `/print/<story>`, listed here on screen. A large
 * atlas's handout sends the reader to the month pages instead (see `planHandout`).
 */
export const csr = false;

export function load() {
	const { index } = loadBuiltDataset(base);
	const site = readSite(base);
	const plan = planHandout(index);
	return {
		meta: index.meta,
		plan,
		eventCount: index.events.length,
		// The map's key: the categories the map draws, which is every event's, as on screen.
		categories: index.categories,
		map: { src: `${base}/print/map.svg`, ...HANDOUT_MAP_SIZE },
		stories: loadBuiltStories(index).map((story) => ({ id: story.id, title: story.title })),
		link: site.root === null ? null : { href: site.root, qr: buildQrPicture(site.root) }
	};
}
