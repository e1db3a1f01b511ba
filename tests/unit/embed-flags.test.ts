import { describe, expect, it } from 'vitest';
import { parseEmbedFlags } from '../../src/lib/domain/embed-flags';

describe('parseEmbedFlags', () => {
	it('draws a full, interactive, light, live embed by default', () => {
		const full = { controls: true, interactive: true, theme: 'light', poster: false };
		expect(parseEmbedFlags('')).toEqual(full);
		expect(parseEmbedFlags('?event=x&t=2015-11-13T21:40')).toEqual(full);
	});

	it('leaves out the time controls for controls=0 only', () => {
		expect(parseEmbedFlags('?controls=0')).toMatchObject({ controls: false, interactive: true });
		expect(parseEmbedFlags('?controls=no')).toMatchObject({ controls: true, interactive: true });
	});

	it('makes static=1 a still picture, without controls either', () => {
		expect(parseEmbedFlags('?static=1')).toMatchObject({ controls: false, interactive: false });
		expect(parseEmbedFlags('?static=1&controls=1')).toMatchObject({
			controls: false,
			interactive: false
		});
		expect(parseEmbedFlags('?static=true')).toMatchObject({ controls: true, interactive: true });
	});

	it('draws the embed dark for theme=dark, alongside the other flags', () => {
		expect(parseEmbedFlags('?theme=dark').theme).toBe('dark');
		expect(parseEmbedFlags('?static=1&theme=dark')).toEqual({
			controls: false,
			interactive: false,
			theme: 'dark',
			poster: false
		});
	});

	it('keeps the light theme for any other theme value', () => {
		for (const value of ['light', 'Dark', 'DARK', 'black', '1', '', 'dark ']) {
			expect(parseEmbedFlags(`?theme=${encodeURIComponent(value)}`).theme, value).toBe('light');
		}
	});

	it('shows the poster first for poster=1 only, with the other flags as given', () => {
		expect(parseEmbedFlags('?poster=1').poster).toBe(true);
		expect(parseEmbedFlags('?poster=yes').poster).toBe(false);
		expect(parseEmbedFlags('?poster=1&static=1&theme=dark')).toEqual({
			controls: false,
			interactive: false,
			theme: 'dark',
			poster: true
		});
	});
});
