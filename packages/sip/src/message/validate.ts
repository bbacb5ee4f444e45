import {
  getAuthorization,
  getCallId,
  getContact,
  getContentLength,
  getContentType,
  getCSeq,
  getEvent,
  getExpires,
  getFrom,
  getMaxForwards,
  getMinSE,
  getProxyAuthenticate,
  getProxyAuthorization,
  getProxyRequire,
  getRecordRoutes,
  getReferTo,
  getReplaces,
  getRequestUri,
  getRequire,
  getRoutes,
  getSessionExpires,
  getSubscriptionState,
  getSupported,
  getTo,
  getVia,
  getWwwAuthenticate,
} from './accessors';
import { parseDecimal } from './lexer';
import { SipParseError } from './parse-error';
import type { SipMessage, SipRequest, SipResponse } from './types';

/** Outcome of validation: ok, or the response to send (RFC 3261 §8.2, §16.3) with headers it needs. */
export type Verdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly status: number;
      readonly reason: string;
      /** Headers the rejection must carry: Unsupported for 420 (§8.2.2.3), Accept / Accept-Encoding for 415 (§8.2.3). */
      readonly headers?: readonly (readonly [string, string])[];
    };

export interface ValidationPolicy {
  /** Request-URI schemes served (§8.2.2.1); others get 416. Default sip, sips, tel. */
  readonly uriSchemes?: readonly string[];
  /** Option tags understood (§8.2.2.3, §19.2); a Require with others gets 420. Default none. */
  readonly supportedOptionTags?: readonly string[];
  /** Body types understood (§8.2.3); others get 415. Default application/sdp and multipart/mixed. */
  readonly acceptedContentTypes?: readonly string[];
  /** Content-Encodings understood (§8.2.3, §20.12). Default identity only. */
  readonly acceptedContentEncodings?: readonly string[];
  /**
   * Whether this element forwards the request (a proxy, §16.3): Max-Forwards 0 then gets 483 and
   * Proxy-Require is checked. A UAS processes Max-Forwards 0 normally (RFC 4475 §3.3.11). Default true.
   */
  readonly forwarding?: boolean;
}

const DEFAULT_SCHEMES = ['sip', 'sips', 'tel'];
const DEFAULT_TYPES = ['application/sdp', 'multipart/mixed'];
const SIP_DATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$/;

function reject(status: number, reason: string, headers?: [string, string][]): Verdict {
  return headers ? { ok: false, status, reason, headers } : { ok: false, status, reason };
}

/** Run a syntax check, turning a `SipParseError` into a 400 verdict. */
function syntax(check: () => unknown): Verdict | undefined {
  try {
    check();
    return undefined;
  } catch (err) {
    if (err instanceof SipParseError) return reject(400, err.reason);
    throw err;
  }
}

/** Syntax of the header fields every message needs (§8.1.1) and of those present that we read. */
function checkHeaders(msg: SipMessage): Verdict | undefined {
  const h = msg.headers;
  for (const [name, label] of [
    ['via', 'Via'],
    ['from', 'From'],
    ['to', 'To'],
    ['call-id', 'Call-ID'],
    ['cseq', 'CSeq'],
  ] as const) {
    if (!h.has(name)) return reject(400, `Bad Request - Missing ${label}`);
  }
  const checks: (() => unknown)[] = [
    () => getVia(msg),
    () => getFrom(msg),
    () => getTo(msg),
    () => getCallId(msg),
    () => getCSeq(msg),
    () => getMaxForwards(msg),
    () => getContentLength(msg),
    () => getContentType(msg),
    () => getExpires(msg),
    () => checkContactExpires(msg),
    () => getRoutes(msg),
    () => getRecordRoutes(msg),
    () => getSupported(msg),
    () => getRequire(msg),
    () => getProxyRequire(msg),
    () => getAuthorization(msg),
    () => getProxyAuthorization(msg),
    () => getWwwAuthenticate(msg),
    () => getProxyAuthenticate(msg),
    () => getEvent(msg),
    () => getSubscriptionState(msg),
    () => getReferTo(msg),
    () => getReplaces(msg),
    () => getSessionExpires(msg),
    () => getMinSE(msg),
    () => checkDate(msg),
    () => checkRetryAfter(msg),
    () => checkWarning(msg),
  ];
  for (const check of checks) {
    const verdict = syntax(check);
    if (verdict) return verdict;
  }
  const body = getContentLength(msg);
  if (body !== undefined && body !== msg.body.length)
    return reject(400, 'Bad Request - Content-Length mismatch');
  return undefined;
}

/** Contact `expires` is delta-seconds, at most 2**32-1 (§20.10, RFC 4475 §3.1.2.4 scalar02). */
function checkContactExpires(msg: SipMessage): void {
  for (const contact of getContact(msg).contacts) {
    const expires = contact.params.get('expires');
    if (expires === undefined) continue;
    const n = expires === null ? undefined : parseDecimal(expires, 10);
    if (n === undefined || n > 0xffffffff) throw new SipParseError('Bad Request - Malformed Contact expires');
  }
}

/** Date = SIP-date, an RFC 1123 date in GMT only (§20.17; RFC 4475 §3.1.2.12 baddate). */
function checkDate(msg: SipMessage): void {
  const date = msg.headers.get('date');
  if (date !== undefined && !SIP_DATE.test(date)) throw new SipParseError('Bad Request - Malformed Date');
}

/** Retry-After = delta-seconds [ comment ] *( SEMI retry-param ) (§20.33; RFC 4475 §3.1.2.5 scalarlg). */
function checkRetryAfter(msg: SipMessage): void {
  const value = msg.headers.get('retry-after');
  if (value === undefined) return;
  const m = /^\s*([0-9]+)/.exec(value);
  const n = m ? parseDecimal(m[1] ?? '', 10) : undefined;
  if (n === undefined || n > 0xffffffff) throw new SipParseError('Bad Request - Malformed Retry-After');
}

/** warning-value = warn-code SP warn-agent SP warn-text, warn-code = 3DIGIT (§20.43). */
function checkWarning(msg: SipMessage): void {
  for (const value of msg.headers.getList('warning')) {
    if (!/^[0-9]{3} \S+ "/.test(value)) throw new SipParseError('Bad Request - Malformed Warning');
  }
}

/**
 * Application-layer checks of a request that parsed (RFC 3261 §8.2, §16.3; RFC 4475 §3.1.2, §3.3), in
 * the order an element applies them: version (505), syntax of the headers it reads (400), loop guard
 * (483), Request-URI scheme (416), extensions (420), body type and encoding (415).
 */
export function validateRequest(req: SipRequest, policy: ValidationPolicy = {}): Verdict {
  // §7.1, §21.5.6: this stack speaks SIP/2.0 only (RFC 4475 §3.1.2.16 badvers).
  if (req.version.toUpperCase() !== 'SIP/2.0') return reject(505, 'Version Not Supported');

  const headerVerdict = checkHeaders(req);
  if (headerVerdict) return headerVerdict;
  if (!req.headers.has('max-forwards')) return reject(400, 'Bad Request - Missing Max-Forwards');

  // §8.1.1.5: the CSeq method matches the request method (RFC 4475 §3.1.2.17-18 mismatch01/02).
  if (getCSeq(req).method !== req.method) return reject(400, 'Bad Request - CSeq method does not match');

  const forwarding = policy.forwarding ?? true;
  if (forwarding && getMaxForwards(req) === 0 && req.method !== 'ACK') {
    return reject(483, 'Too Many Hops');
  }

  // §8.2.2.1: Request-URI scheme first (416), then its syntax.
  const colon = req.uri.indexOf(':');
  const scheme = req.uri.slice(0, colon).toLowerCase();
  if (!(policy.uriSchemes ?? DEFAULT_SCHEMES).includes(scheme)) return reject(416, 'Unsupported URI Scheme');
  if (syntax(() => getRequestUri(req))) return reject(400, 'Bad Request - Malformed Request-URI');
  const uri = getRequestUri(req);
  // §19.1.1 table: headers are not allowed in a Request-URI (RFC 4475 §3.1.2.11 escruri).
  if (uri.kind === 'sip' && uri.headers.size > 0) return reject(400, 'Bad Request - Headers in Request-URI');

  // §8.2.2.3 and §16.3 step 5: unknown option tags; never for ACK/CANCEL, which cannot be rejected.
  if (req.method !== 'ACK' && req.method !== 'CANCEL') {
    const known = policy.supportedOptionTags ?? [];
    const required = [...getRequire(req), ...(forwarding ? getProxyRequire(req) : [])];
    const unknown = [...new Set(required.filter((tag) => !known.includes(tag.toLowerCase())))];
    if (unknown.length > 0) return reject(420, 'Bad Extension', [['Unsupported', unknown.join(', ')]]);
  }

  // §8.2.3: body types and encodings the UAS cannot process get 415 with what it can.
  if (req.body.length > 0) {
    const accepted = policy.acceptedContentTypes ?? DEFAULT_TYPES;
    const type = getContentType(req);
    if (type && !accepted.includes(`${type.type}/${type.subtype}`)) {
      return reject(415, 'Unsupported Media Type', [['Accept', accepted.join(', ')]]);
    }
    const encodings = policy.acceptedContentEncodings ?? ['identity'];
    const used = req.headers.getList('content-encoding').map((e) => e.toLowerCase());
    if (used.some((e) => !encodings.includes(e))) {
      return reject(415, 'Unsupported Media Type', [['Accept-Encoding', encodings.join(', ')]]);
    }
  }
  return { ok: true };
}

/**
 * Checks of a received response (§8.1.3.3, §18.1.2): a response failing them is discarded, not
 * answered, so the verdict's status is only a category (400 malformed, 505 version).
 */
export function validateResponse(res: SipResponse): Verdict {
  if (res.version.toUpperCase() !== 'SIP/2.0') return reject(505, 'Version Not Supported');
  return checkHeaders(res) ?? { ok: true };
}
