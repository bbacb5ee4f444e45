import { randomFillSync } from 'node:crypto';

/** Bytes drawn from the CSPRNG at once; the pool serves tags, branches and nonce salts from them. */
const POOL_BYTES = 4096;

/**
 * Cryptographically strong random bytes, like `crypto.randomBytes`, but filled `POOL_BYTES` at a
 * time: a call's tags, branches and Call-IDs take a dozen small draws, and one `randomFillSync`
 * per draw was ~2–3 % of the edge's CPU per call (bench/README.md, call setup). Every byte is
 * handed out once (a copy, so a caller may keep or change it), never reused.
 */
export class RandomPool {
  readonly #pool = Buffer.allocUnsafe(POOL_BYTES);
  #offset = POOL_BYTES;

  bytes(size: number): Buffer {
    if (size > POOL_BYTES) return randomFillSync(Buffer.allocUnsafe(size));
    if (this.#offset + size > POOL_BYTES) {
      randomFillSync(this.#pool);
      this.#offset = 0;
    }
    const out = Buffer.from(this.#pool.subarray(this.#offset, this.#offset + size));
    // Handed-out bytes are zeroed in the pool so they cannot leak through a later copy.
    this.#pool.fill(0, this.#offset, this.#offset + size);
    this.#offset += size;
    return out;
  }
}

const shared = new RandomPool();

/** `crypto.randomBytes` from the process-wide pool. */
export function pooledRandomBytes(size: number): Buffer {
  return shared.bytes(size);
}
