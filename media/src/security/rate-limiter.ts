import type { MonotonicClock } from './monotonic-clock';

export interface RateLimiterOptions {
  /** Tokens added per second: the sustained request rate allowed per source. */
  readonly ratePerSecond: number;
  /** Bucket depth: how many requests a quiet source may send at once. */
  readonly burst: number;
  readonly clock: MonotonicClock;
  /** Sources tracked at most; the least recently seen is forgotten first (a full bucket again). */
  readonly maxSources?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Token bucket per source IP. A request spends one token; an empty bucket means the request is
 * dropped without an answer — a 503 would hand a flooding source (often spoofed, over UDP) a
 * reflection, and a legitimate UA retransmits anyway (RFC 3261 §17.1.1.2).
 */
export class RateLimiter {
  readonly #options: RateLimiterOptions;
  readonly #maxSources: number;
  /** Map order is recency order (re-inserted on use), which gives LRU eviction for free. */
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: RateLimiterOptions) {
    if (!(options.ratePerSecond > 0) || !(options.burst >= 1)) {
      throw new RangeError('rate limiter needs ratePerSecond > 0 and burst >= 1');
    }
    this.#options = options;
    this.#maxSources = options.maxSources ?? 100_000;
  }

  get trackedSources(): number {
    return this.#buckets.size;
  }

  /** Spend a token for `source`; false when the source is over its rate. */
  tryConsume(source: string): boolean {
    const now = this.#options.clock.now();
    const { burst, ratePerSecond } = this.#options;
    const bucket = this.#buckets.get(source);
    let tokens = burst;
    if (bucket) {
      tokens = Math.min(burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * ratePerSecond);
      this.#buckets.delete(source);
    }
    const allowed = tokens >= 1;
    this.#buckets.set(source, { tokens: allowed ? tokens - 1 : tokens, updatedAt: now });
    if (this.#buckets.size > this.#maxSources) {
      const oldest = this.#buckets.keys().next();
      if (!oldest.done) this.#buckets.delete(oldest.value);
    }
    return allowed;
  }
}
