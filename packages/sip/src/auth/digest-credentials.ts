import { type AuthParam, formatAuthHeader, parseAuthHeader } from './auth-params';
import { DigestAuthError } from './digest-auth-error';

/**
 * Digest credentials as carried in Authorization / Proxy-Authorization
 * (RFC 3261 §20.7, §20.28, §25.1 `digest-response`; RFC 7616 §3.4).
 */
export interface DigestCredentials {
  username: string;
  realm: string;
  nonce: string;
  /** digest-uri; RFC 3261 §22.4 requires it to match the Request-URI. */
  uri: string;
  /** request-digest, lowercased hex. */
  response: string;
  /** As sent; "MD5" when absent (RFC 2617 §3.2.2). */
  algorithm: string;
  cnonce?: string;
  opaque?: string;
  /** message-qop, lowercased. */
  qop?: string;
  /** nonce-count as 8 hex digits (RFC 2617 §3.2.2). */
  nc?: string;
  extensions: AuthParam[];
}

const KNOWN = new Set([
  'username',
  'realm',
  'nonce',
  'uri',
  'response',
  'algorithm',
  'cnonce',
  'opaque',
  'qop',
  'nc',
]);
const HEX = /^[0-9a-f]+$/i;
const NC = /^[0-9a-f]{8}$/i;

export function parseDigestCredentials(headerValue: string): DigestCredentials {
  const { scheme, params } = parseAuthHeader(headerValue);
  if (scheme.toLowerCase() !== 'digest') throw new DigestAuthError(`unsupported auth-scheme ${scheme}`);
  const get = (name: string) => params.find((p) => p.name === name)?.value;
  const required = (name: string): string => {
    const value = get(name);
    if (value === undefined) throw new DigestAuthError(`credentials without ${name}`);
    return value;
  };
  const response = required('response');
  // RFC 3261 §25.1: request-digest = LDQUOT 32LHEX RDQUOT; SHA-256 widens it to 64 (RFC 8760 §2.3).
  if (!HEX.test(response)) throw new DigestAuthError('response is not hexadecimal');
  const credentials: DigestCredentials = {
    username: required('username'),
    realm: required('realm'),
    nonce: required('nonce'),
    uri: required('uri'),
    response: response.toLowerCase(),
    algorithm: get('algorithm') ?? 'MD5',
    extensions: params.filter((p) => !KNOWN.has(p.name)),
  };
  const qop = get('qop');
  const nc = get('nc');
  const cnonce = get('cnonce');
  const opaque = get('opaque');
  if (qop !== undefined) {
    // RFC 2617 §3.2.2: cnonce and nc MUST be present when qop is.
    if (nc === undefined || cnonce === undefined) throw new DigestAuthError('qop without nc or cnonce');
    credentials.qop = qop.toLowerCase();
  }
  if (nc !== undefined) {
    if (!NC.test(nc)) throw new DigestAuthError(`nc must be 8 hex digits, got ${JSON.stringify(nc)}`);
    credentials.nc = nc.toLowerCase();
  }
  if (cnonce !== undefined) credentials.cnonce = cnonce;
  if (opaque !== undefined) credentials.opaque = opaque;
  return credentials;
}

/**
 * Quoting follows RFC 3261 §25.1 and RFC 7616 §3.4: username, realm, nonce,
 * uri, response, cnonce and opaque are quoted; algorithm, qop and nc are not.
 */
export function formatDigestCredentials(
  credentials: Omit<DigestCredentials, 'extensions'> & { extensions?: AuthParam[] },
): string {
  const q = (name: string, value: string): AuthParam => ({ name, value, quoted: true });
  const t = (name: string, value: string): AuthParam => ({ name, value, quoted: false });
  const params: AuthParam[] = [
    q('username', credentials.username),
    q('realm', credentials.realm),
    q('nonce', credentials.nonce),
    q('uri', credentials.uri),
    q('response', credentials.response),
    t('algorithm', credentials.algorithm),
  ];
  if (credentials.cnonce !== undefined) params.push(q('cnonce', credentials.cnonce));
  if (credentials.opaque !== undefined) params.push(q('opaque', credentials.opaque));
  if (credentials.qop !== undefined) params.push(t('qop', credentials.qop));
  if (credentials.nc !== undefined) params.push(t('nc', credentials.nc));
  params.push(...(credentials.extensions ?? []));
  return formatAuthHeader({ scheme: 'Digest', params });
}
