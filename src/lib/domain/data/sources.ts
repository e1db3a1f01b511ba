import { isValid, parseISO } from 'date-fns';
import type { Source } from './schema';
import { INVALID_TIME, monthName } from '../time/zoned';

/** `17 November 2015` from `2015-11-17`: a calendar date, in no zone at all. */
function formatDay(iso: string): string {
	const day = parseISO(`${iso}T00:00Z`);
	if (!isValid(day)) return INVALID_TIME;
	const year = String(day.getUTCFullYear()).padStart(4, '0');
	return `${day.getUTCDate()} ${monthName(day.getUTCMonth() + 1, 'long')} ${year}`;
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
