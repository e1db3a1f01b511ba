import { createHash } from 'node:crypto';
import { buildAtlasIndex, type AtlasIndex } from '$lib/domain/atlas-index';
import type { DatasetEnvelope } from '$lib/domain/data/envelope';
import { formatValidationError, validateAtlas } from '$lib/domain/data/validate';
import { readAtlasInput } from './geodata';
import { buildMapFiles, type MapFile } from './map-files';
import type { AtlasMapData } from '$lib/map/features';
import type { MapBasics } from '$lib/map/map-sources';

/** The dataset as the build ships it: checked, indexed, and serialised under a content hash. */
export interface BuiltDataset {
	index: AtlasIndex;
	/** The dataset file's contents: the validated raw inputs (see `DatasetEnvelope`). */
	json: string;
	/** `atlas.<hash>.json`: a new name whenever the data changes, so it can be cached forever. */
	fileName: string;
	/** The map's prepared source files, served next to the dataset file. */
	mapFiles: MapFile[];
	mapBasics: MapBasics;
	/** The map's sources for every event, which the poster and the handout's map draw. */
	mapData: AtlasMapData;
}

let built: BuiltDataset | undefined;

/**
 * Reads and validates `geodata/` (or `ATLAS_GEODATA_DIR`) once per build. Invalid data stops the
 * build with every error listed, one per line.
 */
export function loadBuiltDataset(base = ''): BuiltDataset {
	if (built) return built;
	const input = readAtlasInput('.');
	const result = validateAtlas(input);
	if (!result.ok) {
		throw new Error(`Invalid atlas data:\n${result.errors.map(formatValidationError).join('\n')}`);
	}
	const envelope: DatasetEnvelope = input;
	const json = JSON.stringify(envelope);
	const hash = createHash('sha256').update(json).digest('hex').slice(0, 16);
	const index = buildAtlasIndex(result.data);
	const map = buildMapFiles(index, base);
	built = {
		index,
		json,
		fileName: `atlas.${hash}.json`,
		mapFiles: map.files,
		mapBasics: map.basics,
		mapData: map.data
	};
	return built;
}
