import { Buffer } from 'node:buffer';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { type ChallengeFields, formatDigestChallenge } from './digest-challenge';
import { type DigestCredentials, parseDigestCredentials } from './digest-credentials';
import {
  baseAlgorithm,
  computeResponse,
  type DigestAlgorithm,
  type DigestQop,
  hexLength,
  parseAlgorithm,
} from './hash';
import { NonceManager, type NonceOptions } from './nonce';
import type { NonceCountStore } from './nonce-count-store';

export interface DigestAuthenticatorOptions extends NonceOptions {
  nonceCounts: NonceCountStore;
  /**
   * Offered in this order, one challenge header each. RFC 8760 §2.4: the
   * preferred algorithm's challenge comes first, so SHA-256 then MD5 (most
   * deployed SIP phones only know MD5).
   */
  algorithms?: readonly DigestAlgorithm[];
  /** qop-options offered. Default ["auth"]; auth-int needs the body at verification. */
  qop?: readonly DigestQop[];
  /** Opaque sent with every challenge. Default: derived from the first secret, so all edge nodes agree. */
  opaque?: string;
  /**
   * Accept RFC 2069-style credentials without qop (RFC 2617 §3.2.2.1). They
   * carry no nonce-count, so a captured request replays until the nonce
   * expires. Default false.
   */
  allowLegacyNoQop?: boolean;
}

export interface VerifyInput {
  /** The Authorization / Proxy-Authorization value, raw or already parsed. */
  credentials: string | DigestCredentials;
  /** Request method (RFC 3261 §22.4: A2 uses the method of the request). */
  method: string;
  /** Request-URI of the request; the digest-uri must equal it (RFC 3261 §22.4). */
  requestUri: string;
  /** The realm this request must authenticate in (the tenant's domain). */
  realm: string;
  /**
   * Stored HA1 for `credentials.username` under `baseAlgorithm(credentials.algorithm)`,
   * or undefined for an unknown user. Unknown users run the same computation
   * against a dummy HA1 and get the same verdict as a wrong password, so
   * responses do not reveal which usernames exist.
   */
  ha1: string | undefined;
  /** Message body, for qop=auth-int. */
  body?: string | Uint8Array;
  /** Same binding as given to createChallenges, if any. */
  binding?: string;
}

export type DigestInvalidReason =
  | 'malformed-credentials'
  | 'realm-mismatch'
  | 'uri-mismatch'
  | 'unsupported-algorithm'
  | 'unsupported-qop'
  | 'qop-required'
  | 'opaque-mismatch'
  | 'nonce-invalid'
  /** Wrong password and unknown user alike. */
  | 'response-mismatch'
  | 'nonce-count-replay';

export type DigestVerdict =
  | { outcome: 'ok'; username: string; algorithm: DigestAlgorithm }
  /** Correct response on an expired nonce: challenge again with stale=true (RFC 7616 §3.3). */
  | { outcome: 'stale' }
  /** Challenge again without stale (or answer 403 if the caller limits retries). */
  | { outcome: 'invalid'; reason: DigestInvalidReason };

/**
 * Server side of SIP digest authentication (RFC 3261 §22.2–22.4 with the
 * algorithms of RFC 8760). Stateless apart from the nonce-count store: any
 * node with the same secrets verifies any node's challenge.
 */
export class DigestAuthenticator {
  readonly algorithms: readonly DigestAlgorithm[];
  readonly qop: readonly DigestQop[];
  readonly opaque: string;
  readonly #nonces: NonceManager;
  readonly #nonceCounts: NonceCountStore;
  readonly #allowLegacyNoQop: boolean;
  readonly #dummyHa1: ReadonlyMap<DigestAlgorithm, string>;

  constructor(options: DigestAuthenticatorOptions) {
    this.#nonces = new NonceManager(options);
    this.#nonceCounts = options.nonceCounts;
    this.algorithms = options.algorithms ?? ['SHA-256', 'MD5'];
    this.qop = options.qop ?? ['auth'];
    this.#allowLegacyNoQop = options.allowLegacyNoQop ?? false;
    const secret = options.secrets[0]!;
    const derive = (label: string) => createHmac('sha256', Buffer.from(secret)).update(label).digest();
    this.opaque = options.opaque ?? derive('carillon digest opaque').subarray(0, 12).toString('base64url');
    this.#dummyHa1 = new Map(
      this.algorithms.map((a) => {
        const base = baseAlgorithm(a);
        return [base, derive(`carillon dummy ha1 ${base}`).toString('hex').slice(0, hexLength(base))];
      }),
    );
  }

  /** One challenge per configured algorithm, sharing a fresh nonce; put each in its own header field. */
  createChallenges(input: { realm: string; stale?: boolean; binding?: string }): ChallengeFields[] {
    const nonce = this.#nonces.issue(input.realm, input.binding);
    return this.algorithms.map((algorithm) => ({
      realm: input.realm,
      nonce,
      algorithm,
      qop: this.qop,
      opaque: this.opaque,
      stale: input.stale ?? false,
    }));
  }

  /** createChallenges rendered as WWW-Authenticate / Proxy-Authenticate values. */
  createChallengeHeaders(input: { realm: string; stale?: boolean; binding?: string }): string[] {
    return this.createChallenges(input).map(formatDigestChallenge);
  }

  verify(input: VerifyInput): DigestVerdict {
    let credentials: DigestCredentials;
    try {
      credentials =
        typeof input.credentials === 'string' ? parseDigestCredentials(input.credentials) : input.credentials;
    } catch {
      return invalid('malformed-credentials');
    }
    if (credentials.realm !== input.realm) return invalid('realm-mismatch');

    const algorithm = parseAlgorithm(credentials.algorithm);
    if (algorithm === undefined || !this.algorithms.includes(algorithm))
      return invalid('unsupported-algorithm');

    let qop: DigestQop | undefined;
    if (credentials.qop === undefined) {
      if (!this.#allowLegacyNoQop) return invalid('qop-required');
    } else {
      qop = this.qop.find((q) => q === credentials.qop);
      if (qop === undefined) return invalid('unsupported-qop');
    }

    // RFC 3261 §22.4 item 1 / RFC 2617 §3.2.2.5: the digest-uri must name the
    // resource requested, or a response could be replayed for another URI.
    if (credentials.uri !== input.requestUri) return invalid('uri-mismatch');
    // RFC 2617 §3.2.2: opaque must come back unchanged. Some UAs omit it; since
    // our nonces authenticate themselves, absence is tolerated.
    if (credentials.opaque !== undefined && credentials.opaque !== this.opaque)
      return invalid('opaque-mismatch');

    const nonce = this.#nonces.check(credentials.nonce, input.realm, input.binding);
    if (nonce.status === 'forged') return invalid('nonce-invalid');

    // Known and unknown users take exactly the same path from here on.
    const ha1 = input.ha1 ?? this.#dummyHa1.get(baseAlgorithm(algorithm))!;
    let expected: string;
    try {
      expected = computeResponse({
        algorithm,
        ha1,
        nonce: credentials.nonce,
        method: input.method,
        uri: credentials.uri,
        qop,
        nc: credentials.nc,
        cnonce: credentials.cnonce,
        body: input.body,
      });
    } catch {
      // A -sess algorithm without cnonce, or a hand-built object lacking nc/cnonce.
      return invalid('malformed-credentials');
    }
    const matches = constantTimeEqual(expected, credentials.response) && input.ha1 !== undefined;
    if (!matches) return invalid('response-mismatch');

    // RFC 7616 §3.3: stale only once the response proves the client knows the password.
    if (nonce.status === 'expired') return { outcome: 'stale' };

    if (qop !== undefined) {
      // Checked after the response so a forged request cannot burn nonce-counts.
      const nc = Number.parseInt(credentials.nc!, 16);
      if (nc < 1 || !this.#nonceCounts.advance(credentials.nonce, nc)) return invalid('nonce-count-replay');
    }
    return { outcome: 'ok', username: credentials.username, algorithm };
  }
}

function invalid(reason: DigestInvalidReason): DigestVerdict {
  return { outcome: 'invalid', reason };
}

function constantTimeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  // Lengths are public (they follow from the algorithm), only contents need constant time.
  return x.length === y.length && timingSafeEqual(x, y);
}
