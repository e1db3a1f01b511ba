import { LOCALE } from './locale';

/**
 * The poster's text alternative (the image has no words of its own): what it shows, from the
 * data, in neutral terms. `countries` are the names the map tints, in any order.
 */
export function describePoster(eventCount: number, countries: readonly string[]): string {
	const events = eventCount === 1 ? 'the one event' : `the ${eventCount} events`;
	const names = [...countries].sort((a, b) => a.localeCompare(b, LOCALE));
	const where =
		names.length === 0
			? ''
			: ` in ${new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(names)}`;
	const each = eventCount === 1 ? '' : 'each ';
	return `Still map of ${events} of this atlas${where}, ${each}drawn as a dot coloured by its category.`;
}
