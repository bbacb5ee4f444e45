import { Buffer } from 'node:buffer';
import { DigestAuthError } from './digest-auth-error';
import { type DigestChallenge, parseDigestChallenge } from './digest-challenge';
import { formatDigestCredentials } from './digest-credentials';
import {
  baseAlgorithm,
  computeHa1,
  computeResponse,
  type DigestAlgorithm,
  type DigestQop,
  parseAlgorithm,
} from './hash';
import type { RandomBytes } from './nonce';

/** Either the password, or an HA1 provisioned for one base algorithm. */
export type ClientSecret = { password: string } | { ha1: string; algorithm: DigestAlgorithm };

export interface CredentialsInput {
  challenge: DigestChallenge | string;
  username: string;
  secret: ClientSecret;
  method: string;
  /** The Request-URI of the request being authorized (RFC 3261 §22.4). */
  uri: string;
  /** Body for qop=auth-int. */
  body?: string | Uint8Array;
  cnonce: string;
  /** Requests sent so far with this nonce, including this one: 1 for the first (RFC 2617 §3.2.2). */
  nc: number;
}

/** Our preference when a server offers several challenges (RFC 8760 §2.4: pick the strongest supported). */
const PREFERENCE: readonly DigestAlgorithm[] = [
  'SHA-512-256',
  'SHA-256',
  'MD5',
  'SHA-512-256-sess',
  'SHA-256-sess',
  'MD5-sess',
];

function usable(challenge: DigestChallenge, secret: ClientSecret): DigestAlgorithm | undefined {
  const algorithm = parseAlgorithm(challenge.algorithm);
  if (algorithm === undefined) return undefined;
  if ('ha1' in secret && baseAlgorithm(algorithm) !== baseAlgorithm(secret.algorithm)) return undefined;
  if (challenge.qop.length > 0 && !challenge.qop.some((q) => q === 'auth' || q === 'auth-int'))
    return undefined;
  return algorithm;
}

/**
 * Picks the challenge to answer among those of one 401/407 (one per header
 * field, RFC 8760 §2.4), skipping algorithms and qop we cannot do. Header
 * values that do not parse or are not Digest are skipped too.
 */
export function selectChallenge(
  challenges: readonly (DigestChallenge | string)[],
  secret: ClientSecret = { password: '' },
): DigestChallenge | undefined {
  let best: { challenge: DigestChallenge; rank: number } | undefined;
  for (const c of challenges) {
    let challenge: DigestChallenge;
    try {
      challenge = typeof c === 'string' ? parseDigestChallenge(c) : c;
    } catch {
      continue;
    }
    const algorithm = usable(challenge, secret);
    if (algorithm === undefined) continue;
    const rank = PREFERENCE.indexOf(algorithm);
    if (best === undefined || rank < best.rank) best = { challenge, rank };
  }
  return best?.challenge;
}

/** The Authorization / Proxy-Authorization value answering one challenge. */
export function createCredentials(input: CredentialsInput): string {
  const challenge =
    typeof input.challenge === 'string' ? parseDigestChallenge(input.challenge) : input.challenge;
  const algorithm = usable(challenge, input.secret);
  if (algorithm === undefined) {
    throw new DigestAuthError(
      `cannot answer challenge with algorithm ${challenge.algorithm} and qop ${challenge.qop.join(',')}`,
    );
  }
  const ha1 =
    'password' in input.secret
      ? computeHa1(algorithm, input.username, challenge.realm, input.secret.password)
      : input.secret.ha1;
  // RFC 7616 §3.4: prefer auth; auth-int only when it is all the server offers.
  let qop: DigestQop | undefined;
  if (challenge.qop.includes('auth')) qop = 'auth';
  else if (challenge.qop.includes('auth-int')) qop = 'auth-int';
  if (!Number.isInteger(input.nc) || input.nc < 1 || input.nc > 0xffffffff) {
    throw new DigestAuthError(`nc out of range: ${input.nc}`);
  }
  const nc = input.nc.toString(16).padStart(8, '0');
  // Without qop (RFC 2069 style) cnonce and nc are not sent, unless a -sess algorithm needs cnonce.
  const sendCnonce = qop !== undefined || algorithm.endsWith('-sess');
  const response = computeResponse({
    algorithm,
    ha1,
    nonce: challenge.nonce,
    method: input.method,
    uri: input.uri,
    qop,
    nc: qop === undefined ? undefined : nc,
    cnonce: sendCnonce ? input.cnonce : undefined,
    body: input.body,
  });
  return formatDigestCredentials({
    username: input.username,
    realm: challenge.realm,
    nonce: challenge.nonce,
    uri: input.uri,
    response,
    algorithm: challenge.algorithm,
    cnonce: sendCnonce ? input.cnonce : undefined,
    opaque: challenge.opaque,
    qop,
    nc: qop === undefined ? undefined : nc,
  });
}

export interface DigestClientOptions {
  username: string;
  secret: ClientSecret;
  randomBytes: RandomBytes;
}

/**
 * Keeps the last challenge and its nonce-count so a UA registering to a trunk
 * can answer a 401/407 and then authorize later requests pre-emptively with
 * nc incremented (RFC 2617 §3.2.2, RFC 3261 §22.3 "caching credentials").
 */
export class DigestClient {
  #challenge: DigestChallenge | undefined;
  #nc = 0;

  constructor(private readonly options: DigestClientOptions) {}

  /** Answers a fresh 401/407; returns undefined when no challenge is usable. */
  respond(
    challenges: readonly (DigestChallenge | string)[],
    request: { method: string; uri: string; body?: string | Uint8Array },
  ): string | undefined {
    const challenge = selectChallenge(challenges, this.options.secret);
    if (challenge === undefined) return undefined;
    this.#challenge = challenge;
    this.#nc = 0;
    return this.authorize(request);
  }

  /** Credentials for the next request under the cached challenge, or undefined before any challenge. */
  authorize(request: { method: string; uri: string; body?: string | Uint8Array }): string | undefined {
    if (this.#challenge === undefined) return undefined;
    this.#nc += 1;
    return createCredentials({
      challenge: this.#challenge,
      username: this.options.username,
      secret: this.options.secret,
      method: request.method,
      uri: request.uri,
      body: request.body,
      cnonce: Buffer.from(this.options.randomBytes(12)).toString('base64url'),
      nc: this.#nc,
    });
  }
}
