import type { AtlasIndex } from './atlas-index';
import type { AtlasEvent, Source } from './data/schema';
import { formatWrittenDate } from './data/sources';
import type { Category } from './data/vocabulary';
import { describeZone, formatLocalClock, formatLocalDate } from './time/local-time';
import { CATEGORY_LABEL, SOURCE_KIND_LABEL, countryName } from './wording';

/**
 * Which events a handout holds, in which order: every event in reading order when absent, or a
 * story's steps (ids in the story's order, repeats kept once). Kept apart from the page so a
 * story's `/print` can pass its own list without the handout knowing what a story is.
 */
export interface HandoutSelection {
	eventIds?: readonly string[];
}

/** A quote as a handout prints it: the words, then who wrote them, what kind of text, when. */
export interface HandoutQuote {
	text: string;
	sourceTitle: string;
	sourceKind: string;
	/** "written 17 November 2015", or "written between … (inferred)" when the date is inferred. */
	written: string;
}

/** One line of the chronological table, with the event's quotes for the pages that follow it. */
export interface HandoutRow {
	id: string;
	/** 1, 2, 3…: the same number in the table and above the event's quotes. */
	number: number;
	/** The local date at the precision known: "Friday 13 November 2015", "2014". */
	date: string;
	/** "21:40 Paris time", "about 21:00 Paris time", or null when the hour is not known. */
	time: string | null;
	place: string;
	category: Category;
	categoryLabel: string;
	title: string;
	quotes: HandoutQuote[];
}

export interface Handout {
	rows: HandoutRow[];
	/** The sources the rows quote, in the dataset's order of sources. */
	sources: Source[];
	/** Ids asked for that the dataset does not hold, so the page can say so instead of failing. */
	missing: string[];
}

/**
 * "Le Bataclan, 50 boulevard Voltaire, 75011 Paris, France": the place as precisely as the data
 * says, each part once. The locality is left out where a part before it already names it (an
 * address with its postcode and town, a place called after its city), since a table cell has
 * no room to say "Paris" twice.
 */
function describePlace(event: AtlasEvent): string {
	const { name, address, locality, country } = event.place;
	const parts: string[] = [];
	for (const part of [name, address, locality, countryName(country)]) {
		if (part === undefined || part === '') continue;
		if (parts.some((earlier) => containsWords(earlier, part))) continue;
		parts.push(part);
	}
	return parts.join(', ');
}

/** Whether `words` stand in `text` as whole words, so "Paris" is in "75011 Paris" but not in "Parisian". */
function containsWords(text: string, words: string): boolean {
	const haystack = text.toLocaleLowerCase('en');
	const needle = words.toLocaleLowerCase('en');
	const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
	for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
		if (!isLetter(haystack[at - 1]) && !isLetter(haystack[at + needle.length])) return true;
	}
	return false;
}

/** The local clock time with its zone named, since a handout is read far from the place. */
function describeTime(event: AtlasEvent): string | null {
	const clock = formatLocalClock(event.startMs, event.timeZone, event.timePrecision);
	return clock === null ? null : `${clock} ${describeZone(event.timeZone)}`;
}

function chooseEvents(index: AtlasIndex, selection: HandoutSelection) {
	if (selection.eventIds === undefined) return { events: [...index.events], missing: [] };
	const events: AtlasEvent[] = [];
	const missing: string[] = [];
	for (const id of new Set(selection.eventIds)) {
		const event = index.byId.get(id);
		if (event) events.push(event);
		else missing.push(id);
	}
	return { events, missing };
}

/**
 * What a printed handout lists: the chosen events in order as table rows, each with its quotes
 * and their citations, and the sources those quotes come from. Pure, so the page only lays it
 * out and a story's handout can reuse it with its own selection.
 */
export function buildHandout(index: AtlasIndex, selection: HandoutSelection = {}): Handout {
	const { events, missing } = chooseEvents(index, selection);
	const cited = new Set<string>();
	const rows = events.map((event, i): HandoutRow => {
		const quotes = event.quotes.flatMap((quote): HandoutQuote[] => {
			const source = index.sourcesById.get(quote.source);
			// The validator refuses a quote of an unknown source; a row never invents one.
			if (!source) return [];
			cited.add(source.id);
			return [
				{
					text: quote.text,
					sourceTitle: source.title,
					sourceKind: SOURCE_KIND_LABEL[source.kind],
					written: formatWrittenDate(source)
				}
			];
		});
		return {
			id: event.id,
			number: i + 1,
			date: formatLocalDate(event.startMs, event.timeZone, event.timePrecision),
			time: describeTime(event),
			place: describePlace(event),
			category: event.category,
			categoryLabel: CATEGORY_LABEL[event.category],
			title: event.title,
			quotes
		};
	});
	return { rows, sources: index.sources.filter((s) => cited.has(s.id)), missing };
}
