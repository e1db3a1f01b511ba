import type { HostProblemKind } from '$lib/domain/host-messages';

/**
 * Console warnings about refused host messages, once per kind of problem for the page's
 * lifetime: a developer sees what is wrong with their messages, and a host (or an attacker)
 * posting thousands of bad ones cannot flood the reader's console.
 */
export function createHostWarnings(): (kind: HostProblemKind | 'event', detail: string) => void {
	const seen = new Set<string>();
	return (kind, detail) => {
		if (seen.has(kind)) return;
		seen.add(kind);
		console.warn(
			`Atlas embed: a host message was ignored [${kind}] (${detail}). Later problems of this kind are not reported.`
		);
	};
}
