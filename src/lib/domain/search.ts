import type { AtlasEvent } from './data/schema';
import { monthName, pad, wallClockAt } from './time/zoned';

/**
 * Finding an event by what a reader remembers of it: words of its title, its place (name,
 * locality, address), or its date typed as people type dates ("13 November", "2015-11-13",
 * "13/11/2015", "Nov 2015"). Matching ignores case and accents, and each word of the query must
 * begin a word of the event ("stad" finds the Stade de France, "ade" does not), so a short query
 * stays precise. The words of every event are prepared once per dataset; a query then costs one
 * pass of `String.includes` over them, fast enough for 100,000 events per keystroke.
 */

/** One event's searchable words, prepared once per dataset. */
export interface SearchIndex {
	/** `' ' + words + ' '` per event, by position (the index's reading order). */
	haystacks: readonly string[];
	/** The same for the title and place name only: a match there ranks first. */
	names: readonly string[];
	events: readonly AtlasEvent[];
}

export interface SearchResult {
	/** The best matches first, at most the `limit` asked for. */
	events: AtlasEvent[];
	/** How many events match in all, beyond the limit too. */
	total: number;
}

/** Results shown at most: a list longer than this is read by nobody; typing more narrows it. */
export const SEARCH_LIMIT = 8;

/**
 * Lower case, accents removed (ligatures and the German ß spelled out), and everything but
 * letters and digits turned into spaces, except a dash between digits, which keeps an ISO date
 * such as 2015-11-13 one word. "Saint-Denis" becomes "saint denis", "Café" "cafe".
 */
export function normalizeText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/[^\p{L}\p{N}-]+/gu, ' ')
		.replace(/(?<!\d)-|-(?!\d)/g, ' ')
		.replace(/ +/g, ' ')
		.trim();
}

/**
 * The date words of an event in its own zone, as precise as its time is known: a month-precision
 * event is found by "March 2016" or "2016-03", never by a day it only nominally starts on.
 */
function dateWords(event: AtlasEvent): string {
	const wall = wallClockAt(event.startMs, event.timeZone);
	if (Number.isNaN(wall.year)) return '';
	const year = String(wall.year);
	if (event.timePrecision === 'year') return year;
	const month = `${year}-${pad(wall.month, 2)}`;
	const named = `${monthName(wall.month, 'long')} ${year}`;
	if (event.timePrecision === 'month') return `${named} ${month}`;
	return `${wall.day} ${named} ${month}-${pad(wall.day, 2)}`;
}

/** Prepares the dataset's events for searching: once per dataset, never per query. */
export function buildSearchIndex(events: readonly AtlasEvent[]): SearchIndex {
	const haystacks: string[] = [];
	const names: string[] = [];
	for (const event of events) {
		const { name, locality, address } = event.place;
		const text = [event.title, name, locality, address ?? '', dateWords(event)].join(' ');
		haystacks.push(` ${normalizeText(text)} `);
		names.push(` ${normalizeText(`${event.title} ${name}`)} `);
	}
	return { haystacks, names, events };
}

const NUMERIC_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

/**
 * The words of a query, each to begin a word of the event. A day-first numeric date, as the
 * atlas's locale writes it (13/11/2015), is read as the ISO date it means.
 */
export function queryWords(query: string): string[] {
	const dated = query
		.trim()
		.split(/\s+/)
		.map((word) => {
			const numeric = NUMERIC_DATE.exec(word);
			if (!numeric) return word;
			const [, day = '', month = '', year = ''] = numeric;
			return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
		})
		.join(' ');
	const normalized = normalizeText(dated);
	return normalized === '' ? [] : normalized.split(' ');
}

function matchesAll(haystack: string, words: readonly string[]): boolean {
	for (const word of words) if (!haystack.includes(` ${word}`)) return false;
	return true;
}

/**
 * The events matching every word of the query: those whose title or place name holds the first
 * word first, then the others, each group in reading order (date order). An empty query finds
 * nothing, rather than everything.
 */
export function searchEvents(
	index: SearchIndex,
	query: string,
	limit: number = SEARCH_LIMIT
): SearchResult {
	const words = queryWords(query);
	if (words.length === 0) return { events: [], total: 0 };
	const first = ` ${words[0]}`;
	const named: AtlasEvent[] = [];
	const others: AtlasEvent[] = [];
	let total = 0;
	for (let i = 0; i < index.haystacks.length; i++) {
		if (!matchesAll(index.haystacks[i] as string, words)) continue;
		total++;
		const event = index.events[i] as AtlasEvent;
		if ((index.names[i] as string).includes(first)) {
			if (named.length < limit) named.push(event);
		} else if (others.length < limit) others.push(event);
	}
	return { events: [...named, ...others].slice(0, limit), total };
}
