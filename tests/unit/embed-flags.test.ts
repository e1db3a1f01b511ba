import { describe, expect, it } from 'vitest';
import { parseEmbedFlags } from '../../src/lib/domain/embed-flags';

describe('parseEmbedFlags', () => {
	it('draws a full, interactive embed by default', () => {
		expect(parseEmbedFlags('')).toEqual({ controls: true, interactive: true, poster: false });
		expect(parseEmbedFlags('?event=x&t=2015-11-13T21:40')).toEqual({
			controls: true,
			interactive: true,
			poster: false
		});
	});

	it('leaves out the time controls for controls=0 only', () => {
		expect(parseEmbedFlags('?controls=0')).toEqual({
			controls: false,
			interactive: true,
			poster: false
		});
		expect(parseEmbedFlags('?controls=no')).toEqual({
			controls: true,
			interactive: true,
			poster: false
		});
	});

	it('makes static=1 a still picture, without controls either', () => {
		expect(parseEmbedFlags('?static=1')).toEqual({
			controls: false,
			interactive: false,
			poster: false
		});
		expect(parseEmbedFlags('?static=1&controls=1')).toEqual({
			controls: false,
			interactive: false,
			poster: false
		});
		expect(parseEmbedFlags('?static=true')).toEqual({
			controls: true,
			interactive: true,
			poster: false
		});
	});

	it('shows the poster first for poster=1 only, with the other flags as given', () => {
		expect(parseEmbedFlags('?poster=1').poster).toBe(true);
		expect(parseEmbedFlags('?poster=yes').poster).toBe(false);
		expect(parseEmbedFlags('?poster=1&static=1')).toEqual({
			controls: false,
			interactive: false,
			poster: true
		});
	});
});
