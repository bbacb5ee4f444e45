/**
 * When a failed delivery is tried again: exponential backoff with jitter.
 * Retry n waits `min(maxDelay, initialDelay × factor^(n−1))`, scaled by a
 * random factor in [1 − jitter, 1 + jitter] so that endpoints coming back
 * after an outage are not hit by every queued message in the same second.
 *
 * Default (DEFAULT_RETRY_POLICY): 8 attempts; the first at once, then retries
 * after 5 s, 25 s, 2 min 5 s, 10 min 25 s, 52 min, 4 h 20 min and 12 h
 * (capped), each ±20 % — about 17 h 25 min from the first try to the last;
 * then the delivery is `failed`. Tests use a policy with millisecond delays.
 */
export interface RetryPolicy {
  /** Wait before retry n (index n−1); the number of entries + 1 is the number of attempts. */
  readonly delaysMs: readonly number[];
  /** Relative spread, 0–1: 0.2 = ±20 %. */
  readonly jitter: number;
}

/**
 * The policy as exponential backoff: `attempts` tries, the first retry after
 * `initialDelayMs`, each wait `factor` times the last, capped at `maxDelayMs`.
 */
export function exponentialRetryPolicy(options: {
  attempts: number;
  initialDelayMs: number;
  factor: number;
  maxDelayMs: number;
  jitter: number;
}): RetryPolicy {
  if (!Number.isInteger(options.attempts) || options.attempts < 1) {
    throw new RangeError('attempts must be a whole number of at least 1');
  }
  const delaysMs: number[] = [];
  for (let retry = 1; retry < options.attempts; retry += 1) {
    delaysMs.push(Math.min(options.maxDelayMs, options.initialDelayMs * options.factor ** (retry - 1)));
  }
  return { delaysMs, jitter: options.jitter };
}

export function maxAttempts(policy: RetryPolicy): number {
  return policy.delaysMs.length + 1;
}

/**
 * When to try again after `attemptsMade` failed attempts, or null when the
 * schedule is used up. `random` in [0, 1) (injectable for tests).
 */
export function nextAttemptAt(
  policy: RetryPolicy,
  attemptsMade: number,
  failedAt: Date,
  random: () => number = Math.random,
): Date | null {
  const base = policy.delaysMs[attemptsMade - 1];
  if (base === undefined) return null;
  const spread = 1 - policy.jitter + 2 * policy.jitter * random();
  return new Date(failedAt.getTime() + Math.round(base * spread));
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = exponentialRetryPolicy({
  attempts: 8,
  initialDelayMs: 5_000,
  factor: 5,
  maxDelayMs: 12 * 60 * 60 * 1000,
  jitter: 0.2,
});
