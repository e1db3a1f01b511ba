import { accessSync, constants } from 'node:fs';

/**
 * The end-to-end tests drive Debian's Chromium, never a downloaded build. A missing browser is
 * a hard failure with instructions, never a silent skip that would pass off as green.
 */
export function resolveChromium(): string {
	const candidate = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	try {
		accessSync(candidate, constants.X_OK);
		return candidate;
	} catch {
		throw new Error(
			`No Chromium found at ${candidate}. Install it with "sudo apt-get install chromium" ` +
				'or set CHROMIUM_PATH to a Chromium executable.'
		);
	}
}
