import { Buffer } from 'node:buffer';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { DigestAuthError } from './digest-auth-error';

/**
 * Wall-clock time in milliseconds since the epoch, injected so the library
 * reads no global clock. Not a monotonic clock: nonces carry this time to
 * other edge nodes, so every node must read the same (NTP-synchronised) scale.
 */
export interface WallClock {
  now(): number;
}

/** Cryptographically strong random bytes, e.g. `(n) => crypto.randomBytes(n)` at the edge. */
export type RandomBytes = (size: number) => Uint8Array;

export type NonceSecret = string | Uint8Array;

export interface NonceOptions {
  /**
   * HMAC keys. The first signs new nonces; all of them verify, so a key can be
   * rotated by prepending the new one and dropping the old one after one
   * nonce lifetime. Every edge node holding the same list can verify nonces
   * any other node issued: nothing is stored per challenge.
   */
  secrets: readonly NonceSecret[];
  clock: WallClock;
  randomBytes: RandomBytes;
  /** How long a nonce stays fresh. Default 300 s. */
  lifetimeSeconds?: number;
  /** Nonces dated this far in the future are still accepted (edge nodes' clocks drift). Default 30 s. */
  maxClockSkewSeconds?: number;
}

export type NonceCheck =
  | { status: 'fresh'; issuedAt: number }
  /** Authentic, but older than the lifetime: the client gets stale=true (RFC 7616 §3.3). */
  | { status: 'expired'; issuedAt: number }
  /** Not issued by us, for another realm or binding, or tampered with. */
  | { status: 'forged' };

// Layout before base64url: 6-byte issue time (ms) | 8-byte salt | 16-byte truncated HMAC-SHA-256.
const TIME_BYTES = 6;
const SALT_BYTES = 8;
const MAC_BYTES = 16;
const NONCE_BYTES = TIME_BYTES + SALT_BYTES + MAC_BYTES;
const MIN_SECRET_BYTES = 16;

/**
 * Self-validating nonces (RFC 7616 §3.3 suggests "time-stamp H(time-stamp ":"
 * ETag ":" secret-data)"): the issue time and a random salt travel in clear,
 * an HMAC over them, the realm and an optional binding proves we issued them.
 * The salt keeps nonces unique per challenge, which the nonce-count store
 * relies on.
 */
export class NonceManager {
  readonly lifetimeMs: number;
  readonly #skewMs: number;
  readonly #keys: Buffer[];
  readonly #clock: WallClock;
  readonly #randomBytes: RandomBytes;

  constructor(options: NonceOptions) {
    if (options.secrets.length === 0) throw new DigestAuthError('at least one nonce secret is required');
    this.#keys = options.secrets.map((s) =>
      typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s),
    );
    if (this.#keys.some((k) => k.length < MIN_SECRET_BYTES)) {
      throw new DigestAuthError(`nonce secrets must be at least ${MIN_SECRET_BYTES} bytes`);
    }
    this.lifetimeMs = (options.lifetimeSeconds ?? 300) * 1000;
    this.#skewMs = (options.maxClockSkewSeconds ?? 30) * 1000;
    this.#clock = options.clock;
    this.#randomBytes = options.randomBytes;
  }

  /**
   * @param binding optional extra context both sides know (e.g. the client's
   * source address) so a nonce cannot be used from elsewhere.
   */
  issue(realm: string, binding = ''): string {
    const head = Buffer.alloc(TIME_BYTES + SALT_BYTES);
    head.writeUIntBE(Math.floor(this.#clock.now()), 0, TIME_BYTES);
    const salt = this.#randomBytes(SALT_BYTES);
    if (salt.length < SALT_BYTES) throw new DigestAuthError('randomBytes returned too few bytes');
    head.set(salt.subarray(0, SALT_BYTES), TIME_BYTES);
    return Buffer.concat([head, mac(this.#keys[0]!, head, realm, binding)]).toString('base64url');
  }

  check(nonce: string, realm: string, binding = ''): NonceCheck {
    const raw = Buffer.from(nonce, 'base64url');
    // Buffer.from drops invalid characters silently; re-encoding catches that.
    if (raw.length !== NONCE_BYTES || raw.toString('base64url') !== nonce) return { status: 'forged' };
    const head = raw.subarray(0, TIME_BYTES + SALT_BYTES);
    const sent = raw.subarray(TIME_BYTES + SALT_BYTES);
    let authentic = false;
    // Try every key without short-circuiting so timing does not reveal which one matched.
    for (const key of this.#keys) {
      authentic = timingSafeEqual(mac(key, head, realm, binding), sent) || authentic;
    }
    if (!authentic) return { status: 'forged' };
    const issuedAt = head.readUIntBE(0, TIME_BYTES);
    const age = this.#clock.now() - issuedAt;
    if (age < -this.#skewMs) return { status: 'forged' };
    return age > this.lifetimeMs ? { status: 'expired', issuedAt } : { status: 'fresh', issuedAt };
  }
}

function mac(key: Buffer, head: Buffer, realm: string, binding: string): Buffer {
  const h = createHmac('sha256', key).update(head);
  // Length-prefix each field so ("ab","c") and ("a","bc") sign differently.
  for (const field of [realm, binding]) {
    const bytes = Buffer.from(field, 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32BE(bytes.length);
    h.update(len).update(bytes);
  }
  return h.digest().subarray(0, MAC_BYTES);
}
