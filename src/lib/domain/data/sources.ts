import { DateTime } from 'luxon';
import type { Source } from './schema';

function formatDay(iso: string): string {
	return DateTime.fromISO(iso, { zone: 'UTC' }).setLocale('en-GB').toFormat('d LLLL yyyy');
}

/**
 * When a source was written, never claiming more than is known: "17 November 2015" or
 * "between 19 November 2015 and 17 March 2016", marked when inferred from the text.
 */
export function formatWrittenDate(source: Source): string {
	const { from, to, inferred } = source.written;
	const span = from === to ? formatDay(from) : `between ${formatDay(from)} and ${formatDay(to)}`;
	return inferred ? `written ${span} (inferred)` : `written ${span}`;
}
