import { describe, expect, it } from 'vitest';
import { parseEmbedFlags } from '../../src/lib/domain/embed-flags';

describe('parseEmbedFlags', () => {
	it('draws a full, interactive embed by default', () => {
		expect(parseEmbedFlags('')).toEqual({ controls: true, interactive: true });
		expect(parseEmbedFlags('?event=x&t=2015-11-13T21:40')).toEqual({
			controls: true,
			interactive: true
		});
	});

	it('leaves out the time controls for controls=0 only', () => {
		expect(parseEmbedFlags('?controls=0')).toEqual({ controls: false, interactive: true });
		expect(parseEmbedFlags('?controls=no')).toEqual({ controls: true, interactive: true });
	});

	it('makes static=1 a still picture, without controls either', () => {
		expect(parseEmbedFlags('?static=1')).toEqual({ controls: false, interactive: false });
		expect(parseEmbedFlags('?static=1&controls=1')).toEqual({
			controls: false,
			interactive: false
		});
		expect(parseEmbedFlags('?static=true')).toEqual({ controls: true, interactive: true });
	});
});
