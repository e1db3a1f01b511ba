import { base } from '$app/paths';
import { buildHandout } from '$lib/domain/handout';
import { buildQrPicture } from '$lib/domain/handout-qr';
import { loadBuiltDataset } from '$lib/server/dataset';
import { HANDOUT_MAP_SIZE } from '$lib/server/poster-png';
import { readSite } from '$lib/server/site';
import { loadBuiltStories } from '$lib/server/stories';

/**
 * The printable handout of the whole atlas: plain HTML, prerendered, no JavaScript, nothing to
 * press. Each story has a handout of its own at `/print/<story>`, listed here on screen.
 */
export const csr = false;

export function load() {
	const { index } = loadBuiltDataset(base);
	const site = readSite(base);
	const handout = buildHandout(index);
	const categories = [...new Set(handout.rows.map((row) => row.category))];
	return {
		meta: index.meta,
		handout,
		categories,
		map: { src: `${base}/print/map.svg`, ...HANDOUT_MAP_SIZE },
		stories: loadBuiltStories(index).map((story) => ({ id: story.id, title: story.title })),
		link: site.root === null ? null : { href: site.root, qr: buildQrPicture(site.root) }
	};
}
