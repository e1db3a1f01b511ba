import type { MapOptions, StyleSpecification } from 'maplibre-gl';
import type { AtlasLibrary, AtlasMap } from './maplibre-surface';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// With the map's own code, not after MapLibre's: fetched alongside this chunk, not in turn.
import 'maplibre-gl/dist/maplibre-gl.css';
import { readBasemapConfig } from './config';
import { STREET_SOURCE } from './street-style';
import {
	BASEMAP_FALLBACK,
	BASEMAP_MISSING,
	hasWebGL2,
	describeStartFailure,
	WEBGL_UNAVAILABLE
} from './webgl';

/** The CSS family the labels are drawn in; see LABEL_FONT in style.ts. */
const LABEL_FONT_QUERY = '16px "Noto Sans"';

export interface StartOptions {
	container: HTMLElement;
	/** The embedded basemap style: the default, and the fallback for a configured one. */
	embeddedStyle: StyleSpecification;
	/** Public env variables (PUBLIC_MAP_STYLE_URL, PUBLIC_PMTILES_URL); see config.ts. */
	env: Readonly<Record<string, string | undefined>>;
	/** Read once the map is about to be built, so a camera restored from the URL meanwhile wins. */
	camera: () => Pick<MapOptions, 'center' | 'zoom' | 'bounds' | 'fitBoundsOptions'>;
	/** Accessible name of the map canvas. */
	label: string;
	/** False for a still map (an embed's `static=1`): no panning, zooming or clicking. */
	interactive: boolean;
	/**
	 * True in a framed page (the embed): a wheel or a one-finger swipe scrolls the article around
	 * the map instead of moving it, and zooming takes Ctrl/⌘ + wheel or two fingers, with
	 * MapLibre's hint. Ignored when the map is not interactive.
	 */
	cooperativeGestures?: boolean;
	/** A sentence for the reader about the basemap; the map itself keeps working. */
	onnotice: (message: string) => void;
}

export type StartResult =
	{ ok: true; lib: AtlasLibrary; map: AtlasMap } | { ok: false; reason: string; error?: unknown };

/**
 * Starts the map without ever letting an error escape to the console as an error: checks that the
 * browser has WebGL2 (a context it cannot create is reported by MapLibre, below), waits for the
 * label font (the style has no glyphs, so MapLibre draws labels with it), loads MapLibre lazily so
 * the prerendered list paints first, resolves the configured basemap, and builds the Map. A
 * configured basemap that fails before the first load is swapped for `embeddedStyle`, with a
 * notice.
 */
export async function startMap(options: StartOptions): Promise<StartResult> {
	if (!hasWebGL2()) return { ok: false, reason: WEBGL_UNAVAILABLE };
	try {
		await document.fonts?.load(LABEL_FONT_QUERY);
	} catch {
		// Labels then fall back to the next family in the stack; not worth stopping for.
	}
	let lib: AtlasLibrary;
	try {
		lib = await import('maplibre-gl');
		lib.setWorkerUrl(workerUrl);
	} catch (error) {
		return { ok: false, reason: describeStartFailure(error), error };
	}
	const config = readBasemapConfig(options.env, location.href);
	if (config.problem) options.onnotice(config.problem);
	let style: StyleSpecification | string = options.embeddedStyle;
	if (options.embeddedStyle.sources[STREET_SOURCE]) {
		// The build's street archive is read through the `pmtiles://` protocol; without it the
		// street tiles fail quietly (warnings) and Natural Earth stays.
		try {
			const { registerPmtilesProtocol } = await import('./pmtiles');
			await registerPmtilesProtocol(lib);
		} catch (error) {
			console.warn('Map: the street tiles cannot be read.', error);
		}
	}
	try {
		const { choice } = config;
		// PMTiles support is downloaded only by sites configured to use it.
		if (choice.kind === 'style') {
			if (choice.pmtilesUrl) {
				const { openPmtilesArchive } = await import('./pmtiles');
				await openPmtilesArchive(lib, choice.pmtilesUrl);
			}
			style = choice.url;
		} else if (choice.kind === 'pmtiles') {
			const { buildPmtilesStyle, openPmtilesArchive } = await import('./pmtiles');
			style = buildPmtilesStyle(await openPmtilesArchive(lib, choice.url));
		}
	} catch (error) {
		console.warn('Map: the configured basemap failed to open; using the embedded one.', error);
		options.onnotice(BASEMAP_FALLBACK);
	}
	let map: AtlasMap;
	try {
		map = new lib.Map({
			container: options.container,
			style,
			...options.camera(),
			attributionControl: { compact: false },
			locale: { 'Map.Title': options.label },
			interactive: options.interactive,
			cooperativeGestures: options.interactive && options.cooperativeGestures === true,
			dragRotate: false,
			pitchWithRotate: false,
			maxPitch: 0,
			// Labels appear and go at once instead of cross-fading for 300 ms. The slider changes
			// the stacks' counts ("3" becomes "4"): a fade shows both numbers over each other and
			// keeps the map redrawing every frame of it, each frame all the dots again (measured at
			// 100,000 events in software rendering: a fifth of a slider step's time).
			fadeDuration: 0
		});
	} catch (error) {
		options.container.replaceChildren();
		return { ok: false, reason: describeStartFailure(error), error };
	}
	watchErrors(map, style !== options.embeddedStyle, options);
	return { ok: true, lib, map };
}

/** The source id of the built-in basemap in the embedded style (see style.ts). */
const EMBEDDED_BASEMAP_SOURCE = 'basemap';

/**
 * MapLibre logs an `error` event with console.error unless someone listens; the atlas listens,
 * warns instead, and before the first load swaps a failing configured basemap for the embedded.
 * When the embedded basemap's own file fails, the reader is told: the map then shows only sea.
 */
function watchErrors(map: AtlasMap, external: boolean, options: StartOptions) {
	let canSwap = external;
	let toldMissing = false;
	map.once('load', () => (canSwap = false));
	map.on('error', (event) => {
		console.warn('Map:', event.error?.message ?? event);
		const source = (event as { sourceId?: string }).sourceId;
		if (canSwap) {
			canSwap = false;
			options.onnotice(BASEMAP_FALLBACK);
			map.setStyle(options.embeddedStyle, { diff: false });
		} else if (source === EMBEDDED_BASEMAP_SOURCE && !toldMissing) {
			toldMissing = true;
			options.onnotice(BASEMAP_MISSING);
		}
	});
}
