import { type AuthParam, formatAuthHeader, parseAuthHeader } from './auth-params';
import { DigestAuthError } from './digest-auth-error';

/**
 * A Digest challenge as carried in WWW-Authenticate / Proxy-Authenticate
 * (RFC 3261 §20.44, §20.27, §25.1 `digest-cln`; RFC 7616 §3.3).
 */
export interface DigestChallenge {
  realm: string;
  nonce: string;
  /**
   * The algorithm token as sent; "MD5" when absent (RFC 2617 §3.2.1). Kept as
   * a string so challenges with algorithms we do not implement (e.g.
   * AKAv1-MD5) still parse and can be skipped by the client.
   */
  algorithm: string;
  /** qop-options, lowercased; empty for an RFC 2069-style challenge. */
  qop: string[];
  opaque?: string;
  /** RFC 7616 §3.3: the previous nonce was good but expired; retry without prompting the user. */
  stale: boolean;
  domain?: string;
  /** Parameters this module does not interpret, preserved for round trips. */
  extensions: AuthParam[];
}

const KNOWN = new Set(['realm', 'nonce', 'algorithm', 'qop', 'opaque', 'stale', 'domain']);

export function parseDigestChallenge(headerValue: string): DigestChallenge {
  const { scheme, params } = parseAuthHeader(headerValue);
  if (scheme.toLowerCase() !== 'digest') throw new DigestAuthError(`unsupported auth-scheme ${scheme}`);
  const get = (name: string) => params.find((p) => p.name === name);
  const realm = get('realm');
  const nonce = get('nonce');
  if (realm === undefined) throw new DigestAuthError('challenge without realm');
  if (nonce === undefined) throw new DigestAuthError('challenge without nonce');
  const qop = get('qop');
  const stale = get('stale');
  const challenge: DigestChallenge = {
    realm: realm.value,
    nonce: nonce.value,
    algorithm: get('algorithm')?.value ?? 'MD5',
    // RFC 3261 §25.1: qop-options = "qop" EQUAL LDQUOT qop-value *("," qop-value) RDQUOT
    qop:
      qop === undefined
        ? []
        : qop.value
            .split(',')
            .map((v) => v.trim().toLowerCase())
            .filter((v) => v !== ''),
    stale: stale !== undefined && stale.value.toLowerCase() === 'true',
    extensions: params.filter((p) => !KNOWN.has(p.name)),
  };
  const opaque = get('opaque');
  if (opaque !== undefined) challenge.opaque = opaque.value;
  const domain = get('domain');
  if (domain !== undefined) challenge.domain = domain.value;
  return challenge;
}

export interface ChallengeFields {
  realm: string;
  nonce: string;
  algorithm?: string;
  qop?: readonly string[];
  opaque?: string;
  stale?: boolean;
  domain?: string;
  extensions?: readonly AuthParam[];
}

/**
 * Quoting follows RFC 7616 §3.3 and RFC 3261 §25.1: realm, domain, nonce,
 * opaque and qop-options are quoted-strings; algorithm and stale are tokens.
 */
export function formatDigestChallenge(challenge: ChallengeFields): string {
  const params: AuthParam[] = [{ name: 'realm', value: challenge.realm, quoted: true }];
  if (challenge.domain !== undefined) params.push({ name: 'domain', value: challenge.domain, quoted: true });
  params.push({ name: 'nonce', value: challenge.nonce, quoted: true });
  if (challenge.opaque !== undefined) params.push({ name: 'opaque', value: challenge.opaque, quoted: true });
  if (challenge.stale) params.push({ name: 'stale', value: 'true', quoted: false });
  if (challenge.algorithm !== undefined) {
    params.push({ name: 'algorithm', value: challenge.algorithm, quoted: false });
  }
  if (challenge.qop !== undefined && challenge.qop.length > 0) {
    params.push({ name: 'qop', value: challenge.qop.join(','), quoted: true });
  }
  params.push(...(challenge.extensions ?? []));
  return formatAuthHeader({ scheme: 'Digest', params });
}
