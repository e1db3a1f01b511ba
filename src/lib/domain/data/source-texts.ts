import { MAX_SOURCE_TEXT_LENGTH } from './limits';
import { QuoteDiagnosis } from './quote-diagnosis';
import { matchQuoteIn, prepareSourceText, type PreparedText, type QuoteMatch } from './quotes';
import type { Source } from './schema';

/**
 * The source texts of one validation run, looked up by source id. Each text is normalised for
 * quote lookup at most once, the first time a quote cites it, so checking every quote of every
 * event costs one pass over each text plus one search per quote. Lookups go through `Map`s,
 * never through plain objects, so no id or file name can reach an object's prototype.
 */
export class SourceTexts {
	/** Source id to the name of its text file; a later duplicate id wins, as in a `Map`. */
	private readonly fileOf = new Map<string, string>();
	private readonly texts: ReadonlyMap<string, string>;
	private readonly prepared = new Map<string, PreparedText>();
	private readonly diagnoses = new Map<string, QuoteDiagnosis>();

	constructor(
		sources: readonly Source[],
		/** The id of every entry of sources.json, valid or not. */
		private readonly listed: ReadonlySet<string>,
		texts: Readonly<Record<string, string>>
	) {
		for (const source of sources) this.fileOf.set(source.id, source.file);
		this.texts = new Map(Object.entries(texts));
	}

	/** Whether `id` is listed in sources.json (whether or not that entry or its text is valid). */
	has(id: string): boolean {
		return this.listed.has(id);
	}

	private preparedText(id: string): PreparedText | undefined {
		const file = this.fileOf.get(id);
		if (file === undefined) return undefined;
		let prepared = this.prepared.get(file);
		if (prepared === undefined) {
			const text = this.texts.get(file);
			// A missing or oversized text is reported once, on sources.json, not on each quote.
			if (typeof text !== 'string' || text.length > MAX_SOURCE_TEXT_LENGTH) return undefined;
			prepared = prepareSourceText(text);
			this.prepared.set(file, prepared);
		}
		return prepared;
	}

	/**
	 * How `quote` is found in source `id`'s text (see `matchQuoteIn`); undefined when the
	 * source is unknown or invalid or its text is missing or too long, reported elsewhere.
	 */
	match(id: string, quote: string): QuoteMatch | undefined {
		const prepared = this.preparedText(id);
		return prepared && matchQuoteIn(prepared, quote);
	}

	/** Why `quote` failed as `match` says, in words (see `QuoteDiagnosis`). */
	explain(id: string, quote: string, match: QuoteMatch): string | undefined {
		const prepared = this.preparedText(id);
		const file = this.fileOf.get(id);
		if (prepared === undefined || file === undefined) return undefined;
		let diagnosis = this.diagnoses.get(file);
		if (diagnosis === undefined) {
			diagnosis = new QuoteDiagnosis(prepared);
			this.diagnoses.set(file, diagnosis);
		}
		return diagnosis.explain(quote, match);
	}
}
