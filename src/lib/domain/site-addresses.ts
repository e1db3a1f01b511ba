/*
 * Addresses every page's head tags name (see page-meta.ts), apart from the embed codes
 * (embed-code.ts) that only the share dialog and oembed.json build, so that the home page's
 * first scripts carry these two and not the codes.
 */

/** Where the site's oEmbed document is published. */
export function oembedUrl(siteRoot: string): string {
	return `${siteRoot}oembed.json`;
}

/** The poster image every page shares (Open Graph, Twitter cards, oEmbed's thumbnail). */
export const POSTER = { path: 'poster.png', width: 1200, height: 630 } as const;
