import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { loadBuiltDataset } from '$lib/server/dataset';

export const prerender = true;

/** The dataset file and the map's source files, each under a content-hashed name. */
function listFiles(): Map<string, { json: string; type: string }> {
	const dataset = loadBuiltDataset(base);
	const files = new Map([[dataset.fileName, { json: dataset.json, type: 'application/json' }]]);
	for (const file of dataset.mapFiles) {
		files.set(file.fileName, { json: file.json, type: 'application/geo+json' });
	}
	return files;
}

export function entries() {
	return [...listFiles().keys()].map((file) => ({ file }));
}

export function GET({ params }) {
	const file = listFiles().get(params.file);
	if (!file) error(404, 'No such data file');
	return new Response(file.json, { headers: { 'content-type': file.type } });
}
