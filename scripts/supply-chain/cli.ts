import { writeFileSync } from 'node:fs';
import {
	ALLOWED_LICENCES,
	DEPENDENCIES_FILE,
	formatDependencies,
	listShippedPackages
} from './dependencies';

/** `npm run dependencies`: writes docs/DEPENDENCIES.md and refuses unknown licences. */
const packages = listShippedPackages('.');
const refused = packages.filter((p) => !ALLOWED_LICENCES.has(p.licence));
writeFileSync(DEPENDENCIES_FILE, await formatDependencies(packages));
console.log(`dependencies: wrote ${DEPENDENCIES_FILE} (${packages.length} production packages)`);
if (refused.length > 0) {
	for (const p of refused) console.error(`dependencies: ${p.name}@${p.version} is ${p.licence}`);
	process.exit(1);
}
