import { createHash } from 'node:crypto';
import { DigestAuthError } from './digest-auth-error';

/**
 * Algorithms of the IANA "HTTP Digest Hash Algorithms" registry that SIP may
 * use (RFC 7616 §3.3, RFC 8760 §2). The `-sess` variants change only how HA1
 * is derived (RFC 7616 §3.4.2).
 */
export type DigestAlgorithm =
  | 'MD5'
  | 'MD5-sess'
  | 'SHA-256'
  | 'SHA-256-sess'
  | 'SHA-512-256'
  | 'SHA-512-256-sess';

export type DigestQop = 'auth' | 'auth-int';

const NODE_HASH: Record<DigestAlgorithm, string> = {
  MD5: 'md5',
  'MD5-sess': 'md5',
  'SHA-256': 'sha256',
  'SHA-256-sess': 'sha256',
  'SHA-512-256': 'sha512-256',
  'SHA-512-256-sess': 'sha512-256',
};

const BY_LOWERCASE = new Map<string, DigestAlgorithm>(
  (Object.keys(NODE_HASH) as DigestAlgorithm[]).map((a) => [a.toLowerCase(), a]),
);

/** Algorithm tokens compare case-insensitively (RFC 7616 §3.3: "algorithm" is a token). */
export function parseAlgorithm(token: string): DigestAlgorithm | undefined {
  return BY_LOWERCASE.get(token.toLowerCase());
}

export function isSessionAlgorithm(algorithm: DigestAlgorithm): boolean {
  return algorithm.endsWith('-sess');
}

/** The algorithm without `-sess`: the one a stored HA1 was provisioned with. */
export function baseAlgorithm(algorithm: DigestAlgorithm): DigestAlgorithm {
  return isSessionAlgorithm(algorithm) ? (algorithm.slice(0, -'-sess'.length) as DigestAlgorithm) : algorithm;
}

/** H(data) as lowercase hex (RFC 7616 §3.4.1: "lowercase hexadecimal"). */
export function hashHex(algorithm: DigestAlgorithm, data: string | Uint8Array): string {
  return createHash(NODE_HASH[algorithm]).update(data).digest('hex');
}

/** Length of a hex digest for the algorithm, used to shape dummy values. */
export function hexLength(algorithm: DigestAlgorithm): number {
  return NODE_HASH[algorithm] === 'md5' ? 32 : 64;
}

/**
 * HA1 = H(username ":" realm ":" password) (RFC 2617 §3.2.2.2, RFC 7616 §3.4.2).
 * Computed at provisioning time so the verifier never needs plaintext
 * passwords; store one HA1 per base algorithm you offer (MD5 and SHA-256 give
 * different values).
 */
export function computeHa1(
  algorithm: DigestAlgorithm,
  username: string,
  realm: string,
  password: string,
): string {
  return hashHex(baseAlgorithm(algorithm), `${username}:${realm}:${password}`);
}

/**
 * For `-sess` algorithms HA1 is re-derived per nonce/cnonce pair
 * (RFC 7616 §3.4.2): H(H(user:realm:pass) ":" nonce ":" cnonce).
 */
export function sessionHa1(algorithm: DigestAlgorithm, ha1: string, nonce: string, cnonce: string): string {
  if (!isSessionAlgorithm(algorithm)) return ha1;
  return hashHex(algorithm, `${ha1}:${nonce}:${cnonce}`);
}

export interface ResponseInput {
  algorithm: DigestAlgorithm;
  /** HA1 of the base algorithm: H(username:realm:password). */
  ha1: string;
  nonce: string;
  method: string;
  /** The digest-uri exactly as it appears in the credentials. */
  uri: string;
  /** Absent for the RFC 2069 compatibility form (RFC 2617 §3.2.2.1). */
  qop?: DigestQop;
  /** nc as sent on the wire: 8 hex digits. Required with qop. */
  nc?: string;
  /** Required with qop and with `-sess` algorithms. */
  cnonce?: string;
  /** Message body for qop=auth-int; an absent body hashes as the empty string (RFC 3261 §22.4). */
  body?: string | Uint8Array;
}

/** request-digest of RFC 2617 §3.2.2.1 / RFC 7616 §3.4.1. */
export function computeResponse(input: ResponseInput): string {
  const { algorithm, nonce, method, uri, qop, nc, cnonce } = input;
  const base = input.ha1.toLowerCase();
  if (isSessionAlgorithm(algorithm) && cnonce === undefined) {
    throw new DigestAuthError(`${algorithm} requires a cnonce`);
  }
  const ha1 = sessionHa1(algorithm, base, nonce, cnonce ?? '');
  // RFC 7616 §3.4.3: A2 = Method ":" request-uri [":" H(entity-body)] for auth-int.
  const a2 =
    qop === 'auth-int' ? `${method}:${uri}:${hashHex(algorithm, input.body ?? '')}` : `${method}:${uri}`;
  const ha2 = hashHex(algorithm, a2);
  if (qop === undefined) {
    // RFC 2617 §3.2.2.1, the RFC 2069 form: KD(HA1, nonce ":" HA2).
    return hashHex(algorithm, `${ha1}:${nonce}:${ha2}`);
  }
  if (nc === undefined || cnonce === undefined) {
    throw new DigestAuthError(`qop=${qop} requires nc and cnonce`);
  }
  return hashHex(algorithm, `${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`);
}
