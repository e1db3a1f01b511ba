import { POSTER, oembedUrl } from './site-addresses';

/**
 * What a shared link shows (Open Graph and Twitter cards) and where the oEmbed document is.
 * Link previews and oEmbed consumers need absolute addresses, which a static build only knows if
 * the deployer says where the site will live (`PUBLIC_SITE_URL`): without it, the tags that need
 * one are left out rather than pointing at a guess.
 */

/** The site as every page describes it; `root` is null when the public address is unknown. */
export interface SiteInfo {
	/** Absolute address of the site's root, ending in `/`, or null without `PUBLIC_SITE_URL`. */
	root: string | null;
	/** The atlas's title, as the site's name. */
	name: string;
	/** What the poster image shows, for readers who cannot see it. */
	posterAlt: string;
}

/**
 * Reads `PUBLIC_SITE_URL`: an http(s) origin such as `https://atlas.example.org`. A path is
 * refused rather than guessed at (a site in a folder sets SvelteKit's `paths.base`, which pages
 * add themselves). Returns the origin, or null with the reason when the value is unusable.
 */
export function parseSiteUrl(value: string | undefined): {
	origin: string | null;
	problem: string | null;
} {
	const text = value?.trim();
	if (!text) return { origin: null, problem: 'PUBLIC_SITE_URL is not set' };
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		return { origin: null, problem: `PUBLIC_SITE_URL is not a URL: ${JSON.stringify(text)}` };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return { origin: null, problem: `PUBLIC_SITE_URL is not an http(s) address: ${text}` };
	}
	if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
		return {
			origin: null,
			problem: `PUBLIC_SITE_URL must be an origin such as https://atlas.example.org, not ${text}`
		};
	}
	return { origin: url.origin, problem: null };
}

/** What the atlas's own pages say they are: its subtitle, else its introduction's first line. */
export function describeAtlas(meta: {
	subtitle?: string;
	introduction: readonly string[];
}): string {
	return meta.subtitle ?? meta.introduction[0] ?? '';
}

/** The poster's description, from the atlas's own title and size. */
export function describePoster(title: string, eventCount: number): string {
	const events = eventCount === 1 ? '1 event' : `${eventCount} events`;
	return `Map of the places of the ${events} in the atlas “${title}”`;
}

/** One `<meta>` tag: Open Graph uses `property`, Twitter and HTML use `name`. */
export interface MetaTag {
	attribute: 'property' | 'name';
	key: string;
	content: string;
}

export interface PageTags {
	meta: MetaTag[];
	/** The oEmbed discovery link's address, or null when the site has no public address. */
	oembed: string | null;
}

/**
 * The head tags of one page. `path` is the page's path from the server root (SvelteKit's base
 * path included), as `page.url.pathname` gives it.
 */
export function buildPageTags(
	site: SiteInfo,
	page: { title: string; description: string; path: string }
): PageTags {
	const tag = (attribute: MetaTag['attribute'], key: string, content: string): MetaTag => ({
		attribute,
		key,
		content
	});
	const meta = [
		tag('name', 'description', page.description),
		tag('property', 'og:type', 'website'),
		tag('property', 'og:site_name', site.name),
		tag('property', 'og:title', page.title),
		tag('property', 'og:description', page.description),
		tag('name', 'twitter:title', page.title),
		tag('name', 'twitter:description', page.description)
	];
	if (site.root === null) {
		// A card without an image: the large-image card would promise one.
		meta.push(tag('name', 'twitter:card', 'summary'));
		return { meta, oembed: null };
	}
	const poster = `${site.root}${POSTER.path}`;
	meta.push(
		tag('property', 'og:url', new URL(page.path, site.root).href),
		tag('property', 'og:image', poster),
		tag('property', 'og:image:type', 'image/png'),
		tag('property', 'og:image:width', String(POSTER.width)),
		tag('property', 'og:image:height', String(POSTER.height)),
		tag('property', 'og:image:alt', site.posterAlt),
		tag('name', 'twitter:card', 'summary_large_image'),
		tag('name', 'twitter:image', poster),
		tag('name', 'twitter:image:alt', site.posterAlt)
	);
	return { meta, oembed: oembedUrl(site.root) };
}
