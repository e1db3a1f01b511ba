import { describePoster, parseSiteUrl, type SiteInfo } from '$lib/domain/page-meta';
import { loadBuiltDataset } from './dataset';

let warned = false;

/**
 * The site as the build describes it: its public root from `PUBLIC_SITE_URL` plus SvelteKit's
 * base path, and the atlas's name. Without a usable address the build says so once, and pages
 * leave out what needs one (see page-meta.ts); the build still succeeds, since a site can be
 * built before its address is known.
 */
export function readSite(base: string): SiteInfo {
	const { index } = loadBuiltDataset(base);
	const { origin, problem } = parseSiteUrl(process.env.PUBLIC_SITE_URL);
	if (problem && !warned) {
		warned = true;
		console.warn(
			`\n${problem}: pages are built without og:url, og:image, twitter:image and the oEmbed ` +
				'link, and /oembed.json is not written. Set it to the address the site will be ' +
				'served at (see the README, "Deploying").\n'
		);
	}
	return {
		root: origin === null ? null : `${origin}${base}/`,
		name: index.meta.title,
		posterAlt: describePoster(index.meta.title, index.events.length)
	};
}
