import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { ALLOWED_LICENCES, listShippedPackages, renderDependencies } from './dependencies';

/** `npm run dependencies`: writes docs/DEPENDENCIES.md and refuses unknown licences. */
const target = 'docs/DEPENDENCIES.md';
const packages = listShippedPackages('.');
const refused = packages.filter((p) => !ALLOWED_LICENCES.has(p.licence));
const markdown = await format(renderDependencies(packages), {
	...(await resolveConfig(target)),
	filepath: target
});
writeFileSync(target, markdown);
console.log(`dependencies: wrote ${target} (${packages.length} production packages)`);
if (refused.length > 0) {
	for (const p of refused) console.error(`dependencies: ${p.name}@${p.version} is ${p.licence}`);
	process.exit(1);
}
