/**
 * How an embed is drawn, from its address: `controls=0` leaves out the time controls, and
 * `static=1` gives a still picture (no panning, zooming, clicking or controls), for print and
 * pages that forbid interaction. Anything else keeps the default. There is deliberately no flag
 * for the content note: it cannot be turned off.
 */
export interface EmbedFlags {
	controls: boolean;
	interactive: boolean;
}

export function parseEmbedFlags(search: string): EmbedFlags {
	const params = new URLSearchParams(search);
	const still = params.get('static') === '1';
	return { controls: !still && params.get('controls') !== '0', interactive: !still };
}
