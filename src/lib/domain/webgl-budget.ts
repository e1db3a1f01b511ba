/**
 * How many live maps the embeds of one site keep on one page. Browsers keep only so many WebGL
 * contexts per page (Chrome about 16) and silently take the oldest away beyond that; half of it
 * leaves room for the host page's own graphics and for a map a reader starts by hand.
 */
export const WEBGL_BUDGET = 8;

/**
 * A live map, as the other embeds hear of it. `claimedAt` (epoch ms) orders claims, so two
 * embeds that took the last slot at the same moment agree which one gives it back.
 */
export interface Claim {
	id: string;
	claimedAt: number;
	/** When it was last heard of (epoch ms): a claim not renewed has gone with its page. */
	seenAt: number;
	/** Started by the reader's click: it keeps its map even beyond the budget. */
	forced: boolean;
}

/** The others' live maps by embed id. */
export type Claims = ReadonlyMap<string, Claim>;

/** The claims heard of within `ttlMs` of `now`: an embed that vanished stops counting. */
export function forgetStale(claims: Claims, now: number, ttlMs: number): Map<string, Claim> {
	return new Map([...claims].filter(([, claim]) => now - claim.seenAt <= ttlMs));
}

/** Whether a new map may start: fewer live maps than the budget. */
export function hasFreeSlot(claims: Claims, budget = WEBGL_BUDGET): boolean {
	return claims.size < budget;
}

function byAge(a: Claim, b: Claim): number {
	return a.claimedAt - b.claimedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Whether `own` must give its slot back: more maps are live than the budget and `own` is among
 * the latest claims beyond it. Every embed decides from the same claims, so exactly the
 * newest ones yield. A map the reader asked for never yields.
 */
export function mustYield(own: Claim, others: Claims, budget = WEBGL_BUDGET): boolean {
	if (own.forced) return false;
	const all = [...others.values()].filter((c) => c.id !== own.id);
	all.push(own);
	all.sort(byAge);
	return all.indexOf(own) >= budget;
}

/**
 * What an embed's live map should do when it has been out of view: give its slot back once it
 * has been away `releaseAfterMs`, or at once when another embed is waiting for a slot.
 */
export function shouldRelease(
	outOfViewSince: number | null,
	now: number,
	options: { releaseAfterMs: number; someoneWaiting: boolean }
): boolean {
	if (outOfViewSince === null) return false;
	return options.someoneWaiting || now - outOfViewSince >= options.releaseAfterMs;
}
