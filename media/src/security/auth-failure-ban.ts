import type { MonotonicClock } from './monotonic-clock';

export interface AuthFailureBanOptions {
  /** Failures within `windowMs` that trigger a ban. */
  readonly maxFailures: number;
  readonly windowMs: number;
  readonly banMs: number;
  readonly clock: MonotonicClock;
  /** Called once when a source gets banned (the edge logs it with the IP). */
  readonly onBan?: (source: string, failures: number, untilMs: number) => void;
  readonly maxSources?: number;
}

interface SourceState {
  /** Times of recent failures, oldest first, at most `maxFailures` of them. */
  failures: number[];
  bannedUntil?: number;
}

/**
 * Counts digest failures per source IP in a sliding window and bans the source once it reaches the
 * limit (fail2ban-style, done in-process so a ban is effective at once). A banned source's packets
 * are dropped without an answer, so a password-guessing script learns nothing more.
 */
export class AuthFailureBan {
  readonly #options: AuthFailureBanOptions;
  readonly #sources = new Map<string, SourceState>();
  readonly #maxSources: number;

  constructor(options: AuthFailureBanOptions) {
    if (!(options.maxFailures >= 1)) throw new RangeError('maxFailures must be at least 1');
    this.#options = options;
    this.#maxSources = options.maxSources ?? 100_000;
  }

  isBanned(source: string): boolean {
    const state = this.#sources.get(source);
    if (state?.bannedUntil === undefined) return false;
    if (this.#options.clock.now() < state.bannedUntil) return true;
    // The ban ran out: start the source with a clean slate.
    this.#sources.delete(source);
    return false;
  }

  /**
   * Record a failed authentication; true when this failure caused a ban. There is no "success"
   * counterpart on purpose: a guesser that also owns one valid account must not reset its count.
   */
  recordFailure(source: string): boolean {
    const now = this.#options.clock.now();
    const { maxFailures, windowMs, banMs } = this.#options;
    const state = this.#sources.get(source) ?? { failures: [] };
    if (state.bannedUntil !== undefined && now < state.bannedUntil) return false;
    state.failures = state.failures.filter((t) => now - t < windowMs);
    state.failures.push(now);
    let banned = false;
    if (state.failures.length >= maxFailures) {
      state.bannedUntil = now + banMs;
      this.#options.onBan?.(source, state.failures.length, state.bannedUntil);
      state.failures = [];
      banned = true;
    }
    this.#sources.delete(source);
    this.#sources.set(source, state);
    this.#evict();
    return banned;
  }

  get trackedSources(): number {
    return this.#sources.size;
  }

  #evict(): void {
    while (this.#sources.size > this.#maxSources) {
      const oldest = this.#sources.keys().next();
      if (oldest.done) return;
      this.#sources.delete(oldest.value);
    }
  }
}
