export interface TtlCacheOptions {
  /** How long an answer — found or not (`undefined`) — is reused, ms. */
  readonly ttlMs: number;
  /** Entries held at most; the oldest is dropped first. */
  readonly maxEntries: number;
  /** Milliseconds clock; injectable for tests. */
  readonly now?: () => number;
}

interface Entry<V> {
  readonly value: V;
  readonly expiresAt: number;
}

/**
 * A short-lived read-through cache: `get(key, load)` answers from memory for `ttlMs`, and
 * concurrent misses of one key share one load. Not-found answers are cached too, so a burst of calls
 * to an unknown number costs one read. Failed loads are not cached. A change made in the control
 * plane is seen by call routing at most `ttlMs` later — the price of keeping the store off the
 * post-dial-delay path.
 */
export class TtlCache<V> {
  readonly #options: TtlCacheOptions;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry<V>>();
  readonly #inFlight = new Map<string, Promise<V>>();

  constructor(options: TtlCacheOptions) {
    if (options.ttlMs < 0 || options.maxEntries < 1) throw new RangeError('ttlMs ≥ 0 and maxEntries ≥ 1');
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string, load: () => Promise<V>): Promise<V> {
    const cached = this.#entries.get(key);
    if (cached !== undefined) {
      if (cached.expiresAt > this.#now()) return Promise.resolve(cached.value);
      this.#entries.delete(key);
    }
    const pending = this.#inFlight.get(key);
    if (pending) return pending;
    const loading = load()
      .then((value) => {
        if (this.#options.ttlMs > 0) {
          this.#entries.set(key, { value, expiresAt: this.#now() + this.#options.ttlMs });
          if (this.#entries.size > this.#options.maxEntries) {
            const oldest = this.#entries.keys().next();
            if (!oldest.done) this.#entries.delete(oldest.value);
          }
        }
        return value;
      })
      .finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, loading);
    return loading;
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }
}
