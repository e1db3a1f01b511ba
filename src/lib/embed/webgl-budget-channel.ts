import {
	forgetStale,
	hasFreeSlot,
	mustYield,
	WEBGL_BUDGET,
	type Claim
} from '$lib/domain/webgl-budget';

/**
 * One channel per site: every embed of this atlas on a page hears the others (a channel joins
 * same-origin documents of the same browser, and a third-party iframe's is keyed by the page it
 * is on, so the embeds of one article hear each other and nobody else).
 */
const CHANNEL_NAME = 'event-atlas:webgl-budget';
/** A live map says so this often; a claim not heard of for `CLAIM_TTL_MS` is forgotten. */
const HEARTBEAT_MS = 1000;
const CLAIM_TTL_MS = 3500;
/** How long a new embed listens for the others' claims before it takes a slot. */
const SETTLE_MS = 150;

type Message =
	| { kind: 'hello' }
	| { kind: 'claim'; id: string; claimedAt: number; forced: boolean }
	| { kind: 'release'; id: string }
	| { kind: 'waiting'; id: string };

export interface BudgetHandlers {
	/** The slot asked for with `request` is this embed's: start the map. */
	ongrant: () => void;
	/** Too many maps started at once and this one is among the newest: go back to the poster. */
	onyield: () => void;
	/** Another embed waits for a slot: give this one back if it is out of view. */
	onwaiting: () => void;
}

export interface WebGLBudget {
	/** Asks for a slot; `forced` (the reader clicked) takes one even beyond the budget. */
	request: (forced: boolean) => void;
	/** No longer wants a slot it has not been given (scrolled away before it came). */
	cancel: () => void;
	/** Gives the slot back, the map having been removed. */
	release: () => void;
	leave: () => void;
}

function openChannel(): BroadcastChannel | null {
	try {
		return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : null;
	} catch {
		// An opaque-origin sandbox may refuse it: the embed then behaves as if it were alone.
		return null;
	}
}

/**
 * Joins the page's WebGL budget (see `WEBGL_BUDGET`). Where there is no channel, every request
 * is granted at once: the plain behaviour of a map that loads when asked for.
 */
export function joinWebGLBudget(handlers: BudgetHandlers): WebGLBudget {
	const channel = openChannel();
	if (!channel) {
		return {
			request: () => queueMicrotask(handlers.ongrant),
			cancel() {},
			release() {},
			leave() {}
		};
	}
	const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
	let claims = new Map<string, Claim>();
	let own: Claim | null = null;
	let wanted: { forced: boolean } | null = null;
	let settled = false;
	const post = (message: Message) => channel.postMessage(message);
	const postClaim = (claim: Claim) =>
		post({ kind: 'claim', id, claimedAt: claim.claimedAt, forced: claim.forced });

	function tryGrant() {
		if (!wanted || own || (!settled && !wanted.forced)) return;
		if (!hasFreeSlot(claims)) {
			// Maps out of view make room; a map the reader asked for starts anyway.
			post({ kind: 'waiting', id });
			if (!wanted.forced) return;
		}
		const now = Date.now();
		own = { id, claimedAt: now, seenAt: now, forced: wanted.forced };
		wanted = null;
		postClaim(own);
		handlers.ongrant();
	}

	channel.onmessage = ({ data }: MessageEvent<Message | null>) => {
		if (typeof data !== 'object' || data === null) return;
		if (data.kind === 'hello') {
			if (own) postClaim(own);
		} else if (data.kind === 'claim') {
			const { claimedAt, forced } = data;
			claims.set(data.id, { id: data.id, claimedAt, forced, seenAt: Date.now() });
			if (own && mustYield(own, claims, WEBGL_BUDGET)) {
				own = null;
				post({ kind: 'release', id });
				handlers.onyield();
			}
		} else if (data.kind === 'release') {
			claims.delete(data.id);
			tryGrant();
		} else if (data.kind === 'waiting') {
			handlers.onwaiting();
		}
	};
	post({ kind: 'hello' });
	const settle = setTimeout(() => {
		settled = true;
		tryGrant();
	}, SETTLE_MS);
	const heartbeat = setInterval(() => {
		claims = forgetStale(claims, Date.now(), CLAIM_TTL_MS);
		if (own) postClaim(own);
		tryGrant();
	}, HEARTBEAT_MS);

	const release = () => {
		wanted = null;
		if (!own) return;
		own = null;
		post({ kind: 'release', id });
	};
	// A page closing or going into the back/forward cache gives its slot back at once.
	addEventListener('pagehide', release);
	return {
		request(forced) {
			if (own) return;
			wanted = { forced: forced || (wanted?.forced ?? false) };
			tryGrant();
		},
		cancel() {
			if (!wanted?.forced) wanted = null;
		},
		release,
		leave() {
			release();
			clearTimeout(settle);
			clearInterval(heartbeat);
			removeEventListener('pagehide', release);
			channel.close();
		}
	};
}
