import { DigestAuthError } from './digest-auth-error';

/**
 * Remembers the highest nonce-count accepted per nonce so a captured request
 * cannot be replayed (RFC 7616 §3.3, §5.11; RFC 2617 §3.2.2 "nc").
 *
 * Synchronous on purpose: the verifier stays a pure function of its inputs. A
 * deployment that wants replay protection across edge nodes can implement it
 * over shared memory; the in-memory one below only sees its own node.
 */
export interface NonceCountStore {
  /**
   * Records `nc` for `nonce` and returns true when it is greater than every
   * value accepted before for that nonce; returns false (and records nothing)
   * for a replay.
   */
  advance(nonce: string, nc: number): boolean;
}

export interface InMemoryNonceCountStoreOptions {
  /**
   * Upper bound on remembered nonces; the least recently used is forgotten
   * first. A forgotten nonce is treated as unseen, so a request replayed after
   * eviction but within the nonce lifetime would be accepted: size it for at
   * least (challenges issued per second x nonce lifetime in seconds). Memory is
   * roughly 100 bytes per entry (a 40-character nonce key plus a number).
   */
  maxEntries: number;
}

/** LRU over a Map: insertion order is recency order, and re-inserting moves a key to the end. */
export class InMemoryNonceCountStore implements NonceCountStore {
  readonly maxEntries: number;
  readonly #last = new Map<string, number>();

  constructor(options: InMemoryNonceCountStoreOptions) {
    if (!Number.isInteger(options.maxEntries) || options.maxEntries < 1) {
      throw new DigestAuthError('maxEntries must be a positive integer');
    }
    this.maxEntries = options.maxEntries;
  }

  get size(): number {
    return this.#last.size;
  }

  advance(nonce: string, nc: number): boolean {
    const last = this.#last.get(nonce);
    if (last !== undefined && nc <= last) return false;
    this.#last.delete(nonce);
    this.#last.set(nonce, nc);
    if (this.#last.size > this.maxEntries) {
      const oldest = this.#last.keys().next();
      if (!oldest.done) this.#last.delete(oldest.value);
    }
    return true;
  }
}
