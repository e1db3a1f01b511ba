import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	ALLOWED_LICENCES,
	DEPENDENCIES_FILE,
	formatDependencies,
	listShippedPackages
} from '../../scripts/supply-chain/dependencies';

const packages = listShippedPackages('.');

describe('the dependencies the site ships', () => {
	it('include every production dependency package.json names', () => {
		const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
			dependencies: Record<string, string>;
		};
		const names = new Set(packages.map((p) => p.name));
		expect(Object.keys(manifest.dependencies).filter((name) => !names.has(name))).toEqual([]);
	});

	it('carry only allowed licences', () => {
		const refused = packages
			.filter((p) => !ALLOWED_LICENCES.has(p.licence))
			.map((p) => `${p.name}@${p.version}: ${p.licence}`);
		expect(refused).toEqual([]);
	});

	it('are pinned with a sha512 integrity hash that npm checks every tarball against', () => {
		const loose = packages.filter((p) => !p.integrity?.startsWith('sha512-')).map((p) => p.name);
		expect(loose).toEqual([]);
	});

	it('are listed, as they are now, in docs/DEPENDENCIES.md (npm run dependencies)', async () => {
		const expected = await formatDependencies(packages);
		expect(readFileSync(DEPENDENCIES_FILE, 'utf8')).toBe(expected);
	});
});
