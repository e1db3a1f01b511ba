import { describe, expect, it } from 'vitest';
import { svgOfPng } from '../../src/lib/server/poster-png';

describe('svgOfPng (a large atlas’s handout map)', () => {
	it('shows the picture at the map’s size, its bytes unchanged', () => {
		const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
		const svg = svgOfPng(png, { width: 1200, height: 800 });
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="800"/);
		const href = /<image href="data:image\/png;base64,([^"]+)" width="1200" height="800"\/>/.exec(
			svg
		);
		expect(href).not.toBeNull();
		expect([...Buffer.from(href![1]!, 'base64')]).toEqual([...png]);
	});
});
