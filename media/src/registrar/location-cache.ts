import type { Registration } from '@carillon/domain';
import { bindingKey } from '@carillon/store';

export interface LocationCacheOptions {
  /** AORs held at most; the least recently used is dropped (and re-read from storage when needed). */
  readonly maxAors: number;
}

/**
 * The edge node's in-memory view of the bindings of the AORs it serves, keyed by tenant + AOR. The
 * node is the only writer of the bindings it holds, so after one read from storage per AOR the view
 * is authoritative for them: the registrar answers the 200's Contact list from it (RFC 3261 §10.3
 * step 8) and the B2BUA finds a callee's flow without a storage round trip. Expired bindings are
 * hidden on read, by the same rule as the store (`expiresAtEpoch` in the past), and removed by
 * `takeExpired`, which hands them over so their lapse can be told (device.unregistered).
 */
export class LocationCache {
  readonly #maxAors: number;
  /** Map order is recency: a touched AOR is moved to the end. */
  readonly #aors = new Map<string, Map<string, Registration>>();

  constructor(options: LocationCacheOptions) {
    if (options.maxAors < 1) throw new RangeError('maxAors must be at least 1');
    this.#maxAors = options.maxAors;
  }

  get size(): number {
    return this.#aors.size;
  }

  /** The live bindings of an AOR, or undefined when the AOR is not loaded. */
  get(key: string, nowMs: number): Registration[] | undefined {
    const bindings = this.#aors.get(key);
    if (bindings === undefined) return undefined;
    this.#aors.delete(key);
    this.#aors.set(key, bindings);
    const nowEpoch = Math.floor(nowMs / 1000);
    const live: Registration[] = [];
    for (const binding of bindings.values()) {
      if (binding.expiresAtEpoch > nowEpoch) live.push(binding);
    }
    return live;
  }

  /** Removes every expired binding of the loaded AORs and returns them. */
  takeExpired(nowMs: number): Registration[] {
    const nowEpoch = Math.floor(nowMs / 1000);
    const expired: Registration[] = [];
    for (const bindings of this.#aors.values()) {
      for (const [id, binding] of bindings) {
        if (binding.expiresAtEpoch > nowEpoch) continue;
        expired.push(binding);
        bindings.delete(id);
      }
    }
    return expired;
  }

  has(key: string): boolean {
    return this.#aors.has(key);
  }

  /** What storage holds for an AOR, read after a miss. */
  load(key: string, registrations: readonly Registration[]): void {
    const bindings = new Map<string, Registration>();
    for (const registration of registrations) bindings.set(bindingKey(registration), registration);
    this.#aors.delete(key);
    this.#aors.set(key, bindings);
    if (this.#aors.size > this.#maxAors) {
      const oldest = this.#aors.keys().next();
      if (!oldest.done) this.#aors.delete(oldest.value);
    }
  }

  /** A binding now durable in storage; ignored for an AOR not loaded (storage stays the truth). */
  put(key: string, registration: Registration): void {
    this.#aors.get(key)?.set(bindingKey(registration), registration);
  }

  /** A binding now removed from storage. */
  remove(key: string, registration: Pick<Registration, 'contactUri' | 'instanceId' | 'regId'>): void {
    this.#aors.get(key)?.delete(bindingKey(registration));
  }

  /** Forget an AOR (after a failed write the view may differ from storage: re-read it). */
  forget(key: string): void {
    this.#aors.delete(key);
  }
}
