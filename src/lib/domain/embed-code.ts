/**
 * The embed codes a journalist copies, and the oEmbed document that offers the same code to
 * content-management systems. Pure: the site's address and the view's query string come in as
 * text, so the same functions serve the dialog in the browser and the prerendered oembed.json.
 *
 * `siteRoot` is always the absolute address of the site's root, ending in `/`
 * (`https://atlas.example.org/`, or with SvelteKit's base path `https://example.org/atlas/`).
 */

import { oembedUrl, POSTER } from './site-addresses';

export { oembedUrl, POSTER };

/** The embed's render flags, as `/embed` reads them (embed-flags.ts reads the first two). */
export interface EmbedChoices {
	/** `controls=0`: no time controls. */
	hideControls: boolean;
	/** `static=1`: a still map without interaction (also without controls). */
	still: boolean;
	/** `theme=dark`. */
	dark: boolean;
	/** `poster=1`: a still image until the live map is needed. */
	poster: boolean;
}

export const DEFAULT_EMBED_CHOICES: EmbedChoices = {
	hideControls: false,
	still: false,
	dark: false,
	poster: false
};

/** Sizes offered for an embed, in CSS pixels; `width: null` fills the article's column. */
export interface EmbedSize {
	width: number | null;
	height: number;
}

export const EMBED_SIZES: readonly EmbedSize[] = [
	{ width: 400, height: 300 },
	{ width: 640, height: 480 },
	{ width: 1200, height: 800 },
	{ width: null, height: 480 }
];

/** The size oEmbed announces (it needs integers) and the dialog starts with. */
export const DEFAULT_EMBED_SIZE = { width: 640, height: 480 } satisfies EmbedSize;

/** Escapes text for a double-quoted HTML attribute, so a title cannot end the attribute early. */
export function escapeAttribute(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

/**
 * The embed's address: the view's query string (from `serializeViewUrl`, `''` or `?…`) with the
 * chosen flags after it. A still map already has no controls, so `controls=0` is left out then.
 */
export function buildEmbedUrl(siteRoot: string, viewQuery: string, choices: EmbedChoices): string {
	const params = new URLSearchParams(viewQuery);
	if (choices.still) params.set('static', '1');
	else if (choices.hideControls) params.set('controls', '0');
	if (choices.dark) params.set('theme', 'dark');
	if (choices.poster) params.set('poster', '1');
	// Kept readable as serializeViewUrl writes them (`map=12/48.86/2.37`, `t=2015-11-13T21:40`).
	const query = params.toString().replace(/%2F/gi, '/').replace(/%3A/gi, ':');
	return `${siteRoot}embed${query ? `?${query}` : ''}`;
}

/**
 * A plain responsive iframe: as wide as the article's column (at most the chosen width), the
 * chosen height, loaded when the reader scrolls near it, allowed to go full screen. The only
 * inline style is the border and the width cap; the journalist's page owns its own policy.
 */
export function buildIframeCode(src: string, title: string, size: EmbedSize): string {
	const style = size.width === null ? 'border:0' : `border:0;max-width:${size.width}px`;
	return (
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
		`width="100%" height="${size.height}" loading="lazy" allow="fullscreen" ` +
		`style="${style}"></iframe>`
	);
}

/**
 * The iframe plus the site's own resizing script (`/embed.js`), which finds the iframes showing
 * this site's `/embed` and sets their height to the content's: nothing else to configure.
 */
export function buildAutoResizeCode(
	siteRoot: string,
	src: string,
	title: string,
	size: EmbedSize
): string {
	const script = `<script src="${escapeAttribute(`${siteRoot}embed.js`)}" async></script>`;
	return `${buildIframeCode(src, title, size)}\n${script}`;
}

/** An oEmbed 1.0 "rich" response (https://oembed.com/, section 2.3.4). */
export interface OembedDocument {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/**
 * The site's oEmbed document: the auto-resizing code for the atlas's opening view at the default
 * size, and the poster as its thumbnail. A static file cannot answer for each shared state, so
 * it describes the atlas as a whole; the dialog gives codes for a particular view.
 */
export function buildOembed(siteRoot: string, title: string): OembedDocument {
	const size = DEFAULT_EMBED_SIZE;
	const src = buildEmbedUrl(siteRoot, '', DEFAULT_EMBED_CHOICES);
	return {
		type: 'rich',
		version: '1.0',
		title,
		provider_name: title,
		provider_url: siteRoot,
		html: buildAutoResizeCode(siteRoot, src, title, size),
		width: size.width,
		height: size.height,
		thumbnail_url: `${siteRoot}${POSTER.path}`,
		thumbnail_width: POSTER.width,
		thumbnail_height: POSTER.height
	};
}
