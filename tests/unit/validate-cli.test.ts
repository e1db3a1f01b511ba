import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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

// Each run starts tsx, a second or two on a busy machine: allow for it.
const SLOW = { timeout: 30_000 };

describe('npm run validate', SLOW, () => {
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

describe('npm run validate, never a stack trace', SLOW, () => {
	/** Lines of a Node stack trace: `    at fn (file:line:col)`. */
	const STACK_LINE = /^\s+at /m;

	it('answers a mistyped option with a short usage message and status 2', () => {
		const { status, stdout, stderr } = runValidate('--evnts=drafts/events.geojson');
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/^Unknown option '--evnts' \(did you mean --events\?\)\n/);
		expect(stderr).toContain('usage: npm run validate -- [--events <file>]');
		expect(stderr).not.toMatch(STACK_LINE);
	});

	it('answers a stray argument or a missing value with the usage message too', () => {
		for (const args of [['drafts/events.geojson'], ['--events']]) {
			const { status, stderr } = runValidate(...args);
			expect(status, args.join(' ')).toBe(2);
			expect(stderr).toContain('usage: npm run validate');
			expect(stderr).not.toMatch(STACK_LINE);
		}
	});

	it('prints the usage message on --help and exits 0', () => {
		const { status, stdout } = runValidate('--help');
		expect(status).toBe(0);
		expect(stdout).toMatch(/^usage: npm run validate/);
	});

	it('names every file it could not read, and why, in one run', () => {
		const { status, stderr } = runValidate(
			'--events=drafts/no-such-events.geojson',
			'--sources=tests/fixtures/atlas',
			'--texts=tests/fixtures/no-such-folder'
		);
		expect(status).toBe(1);
		expect(stderr.trim().split('\n')).toEqual([
			'drafts/no-such-events.geojson: could not read the file (no such file or folder)',
			'tests/fixtures/atlas: could not read the file (is a folder, not a file)',
			'tests/fixtures/no-such-folder: could not list the source texts (no such file or folder)'
		]);
	});

	it('names a byte order mark instead of an invisible unexpected token', () => {
		const { status, stderr } = runValidate(
			...FIXTURE_ARGS,
			'--events=tests/fixtures/invalid/byte-order-mark.geojson'
		);
		expect(status).toBe(1);
		expect(stderr.trim()).toBe(
			'tests/fixtures/invalid/byte-order-mark.geojson: the file starts with a UTF-8 byte order mark (EF BB BF); save it as UTF-8 without one'
		);
	});

	it('reports an array nested 100,000 deep as an error, not a crash', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-validate-'));
		const file = join(dir, 'events.geojson');
		writeFileSync(
			file,
			`{"type":"FeatureCollection","features":${'['.repeat(1e5)}${']'.repeat(1e5)}}`
		);
		try {
			const { status, stderr } = runValidate(...FIXTURE_ARGS, `--events=${file}`);
			expect(status).toBe(1);
			expect(stderr).toContain(`${relative('.', file)} › #0 › (root): expected object, got [[[[`);
			expect(stderr).not.toMatch(STACK_LINE);
		} finally {
			rmSync(dir, { recursive: true });
		}
	});
});
