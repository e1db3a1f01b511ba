import { describe, expect, it } from 'vitest';
import {
	DEFAULT_EMBED_CHOICES,
	buildAutoResizeCode,
	buildEmbedUrl,
	buildIframeCode,
	buildOembed,
	escapeAttribute
} from '../../src/lib/domain/embed-code';
import { parseEmbedFlags } from '../../src/lib/domain/embed-flags';
import { parseViewUrl, serializeViewUrl } from '../../src/lib/domain/url-codec';
import { initialView } from '../../src/lib/domain/view';

const ROOT = 'https://atlas.example.org/';
const ZONE = 'Europe/Paris';
const extent = { from: Date.UTC(2014, 4, 24), to: Date.UTC(2016, 2, 23) };
const defaults = initialView(extent);
const size = { width: 640, height: 480 };

/** The attribute's value as a browser reads it back, from the first tag that has it. */
function attribute(html: string, name: string): string | undefined {
	const raw = new RegExp(`\\s${name}="([^"]*)"`).exec(html)?.[1];
	return raw
		?.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}

describe('the embed address', () => {
	it('is the bare embed page for the opening view without flags', () => {
		expect(buildEmbedUrl(ROOT, '', DEFAULT_EMBED_CHOICES)).toBe(`${ROOT}embed`);
	});

	it('carries the current view, which the embed reads back as the same view', () => {
		const view = {
			...defaults,
			selectedEventId: '2015-11-13-bataclan',
			at: Date.UTC(2015, 10, 13, 20, 40),
			mode: 'window' as const
		};
		const url = buildEmbedUrl(
			ROOT,
			serializeViewUrl('', view, defaults, ZONE),
			DEFAULT_EMBED_CHOICES
		);
		expect(url).toBe(`${ROOT}embed?event=2015-11-13-bataclan&t=2015-11-13T21:40&mode=window`);
		const { patch, problems } = parseViewUrl(new URL(url).search, ZONE);
		expect(problems).toEqual([]);
		expect(patch).toEqual({ selectedEventId: view.selectedEventId, at: view.at, mode: 'window' });
	});

	it('adds each chosen flag in the form the embed page reads', () => {
		const url = buildEmbedUrl(ROOT, '?event=x', {
			hideControls: true,
			still: false,
			dark: true,
			poster: true
		});
		expect(url).toBe(`${ROOT}embed?event=x&controls=0&theme=dark&poster=1`);
		expect(parseEmbedFlags(new URL(url).search)).toEqual({
			controls: false,
			interactive: true,
			theme: 'dark',
			poster: true
		});
	});

	it('writes static=1 alone for a still map, which has no controls anyway', () => {
		const url = buildEmbedUrl(ROOT, '', {
			...DEFAULT_EMBED_CHOICES,
			hideControls: true,
			still: true
		});
		expect(url).toBe(`${ROOT}embed?static=1`);
		expect(parseEmbedFlags(new URL(url).search)).toEqual({
			controls: false,
			interactive: false,
			theme: 'light',
			poster: false
		});
	});
});

describe('the iframe code', () => {
	const src = `${ROOT}embed?event=x&t=2015-11-13T21:40`;

	it('has everything a newsroom page needs and the state in its address', () => {
		const html = buildIframeCode(src, 'An atlas', size);
		expect(attribute(html, 'src')).toBe(src);
		expect(attribute(html, 'title')).toBe('An atlas');
		expect(attribute(html, 'width')).toBe('100%');
		expect(attribute(html, 'height')).toBe('480');
		expect(attribute(html, 'loading')).toBe('lazy');
		expect(attribute(html, 'allow')).toBe('fullscreen');
		expect(attribute(html, 'style')).toBe('border:0;max-width:640px');
		expect(html).toMatch(/^<iframe [^<>]*><\/iframe>$/);
	});

	it('fills the column without a width cap for the full-width size', () => {
		const html = buildIframeCode(src, 'An atlas', { width: null, height: 480 });
		expect(attribute(html, 'style')).toBe('border:0');
	});

	it('escapes a title that would otherwise end the attribute or open a tag', () => {
		const title = `Paris "13/11" & <Brussels> l'atlas`;
		const html = buildIframeCode(src, title, size);
		expect(attribute(html, 'title')).toBe(title);
		expect(html).not.toContain('<Brussels>');
		expect(html.match(/<iframe /g)).toHaveLength(1);
	});

	it('escapes the ampersands between parameters', () => {
		expect(buildIframeCode(src, 'A', size)).toContain('embed?event=x&amp;t=2015-11-13T21:40');
	});
});

describe('the auto-resizing code', () => {
	it('is the iframe followed by the site’s own resizing script, loaded async', () => {
		const src = `${ROOT}embed`;
		const html = buildAutoResizeCode(ROOT, src, 'An atlas', size);
		const [iframe, script] = html.split('\n');
		expect(iframe).toBe(buildIframeCode(src, 'An atlas', size));
		expect(script).toBe(`<script src="${ROOT}embed.js" async></script>`);
	});
});

describe('the oEmbed document', () => {
	it('is a rich oEmbed 1.0 response with integer sizes and a thumbnail', () => {
		const doc = buildOembed(ROOT, 'Atlas "A" & B');
		expect(doc).toMatchObject({
			type: 'rich',
			version: '1.0',
			title: 'Atlas "A" & B',
			provider_name: 'Atlas "A" & B',
			provider_url: ROOT,
			width: 640,
			height: 480,
			thumbnail_url: `${ROOT}poster.png`,
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
		expect(Number.isInteger(doc.width) && Number.isInteger(doc.height)).toBe(true);
		expect(doc.html).toBe(buildAutoResizeCode(ROOT, `${ROOT}embed`, 'Atlas "A" & B', size));
	});
});

describe('escapeAttribute', () => {
	it('escapes the five characters that matter in a quoted attribute, ampersands first', () => {
		expect(escapeAttribute(`&"'<>&amp;`)).toBe('&amp;&quot;&#39;&lt;&gt;&amp;amp;');
	});
});
