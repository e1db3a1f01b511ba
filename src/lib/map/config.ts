/**
 * Which basemap to draw, chosen when the site is built. By default the map uses the embedded
 * Natural Earth basemap and makes no request outside the site. Two optional variables, read
 * through SvelteKit's `$env/dynamic/public` (which adapter-static fills from the build
 * environment into `_app/env.js`), switch to a detailed basemap:
 *
 * - `PUBLIC_MAP_STYLE_URL`: any MapLibre style JSON. Point it at your own server to keep the
 *   no-third-party promise.
 * - `PUBLIC_PMTILES_URL`: a self-hosted PMTiles archive, read through the `pmtiles://` protocol.
 *   Alone, a raster archive is drawn as is and a vector one with a small Protomaps-schema style;
 *   together with `PUBLIC_MAP_STYLE_URL`, the style may refer to `pmtiles://<that URL>`.
 *
 * Either falls back to the embedded basemap, with a notice, if it cannot be loaded.
 */
export type BasemapChoice =
	| { kind: 'embedded' }
	| { kind: 'style'; url: string; pmtilesUrl?: string }
	| { kind: 'pmtiles'; url: string };

/** A notice when a configured variable is not a URL at all, rather than silently ignoring it. */
export interface BasemapConfig {
	choice: BasemapChoice;
	problem: string | null;
}

function toAbsoluteUrl(value: string | undefined, base: string): string | null | undefined {
	const trimmed = value?.trim();
	if (!trimmed) return undefined;
	try {
		return new URL(trimmed, base).href;
	} catch {
		return null;
	}
}

/**
 * Reads the two variables (relative URLs resolve against `base`, the page's URL). A variable that
 * is set but not a URL is reported and ignored; the style URL wins when both are set.
 */
export function readBasemapConfig(
	vars: Readonly<Record<string, string | undefined>>,
	base: string
): BasemapConfig {
	const style = toAbsoluteUrl(vars.PUBLIC_MAP_STYLE_URL, base);
	const pmtiles = toAbsoluteUrl(vars.PUBLIC_PMTILES_URL, base);
	const bad = [
		style === null ? 'PUBLIC_MAP_STYLE_URL' : null,
		pmtiles === null ? 'PUBLIC_PMTILES_URL' : null
	].filter((name): name is string => name !== null);
	const problem =
		bad.length > 0
			? `${bad.join(' and ')} is not a valid URL; the built-in basemap is shown.`
			: null;
	if (style)
		return { choice: { kind: 'style', url: style, pmtilesUrl: pmtiles ?? undefined }, problem };
	if (pmtiles) return { choice: { kind: 'pmtiles', url: pmtiles }, problem };
	return { choice: { kind: 'embedded' }, problem };
}
