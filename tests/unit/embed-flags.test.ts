import { describe, expect, it } from 'vitest';
import { parseEmbedFlags } from '../../src/lib/domain/embed-flags';

describe('parseEmbedFlags', () => {
	it('draws a full, interactive, light embed by default', () => {
		expect(parseEmbedFlags('')).toEqual({ controls: true, interactive: true, theme: 'light' });
		expect(parseEmbedFlags('?event=x&t=2015-11-13T21:40')).toEqual({
			controls: true,
			interactive: true,
			theme: 'light'
		});
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
			theme: 'dark'
		});
	});

	it('keeps the light theme for any other theme value', () => {
		for (const value of ['light', 'Dark', 'DARK', 'black', '1', '', 'dark ']) {
			expect(parseEmbedFlags(`?theme=${encodeURIComponent(value)}`).theme, value).toBe('light');
		}
	});
});
