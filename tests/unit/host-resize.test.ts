import { describe, expect, it } from 'vitest';
import {
	heightMessages,
	pymMessage,
	readPymWidth,
	readResizeParams
} from '../../src/lib/domain/resize-messages';

describe('resize messages', () => {
	it('reads Pym’s parameters; a frame is sized from outside under Pym or with autoheight=1', () => {
		expect(readResizeParams('?childId=map-1&initialWidth=640')).toEqual({
			childId: 'map-1',
			initialWidth: 640,
			autoHeight: true
		});
		expect(readResizeParams('?autoheight=1').autoHeight).toBe(true);
		expect(readResizeParams('?event=x')).toEqual({
			childId: null,
			initialWidth: null,
			autoHeight: false
		});
		// A childId Pym's parent would read as a regular expression is not one.
		expect(readResizeParams('?childId=.*&initialWidth=1e9').childId).toBeNull();
	});

	it('writes Pym messages as pym.v1.js does, and reads only its width for this child', () => {
		expect(pymMessage('map', 'height', '612')).toBe('pymxPYMxmapxPYMxheightxPYMx612');
		expect(readPymWidth('pymxPYMxmapxPYMxwidthxPYMx640', 'map')).toBe(640);
		expect(readPymWidth('pymxPYMxotherxPYMxwidthxPYMx640', 'map')).toBeNull();
		expect(readPymWidth('pymxPYMxmapxPYMxwidthxPYMx-5', 'map')).toBeNull();
		expect(readPymWidth('pymxPYMxmapxPYMxwidthxPYMx99999999', 'map')).toBeNull();
		expect(readPymWidth({ width: 640 }, 'map')).toBeNull();
	});

	it('tells the height in every dialect, Pym’s only with a childId', () => {
		const src = 'https://atlas.example/embed';
		expect(heightMessages(612.2, 'map', src)).toEqual([
			{ type: 'atlas:height', version: 1, height: 613 },
			{ 'datawrapper-height': { map: 613 } },
			JSON.stringify({ src, context: 'iframe.resize', height: 613 }),
			'pymxPYMxmapxPYMxheightxPYMx613'
		]);
		expect(heightMessages(300, null, src)).toHaveLength(3);
	});
});
