import { formatCount } from './limits';
import type { ValidationError } from './validation-errors';

/**
 * Collapses a cascade: one unknown source id cited by 85 quotes is one mistake, so it is
 * reported once, at its first citation, with the number of citations. Errors keep their place
 * in the list (file order), and only the count of the first one changes as more are found.
 */
export class ReferenceTally {
	private readonly first = new Map<string, { error: ValidationError; count: number }>();

	constructor(
		private readonly errors: ValidationError[],
		/** How the citations are counted in the detail: "cited", "named as parent or link". */
		private readonly verb: string
	) {}

	/** Records one reference to a missing `target`; `error` is reported only for the first. */
	note(target: string, error: () => ValidationError) {
		const seen = this.first.get(target);
		if (seen !== undefined) {
			seen.count++;
			seen.error.detail = `${this.verb} ${formatCount(seen.count)} times in this file; only the first is listed`;
			return;
		}
		const reported = error();
		this.errors.push(reported);
		this.first.set(target, { error: reported, count: 1 });
	}
}
