/**
 * Which host pages may drive an embed. By default any page may: the host API can do no more
 * than a reader or a link can (select an event, move time), and an embed is meant to be put
 * anywhere. A site may narrow that at build time (`PUBLIC_EMBED_HOST_ORIGINS`), and an embed
 * code further with its own `hostOrigin` parameter, which can never widen what the site allows.
 */
export type AllowedOrigins = { kind: 'any' } | { kind: 'list'; origins: readonly string[] };

/** More origins than any real embed code names: the rest are ignored. */
const MAX_ORIGINS = 8;

/**
 * Reads a list of origins (`https://news.example https://www.news.example`, comma or space
 * separated). Each must be an http(s) origin exactly, without a path; anything else is reported
 * and left out. Empty or absent text means no restriction.
 */
export function parseOriginList(text: string | null | undefined): {
	origins: string[] | null;
	problems: string[];
} {
	const items = (text ?? '').split(/[\s,]+/).filter(Boolean);
	if (items.length === 0) return { origins: null, problems: [] };
	const origins: string[] = [];
	const problems: string[] = [];
	for (const item of items.slice(0, MAX_ORIGINS)) {
		const origin = originOf(item);
		if (origin) origins.push(origin);
		else problems.push(`${item.slice(0, 100)} is not an origin such as https://news.example`);
	}
	if (items.length > MAX_ORIGINS) problems.push(`only the first ${MAX_ORIGINS} origins are used`);
	return { origins, problems };
}

function originOf(text: string): string | null {
	try {
		const url = new URL(text);
		const bare = text.replace(/\/$/, '');
		return /^https?:$/.test(url.protocol) && url.origin === bare ? url.origin : null;
	} catch {
		return null;
	}
}

/**
 * The origins an embed listens to: the site's list narrowed by the embed code's. Where both
 * name origins, only those in both remain (possibly none: the embed then obeys no host).
 */
export function resolveAllowedOrigins(
	site: string[] | null,
	embedCode: string[] | null
): AllowedOrigins {
	if (!site && !embedCode) return { kind: 'any' };
	if (!site) return { kind: 'list', origins: embedCode! };
	if (!embedCode) return { kind: 'list', origins: site };
	return { kind: 'list', origins: embedCode.filter((origin) => site.includes(origin)) };
}

export function isOriginAllowed(allowed: AllowedOrigins, origin: string): boolean {
	return allowed.kind === 'any' || allowed.origins.includes(origin);
}

/**
 * Where the embed's own messages may go: `*` when any host may listen (they say only what the
 * reader sees: heights, the selected event, the time); else the host page's origin if it is
 * allowed, and nowhere while that origin is unknown or not allowed (a browser logs an error for
 * a message posted to an origin the parent does not have, so guessing is not an option).
 */
export function targetOrigins(allowed: AllowedOrigins, hostOrigin: string | null): string[] {
	if (allowed.kind === 'any') return ['*'];
	return hostOrigin !== null && allowed.origins.includes(hostOrigin) ? [hostOrigin] : [];
}
