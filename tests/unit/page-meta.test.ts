import { describe, expect, it } from 'vitest';
import {
	buildPageTags,
	describeAtlas,
	describePoster,
	parseSiteUrl
} from '../../src/lib/domain/page-meta';

const page = { title: 'A page', description: 'What it shows', path: '/events/2015-11/' };
const site = { root: 'https://atlas.example.org/', name: 'An atlas', posterAlt: 'A map' };

function contentOf(tags: ReturnType<typeof buildPageTags>, key: string): string | undefined {
	return tags.meta.find((tag) => tag.key === key)?.content;
}

describe('parseSiteUrl', () => {
	it('takes an http(s) origin, with or without the trailing slash', () => {
		expect(parseSiteUrl('https://atlas.example.org')).toEqual({
			origin: 'https://atlas.example.org',
			problem: null
		});
		expect(parseSiteUrl(' http://localhost:4173/ ').origin).toBe('http://localhost:4173');
	});

	it('says why it refuses a missing, malformed, non-web or path-bearing address', () => {
		expect(parseSiteUrl(undefined).problem).toMatch(/not set/);
		expect(parseSiteUrl('  ').problem).toMatch(/not set/);
		expect(parseSiteUrl('atlas.example.org').problem).toMatch(/not a URL/);
		expect(parseSiteUrl('ftp://atlas.example.org').problem).toMatch(/http/);
		expect(parseSiteUrl('https://example.org/atlas').problem).toMatch(/origin/);
		expect(parseSiteUrl('https://example.org/?x=1').origin).toBeNull();
	});
});

describe('buildPageTags', () => {
	it('gives the large-image card, the page’s absolute address and the oEmbed link', () => {
		const tags = buildPageTags(site, page);
		expect(contentOf(tags, 'og:title')).toBe('A page');
		expect(contentOf(tags, 'og:description')).toBe('What it shows');
		expect(contentOf(tags, 'description')).toBe('What it shows');
		expect(contentOf(tags, 'og:site_name')).toBe('An atlas');
		expect(contentOf(tags, 'og:url')).toBe('https://atlas.example.org/events/2015-11/');
		expect(contentOf(tags, 'og:image')).toBe('https://atlas.example.org/poster.png');
		expect(contentOf(tags, 'twitter:image')).toBe('https://atlas.example.org/poster.png');
		expect(contentOf(tags, 'og:image:alt')).toBe('A map');
		expect(contentOf(tags, 'og:image:width')).toBe('1200');
		expect(contentOf(tags, 'og:image:height')).toBe('630');
		expect(contentOf(tags, 'twitter:card')).toBe('summary_large_image');
		expect(tags.oembed).toBe('https://atlas.example.org/oembed.json');
	});

	it('leaves out what needs an absolute address when the site has none', () => {
		const tags = buildPageTags({ ...site, root: null }, page);
		expect(contentOf(tags, 'og:title')).toBe('A page');
		expect(contentOf(tags, 'twitter:card')).toBe('summary');
		for (const key of ['og:url', 'og:image', 'twitter:image', 'og:image:alt']) {
			expect(contentOf(tags, key), key).toBeUndefined();
		}
		expect(tags.oembed).toBeNull();
	});

	it('gives each tag once', () => {
		const keys = buildPageTags(site, page).meta.map((tag) => tag.key);
		expect(new Set(keys).size).toBe(keys.length);
	});
});

describe('describePoster', () => {
	it('names the atlas and counts its events', () => {
		expect(describePoster('An atlas', 42)).toBe(
			'Map of the places of the 42 events in the atlas “An atlas”'
		);
		expect(describePoster('An atlas', 1)).toContain('the 1 event in');
	});
});

describe('describeAtlas', () => {
	it('uses the subtitle, else the introduction’s first paragraph', () => {
		expect(describeAtlas({ subtitle: 'Sub', introduction: ['Intro'] })).toBe('Sub');
		expect(describeAtlas({ introduction: ['Intro', 'More'] })).toBe('Intro');
	});
});
