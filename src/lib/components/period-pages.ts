import { resolve } from '$app/paths';
import type { AtlasEvent } from '$lib/domain/data/schema';
import { localPeriodKey } from '$lib/domain/time/timeline';

/*
 * The pages without JavaScript that list the events month by month. Apart from
 * StaticEventList.svelte, so that the home page's links to them (PeriodLinks) do not bring the
 * cards of the list into the page's first scripts.
 */

/**
 * The page without JavaScript an event is listed on: its local month (`2015-11`), or its year
 * (`2014`) when it is known only to the year.
 */
export function periodKeyOf(event: AtlasEvent): string {
	return localPeriodKey(event).slice(0, 7);
}

/** The address of a period's page, with the trailing slash its folder needs. */
export function periodHref(key: string) {
	return resolve(`/events/${key}/`);
}
