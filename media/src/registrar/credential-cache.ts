import type { MonotonicClock } from '../security/monotonic-clock';
import type { CredentialSource, SipCredential } from './credential-source';

export interface CredentialCacheOptions {
  readonly source: CredentialSource;
  readonly clock: MonotonicClock;
  /** How long an answer — found or not found — is reused. */
  readonly ttlMs: number;
  readonly maxEntries?: number;
}

interface Entry {
  readonly value: SipCredential | undefined;
  readonly expiresAt: number;
}

/**
 * Short-lived cache in front of the control plane, per domain + username. Unknown users are cached
 * too (negative caching): a scanner cycling through usernames then costs the control plane one
 * lookup per name per TTL, not one per packet. Concurrent lookups of one key share one request.
 * Errors are not cached, so a control-plane blip heals on the next REGISTER.
 */
export class CredentialCache implements CredentialSource {
  readonly #options: CredentialCacheOptions;
  readonly #maxEntries: number;
  readonly #entries = new Map<string, Entry>();
  readonly #inFlight = new Map<string, Promise<SipCredential | undefined>>();

  constructor(options: CredentialCacheOptions) {
    this.#options = options;
    this.#maxEntries = options.maxEntries ?? 50_000;
  }

  get size(): number {
    return this.#entries.size;
  }

  async findCredential(domain: string, username: string): Promise<SipCredential | undefined> {
    const key = `${domain.toLowerCase()}\u0000${username}`;
    const now = this.#options.clock.now();
    const cached = this.#entries.get(key);
    if (cached && cached.expiresAt > now) return cached.value;
    if (cached) this.#entries.delete(key);
    const pending = this.#inFlight.get(key);
    if (pending) return pending;
    const lookup = this.#options.source
      .findCredential(domain.toLowerCase(), username)
      .then((value) => {
        this.#entries.set(key, { value, expiresAt: this.#options.clock.now() + this.#options.ttlMs });
        if (this.#entries.size > this.#maxEntries) {
          const oldest = this.#entries.keys().next();
          if (!oldest.done) this.#entries.delete(oldest.value);
        }
        return value;
      })
      .finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, lookup);
    return lookup;
  }

  /** Forget one user (e.g. after the control plane says its credentials were rotated). */
  invalidate(domain: string, username: string): void {
    this.#entries.delete(`${domain.toLowerCase()}\u0000${username}`);
  }
}
