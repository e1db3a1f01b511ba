import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { COLOURS, LABEL_FONT } from './style';

import type { AtlasLibrary } from './maplibre-surface';

/** What the archive's header says the style needs to know. */
export interface PmtilesArchive {
	/** `pmtiles://` URL of the archive, as styles refer to it. */
	sourceUrl: string;
	raster: boolean;
}

let pmtilesModule: Promise<typeof import('pmtiles')> | null = null;
let registered: Promise<import('pmtiles').Protocol> | null = null;

/**
 * Registers the `pmtiles://` protocol with MapLibre once per page (protocols are global, and a
 * second registration would drop the archives the first one knows: the configured basemap and
 * the build's street archive share it). Loads `pmtiles` lazily.
 */
export function registerPmtilesProtocol(lib: AtlasLibrary): Promise<import('pmtiles').Protocol> {
	registered ??= (pmtilesModule ??= import('pmtiles')).then((pmtiles) => {
		const protocol = new pmtiles.Protocol({ metadata: true });
		lib.addProtocol('pmtiles', protocol.tile);
		return protocol;
	});
	return registered;
}

/**
 * Registers the protocol, then reads the archive's header, so that a missing or broken archive
 * fails here, before the map is built, and the caller can fall back to the embedded basemap.
 */
export async function openPmtilesArchive(lib: AtlasLibrary, url: string): Promise<PmtilesArchive> {
	const protocol = await registerPmtilesProtocol(lib);
	const pmtiles = await (pmtilesModule ??= import('pmtiles'));
	const archive = new pmtiles.PMTiles(url);
	protocol.add(archive);
	const header = await archive.getHeader();
	const vector = header.tileType === pmtiles.TileType.Mvt;
	return { sourceUrl: `pmtiles://${url}`, raster: !vector };
}

const kindIs = (...kinds: string[]): ExpressionSpecification => [
	'in',
	['get', 'kind'],
	['literal', kinds]
];

/**
 * A deliberately small style for a PMTiles archive: a raster archive is drawn as is; a vector
 * one is assumed to follow the Protomaps basemap schema (layers earth, water, boundaries,
 * roads, places), the schema `pmtiles extract` of a Protomaps build produces. For any other
 * schema, write a style and set `PUBLIC_MAP_STYLE_URL` as well.
 */
export function buildPmtilesStyle(archive: PmtilesArchive): StyleSpecification {
	const source = { url: archive.sourceUrl };
	if (archive.raster) {
		return {
			version: 8,
			sources: { basemap: { type: 'raster', tileSize: 256, ...source } },
			layers: [{ id: 'basemap', type: 'raster', source: 'basemap' }]
		};
	}
	const vector = { source: 'basemap' } as const;
	return {
		version: 8,
		sources: { basemap: { type: 'vector', ...source } },
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': COLOURS.sea } },
			{
				id: 'earth',
				type: 'fill',
				...vector,
				'source-layer': 'earth',
				paint: { 'fill-color': COLOURS.land }
			},
			{
				id: 'water',
				type: 'fill',
				...vector,
				'source-layer': 'water',
				paint: { 'fill-color': COLOURS.sea }
			},
			{
				id: 'roads',
				type: 'line',
				...vector,
				'source-layer': 'roads',
				paint: {
					'line-color': '#ffffff',
					'line-width': ['case', kindIs('highway', 'major_road'), 2, 0.8]
				}
			},
			{
				id: 'boundaries',
				type: 'line',
				...vector,
				'source-layer': 'boundaries',
				paint: { 'line-color': COLOURS.border, 'line-dasharray': [3, 2] }
			},
			{
				id: 'places',
				type: 'symbol',
				...vector,
				'source-layer': 'places',
				filter: kindIs('locality', 'neighbourhood'),
				layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 12 },
				paint: {
					'text-color': COLOURS.label,
					'text-halo-color': COLOURS.labelHalo,
					'text-halo-width': 1.5
				}
			}
		]
	};
}
