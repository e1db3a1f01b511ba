import type { Theme } from './palette';

/**
 * How an embed is drawn, from its address: `controls=0` leaves out the time controls,
 * `static=1` gives a still picture (no panning, zooming, clicking or controls), for print and
 * pages that forbid interaction, `theme=dark` draws page and map dark, for hosts with a dark
 * page, and `poster=1` shows the build's image of the map and the list of events until the
 * reader starts the map or scrolls to it (pages with many embeds). Anything else keeps the
 * default. There is deliberately no flag for the content note: it cannot be turned off.
 */
export interface EmbedFlags {
	controls: boolean;
	interactive: boolean;
	theme: Theme;
	poster: boolean;
}

export function parseEmbedFlags(search: string): EmbedFlags {
	const params = new URLSearchParams(search);
	const still = params.get('static') === '1';
	return {
		controls: !still && params.get('controls') !== '0',
		interactive: !still,
		theme: params.get('theme') === 'dark' ? 'dark' : 'light',
		poster: params.get('poster') === '1'
	};
}
