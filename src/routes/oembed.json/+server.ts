import { base } from '$app/paths';
import { buildOembed } from '$lib/domain/embed-code';
import { readSite } from '$lib/server/site';

export const prerender = true;

/**
 * The site's oEmbed document, a static file. oEmbed needs absolute addresses: without
 * `PUBLIC_SITE_URL` the answer is "204 No Content", which the prerenderer writes no file for
 * (and the pages carry no discovery link to it).
 */
export function GET() {
	const site = readSite(base);
	if (site.root === null) return new Response(null, { status: 204 });
	return new Response(JSON.stringify(buildOembed(site.root, site.name), null, '\t'), {
		headers: { 'content-type': 'application/json' }
	});
}
