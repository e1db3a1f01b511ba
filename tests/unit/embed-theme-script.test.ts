import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEmbedFlags } from '../../src/lib/domain/embed-flags';

/** Runs the embed's early theme script against a page address; returns the theme it set. */
function runEarlyScript(search: string): string | undefined {
	const source = readFileSync('static/embed-theme.js', 'utf8');
	const documentElement = { dataset: {} as Record<string, string> };
	new Function('location', 'document', source)({ search }, { documentElement });
	return documentElement.dataset.theme;
}

describe('the embed’s early theme script (static/embed-theme.js)', () => {
	it('draws the page dark before it loads exactly when parseEmbedFlags says dark', () => {
		const addresses = [
			'',
			'?theme=dark',
			'?event=x&theme=dark&static=1',
			'?theme=light',
			'?theme=Dark',
			'?theme=dark%20',
			'?theme=',
			'?theme=dark&theme=light',
			'?theme=light&theme=dark',
			'?Theme=dark'
		];
		for (const search of addresses) {
			expect(runEarlyScript(search) ?? 'light', search).toBe(parseEmbedFlags(search).theme);
		}
	});
});
