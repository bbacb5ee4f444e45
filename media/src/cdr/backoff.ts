/**
 * Exponential backoff with "full jitter" (a random delay between 0 and the
 * exponential cap): after an outage, a fleet of edges spreads its retries
 * instead of hitting the recovering control plane in lockstep.
 */
export interface BackoffOptions {
  /** Cap of the first retry's delay. Default 500 ms. */
  readonly baseMs?: number;
  /** No retry waits longer than this. Default 60 s: a recovered control plane gets its CDRs within a minute. */
  readonly maxMs?: number;
}

export const DEFAULT_BACKOFF = { baseMs: 500, maxMs: 60_000 } as const;

/** Delay before retry number `attempt` (0 for the first retry); `random` in [0, 1). */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = {},
  random: () => number = Math.random,
) {
  const baseMs = options.baseMs ?? DEFAULT_BACKOFF.baseMs;
  const maxMs = options.maxMs ?? DEFAULT_BACKOFF.maxMs;
  // 2 ** attempt overflows to Infinity long after the cap applies; min keeps it finite.
  const cap = Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 52));
  return Math.floor(random() * cap);
}
