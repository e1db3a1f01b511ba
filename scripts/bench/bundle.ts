import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listFiles } from '../list-files';
import { gzipSync } from 'node:zlib';

export interface JsFile {
	/** Path relative to the site's root. */
	path: string;
	gzipBytes: number;
}

export interface BundleReport {
	/** The atlas's own JavaScript: every .js under _app/immutable/ but MapLibre and workers. */
	own: JsFile[];
	ownGzipBytes: number;
	/**
	 * The atlas's own JavaScript the home page loads before it is interactive: the module scripts
	 * and modulepreloads its HTML names. The map's code and MapLibre follow it, loaded lazily.
	 */
	initial: JsFile[];
	initialGzipBytes: number;
	/** Chunks recognised as MapLibre by their content. */
	maplibre: JsFile[];
	/** Web Worker scripts (MapLibre's or the atlas's), left out of both sums above. */
	workers: JsFile[];
}

/**
 * Strings only MapLibre's bundle holds: its control class names and its licence banner. The
 * atlas's own code refers to neither (its CSS for `.maplibregl-ctrl-attrib` lives in .css).
 */
const MAPLIBRE_MARKERS = ['maplibregl-ctrl-geolocate', 'MapLibre GL JS'];

/** A worker script: in a `workers/` folder, or named like one (maplibre-gl-worker-….mjs). */
function isWorker(path: string): boolean {
	return /(^|[/\\])workers[/\\]/.test(path) || /worker/i.test(path.split(/[/\\]/).pop() ?? '');
}

/** Sorts the site's JavaScript into the atlas's own, MapLibre's and workers', gzip-sized. */
export function measureBundle(siteDir: string): BundleReport {
	const immutable = join(siteDir, '_app', 'immutable');
	const report: BundleReport = {
		own: [],
		ownGzipBytes: 0,
		initial: [],
		initialGzipBytes: 0,
		maplibre: [],
		workers: []
	};
	for (const path of listFiles(immutable)) {
		if (!/\.m?js$/.test(path)) continue;
		const text = readFileSync(path);
		const file = { path: relative(siteDir, path), gzipBytes: gzipSync(text).length };
		const content = text.toString('utf8');
		if (isWorker(file.path)) report.workers.push(file);
		else if (MAPLIBRE_MARKERS.some((marker) => content.includes(marker)))
			report.maplibre.push(file);
		else if (path.endsWith('.js')) report.own.push(file);
	}
	report.ownGzipBytes = report.own.reduce((sum, f) => sum + f.gzipBytes, 0);
	const html = readFileSync(join(siteDir, 'index.html'), 'utf8');
	const named = new Set(
		[...html.matchAll(/(?:href|src)="\.?\/?(_app\/immutable\/[^"]+\.js)"/g)].map((m) => m[1])
	);
	report.initial = report.own.filter((f) => named.has(f.path.split(/[/\\]/).join('/')));
	report.initialGzipBytes = report.initial.reduce((sum, f) => sum + f.gzipBytes, 0);
	return report;
}
