import { base } from '$app/paths';
import { buildHandout } from '$lib/domain/handout';
import { buildQrPicture } from '$lib/domain/handout-qr';
import { loadBuiltDataset } from '$lib/server/dataset';
import { HANDOUT_MAP_SIZE } from '$lib/server/poster-png';
import { readSite } from '$lib/server/site';

/**
 * The printable handout of the whole atlas: plain HTML, prerendered, no JavaScript, nothing to
 * press. A story's handout would pass the story's event ids to `buildHandout` (and its own map
 * frame) from a prerendered `/print/<story>` with the same page.
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
		link: site.root === null ? null : { href: site.root, qr: buildQrPicture(site.root) }
	};
}
