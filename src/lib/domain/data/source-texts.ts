import { locateQuoteIn, prepareSourceText, type PreparedText } from './quotes';
import type { Source } from './schema';

/**
 * The source texts of one validation run, looked up by source id. Each text is normalised for
 * quote lookup at most once, the first time a quote cites it, so checking every quote of every
 * event costs one pass over each text plus one search per quote.
 */
export class SourceTexts {
	/** Source id to the name of its text file; a later duplicate id wins, as in a `Map`. */
	private readonly fileOf = new Map<string, string>();
	private readonly prepared = new Map<string, PreparedText>();

	constructor(
		sources: readonly Source[],
		private readonly texts: Readonly<Record<string, string>>
	) {
		for (const source of sources) this.fileOf.set(source.id, source.file);
	}

	/** Whether `id` is a source listed in sources.json (whether or not its text exists). */
	has(id: string): boolean {
		return this.fileOf.has(id);
	}

	/**
	 * Whether `quote` is a verbatim excerpt of source `id`'s text, as `locateQuote` judges it;
	 * undefined when the source is unknown or its text is missing, which is reported elsewhere.
	 */
	quotes(id: string, quote: string): boolean | undefined {
		const file = this.fileOf.get(id);
		if (file === undefined) return undefined;
		let prepared = this.prepared.get(file);
		if (prepared === undefined) {
			const text = this.texts[file];
			if (text === undefined) return undefined;
			prepared = prepareSourceText(text);
			this.prepared.set(file, prepared);
		}
		return locateQuoteIn(prepared, quote) !== null;
	}
}
