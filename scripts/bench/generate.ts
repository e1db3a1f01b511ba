import { parseArgs } from 'node:util';
import { readAtlasInput } from '../../src/lib/server/geodata';
import { generateSyntheticInput, writeGeodata } from './synthetic';

/**
 * Writes a synthetic atlas built from the real one:
 * `tsx scripts/bench/generate.ts --size 10000 --seed 1 --out <dir>`, then build or validate it
 * with `ATLAS_GEODATA_DIR=<dir>`.
 */
const { values } = parseArgs({
	options: {
		size: { type: 'string', default: '10000' },
		seed: { type: 'string', default: '1' },
		out: { type: 'string' }
	}
});

const size = Number(values.size);
const seed = Number(values.seed);
if (!Number.isInteger(size) || size < 1 || !Number.isInteger(seed) || !values.out) {
	console.error(
		'usage: tsx scripts/bench/generate.ts --size <events> --seed <integer> --out <dir>'
	);
	process.exit(1);
}

const input = generateSyntheticInput(readAtlasInput('.'), size, seed);
writeGeodata(values.out, input);
console.log(`Wrote ${size} synthetic events (seed ${seed}) to ${values.out}.`);
