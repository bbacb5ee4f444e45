/**
 * Loop protection for the B2BUA (RFC 3261 §16.3 step 3 and §16.6 step 3 applied to a back-to-back
 * UA: it re-originates the request, but a loop through two edges or a call forwarded to itself
 * must still die out). The outgoing leg carries the incoming value minus one.
 */
export const DEFAULT_MAX_FORWARDS = 70;

export type MaxForwardsVerdict =
  /** Forward with this Max-Forwards on the new leg. */
  | { readonly ok: true; readonly forward: number }
  /** §16.3 step 3: no hops left → 483 Too Many Hops. */
  | { readonly ok: false; readonly status: 483; readonly reason: 'Too Many Hops' };

/**
 * `received` is the request's Max-Forwards (undefined when absent: §16.6 step 3 treats it as 70).
 * A value above 70 is capped, so a peer cannot buy itself extra hops through us.
 */
export function checkMaxForwards(received: number | undefined): MaxForwardsVerdict {
  const value = Math.min(received ?? DEFAULT_MAX_FORWARDS, DEFAULT_MAX_FORWARDS);
  if (value <= 0) return { ok: false, status: 483, reason: 'Too Many Hops' };
  return { ok: true, forward: value - 1 };
}
