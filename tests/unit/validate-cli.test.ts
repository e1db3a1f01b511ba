import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function runValidate(...args: string[]) {
	const result = spawnSync('node_modules/.bin/tsx', ['scripts/validate.ts', ...args], {
		encoding: 'utf8'
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const FIXTURE_ARGS = [
	'--meta=tests/fixtures/atlas/atlas.json',
	'--sources=tests/fixtures/atlas/sources.json',
	'--texts=tests/fixtures/atlas/sources'
];

describe('npm run validate', () => {
	it('passes on the project’s geodata/', () => {
		const { status, stdout } = runValidate();
		expect(status).toBe(0);
		expect(stdout).toMatch(/^Atlas data is valid: \d+ events, \d+ sources\.$/m);
	});

	it('prints each error on its own line and exits non-zero', () => {
		const { status, stderr } = runValidate(
			...FIXTURE_ARGS,
			'--events=tests/fixtures/invalid/end-before-start.geojson'
		);
		expect(status).toBe(1);
		expect(stderr).toContain(
			'tests/fixtures/invalid/end-before-start.geojson › 2015-11-13-test-event (#0) › properties.end: expected a time on or after the start'
		);
		expect(stderr).toContain('1 error(s): the atlas data is invalid.');
	});

	it('says which file is not JSON', () => {
		const { status, stderr } = runValidate(
			...FIXTURE_ARGS,
			'--events=tests/fixtures/invalid/malformed-json.geojson'
		);
		expect(status).toBe(1);
		expect(stderr).toMatch(/malformed-json\.geojson: could not read as JSON/);
	});
});
