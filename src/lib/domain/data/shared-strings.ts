/**
 * Strings up to this length are shared. Ids, categories, zones, country codes, precisions,
 * place and source names repeat across events and are short; a quote or a description is long
 * and rarely repeats, and hashing it would cost more than it could save.
 */
export const SHARED_STRING_MAX_LENGTH = 64;

/**
 * Returns a function that gives every short string in what it is handed (deeply: arrays and
 * plain objects, changed in place) one shared copy per content, across all the calls made to it.
 *
 * Why: events posted from a worker arrive as a structured clone, which copies every string
 * value anew: at 10,000 events the page held 6,685 copies of "Europe/Paris" and 7,758 of
 * "attack", three short strings in four a needless copy. A larger heap makes every full garbage
 * collection longer, and at 100,000 events those collections were the page's longest tasks
 * during slider steps. Values are left as they were: equal strings are indistinguishable in JS.
 */
export function createStringSharer(maxLength = SHARED_STRING_MAX_LENGTH): <T>(value: T) => T {
	const pool = new Map<string, string>();
	const share = (value: unknown): unknown => {
		if (typeof value === 'string') {
			if (value.length > maxLength) return value;
			const known = pool.get(value);
			if (known !== undefined) return known;
			pool.set(value, value);
			return value;
		}
		if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) value[i] = share(value[i]);
		} else if (value !== null && typeof value === 'object') {
			const record = value as Record<string, unknown>;
			for (const key of Object.keys(record)) record[key] = share(record[key]);
		}
		return value;
	};
	return <T>(value: T) => share(value) as T;
}
