import { base } from '$app/paths';
import { readSite } from '$lib/server/site';

/** Every page's head tags (PageMeta) need the site's public address and name. */
export function load() {
	return { site: readSite(base) };
}
