/**
 * Time-zone names as the validator accepts them: known to the runtime and spelt as the tz
 * database spells them. `Intl` accepts `europe/paris` as readily as `Europe/Paris`, but the
 * page writes the name where readers see it ("paris time"), so a misspelling is refused with
 * the right spelling offered.
 */

/** What an unknown zone name is expected to be. */
export const UNKNOWN_ZONE = 'an IANA time zone such as Europe/Paris';

/** The verdict on one zone name: accepted, or the expectation an error should state. */
export type ZoneNameCheck = { ok: true } | { ok: false; expected: string };

/** The tz database starts each part of a name with a capital: Europe/Paris, Etc/GMT+1, UTC. */
const TZ_CAPITALS = /^[A-Z][^/]*(?:\/[A-Z][^/]*)*$/;

/**
 * Names already resolved, since building an `Intl` formatter costs far more than the rest of
 * a check. Bounded, so a file of a million distinct made-up names cannot fill the memory.
 */
const resolved = new Map<string, string | undefined>();
const RESOLVED_KEPT = 1000;

/** The zone's own name as the runtime resolves it (its case fixed, perhaps its alias resolved). */
function resolvedName(zone: string): string | undefined {
	if (resolved.has(zone)) return resolved.get(zone);
	let name: string | undefined;
	try {
		name =
			zone === ''
				? undefined
				: new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
	} catch {
		name = undefined;
	}
	if (resolved.size < RESOLVED_KEPT) resolved.set(zone, name);
	return name;
}

/**
 * Checks a zone name: unknown names are refused, and so are known ones spelt in the wrong case
 * (`europe/paris`: "did you mean Europe/Paris?"). Correctly spelt aliases such as `Etc/UTC` or
 * `US/Eastern` pass, since the runtime resolves them to the same zone.
 */
export function checkZoneName(zone: string): ZoneNameCheck {
	const name = resolvedName(zone);
	if (name === undefined) return { ok: false, expected: UNKNOWN_ZONE };
	if (name === zone) return { ok: true };
	const caseOnly = name.toLowerCase() === zone.toLowerCase();
	if (caseOnly || !TZ_CAPITALS.test(zone)) {
		return {
			ok: false,
			expected: `an IANA time zone spelt as the tz database spells it (did you mean ${name}?)`
		};
	}
	return { ok: true };
}
