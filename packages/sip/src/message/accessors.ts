import { parseChallenges, parseCredentials } from './auth-header';
import { parseCSeq } from './cseq';
import { parseParams } from './header-params';
import type { SipHeaders } from './header-store';
import { isToken, paramText, parseDecimal, splitHeaderValues } from './lexer';
import { parseNameAddr } from './name-addr';
import { SipParseError } from './parse-error';
import { partialOf } from './parser';
import type {
  Challenge,
  ContactList,
  Credentials,
  CSeq,
  EventHeader,
  MediaType,
  NameAddr,
  Replaces,
  SessionExpires,
  SipMessage,
  SipRequest,
  SubscriptionState,
  Uri,
  Via,
} from './types';
import { parseUri } from './uri';
import { parseVia } from './via';

/*
 * Typed header accessors: parsed on first use and cached on the header store (`SipHeaders.memo`).
 * A malformed value throws `SipParseError` carrying the partial info of the message. Accessors for
 * optional headers return `undefined` when the header is absent.
 */

type HasHeaders = Pick<SipMessage, 'headers'> & Partial<Pick<SipMessage, 'kind'>>;

function cached<T>(msg: HasHeaders, id: string, parse: (h: SipHeaders) => T): T {
  try {
    return msg.headers.memo(id, () => parse(msg.headers));
  } catch (err) {
    if (err instanceof SipParseError && 'kind' in msg) throw err.withPartial(partialOf(msg as SipMessage));
    throw err;
  }
}

/** The single value of a header that may appear once (§7.3.1); two fields or a list is an error. */
function single(h: SipHeaders, name: string, label: string): string | undefined {
  const all = h.getAll(name);
  if (all.length > 1) throw new SipParseError(`Bad Request - Multiple ${label} header fields`);
  return all[0];
}

function required(value: string | undefined, label: string): string {
  if (value === undefined) throw new SipParseError(`Bad Request - Missing ${label}`);
  return value;
}

function number(value: string, label: string, max = 0xffffffff): number {
  const n = parseDecimal(value.trim(), 10);
  if (n === undefined || n > max) throw new SipParseError(`Bad Request - Malformed ${label}`);
  return n;
}

/** Request-URI, parsed (§19.1). */
export function getRequestUri(req: SipRequest): Uri {
  return req.headers.memo(`@ruri#${req.uri}`, () => parseUri(req.uri));
}

/** Every via-parm, topmost first, across all Via fields (§20.42, §7.3.1). */
export function getVia(msg: HasHeaders): readonly Via[] {
  return cached(msg, 'via', (h) => {
    const out: Via[] = [];
    for (const field of h.getAll('via')) {
      const items = splitHeaderValues(field);
      // RFC 4475 §3.1.2.1 badinv01: a trailing `,` means an empty via-parm, which is invalid.
      if (items.length === 0 || /,\s*$/.test(field)) throw new SipParseError('Bad Request - Malformed Via');
      for (const item of items) out.push(parseVia(item));
    }
    return out;
  });
}

/** The topmost via-parm (§8.2.6.2, §17.2.3 transaction matching). */
export function getTopVia(msg: HasHeaders): Via | undefined {
  return getVia(msg)[0];
}

export function getFrom(msg: HasHeaders): NameAddr {
  return cached(msg, 'from', (h) => parseNameAddr(required(single(h, 'from', 'From'), 'From'), 'From'));
}

export function getTo(msg: HasHeaders): NameAddr {
  return cached(msg, 'to', (h) => parseNameAddr(required(single(h, 'to', 'To'), 'To'), 'To'));
}

export function getCallId(msg: HasHeaders): string {
  return cached(msg, 'call-id', (h) => {
    const value = required(single(h, 'call-id', 'Call-ID'), 'Call-ID');
    // callid = word [ "@" word ] (§25.1): no whitespace inside.
    if (value.length === 0 || /\s/.test(value)) throw new SipParseError('Bad Request - Malformed Call-ID');
    return value;
  });
}

export function getCSeq(msg: HasHeaders): CSeq {
  return cached(msg, 'cseq', (h) => parseCSeq(required(single(h, 'cseq', 'CSeq'), 'CSeq')));
}

/** Contact (§20.10): `*` (REGISTER removal, §10.2.2) or addresses. Absent header → empty list. */
export function getContact(msg: HasHeaders): ContactList {
  return cached(msg, 'contact', (h) => {
    const items = h.getList('contact');
    if (items.length === 1 && items[0] === '*') return { wildcard: true, contacts: [] };
    const contacts = items.map((item) => {
      if (item === '*') throw new SipParseError('Bad Request - Contact * mixed with addresses');
      return parseNameAddr(item, 'Contact');
    });
    return { wildcard: false, contacts };
  });
}

export function getRoutes(msg: HasHeaders): readonly NameAddr[] {
  return cached(msg, 'route', (h) => h.getList('route').map((item) => parseNameAddr(item, 'Route')));
}

export function getRecordRoutes(msg: HasHeaders): readonly NameAddr[] {
  return cached(msg, 'record-route', (h) =>
    h.getList('record-route').map((item) => parseNameAddr(item, 'Record-Route')),
  );
}

/** Max-Forwards = 1*DIGIT, 0–255 in practice (§20.22; RFC 4475 §3.1.2.4 rejects 300). */
export function getMaxForwards(msg: HasHeaders): number | undefined {
  return cached(msg, 'max-forwards', (h) => {
    const value = single(h, 'max-forwards', 'Max-Forwards');
    return value === undefined ? undefined : number(value, 'Max-Forwards', 255);
  });
}

/** Expires delta-seconds (§20.19); values beyond 2**32-1 are malformed (RFC 4475 §3.1.2.4). */
export function getExpires(msg: HasHeaders): number | undefined {
  return cached(msg, 'expires', (h) => {
    const value = single(h, 'expires', 'Expires');
    return value === undefined ? undefined : number(value, 'Expires');
  });
}

/** Content-Length (§20.14); absent → undefined. */
export function getContentLength(msg: HasHeaders): number | undefined {
  return cached(msg, 'content-length', (h) => {
    const values = h.getAll('content-length');
    if (values.length === 0) return undefined;
    const n = number(values[0] ?? '', 'Content-Length');
    for (const v of values)
      if (number(v, 'Content-Length') !== n)
        throw new SipParseError('Bad Request - Multiple Content-Length values');
    return n;
  });
}

/** Content-Type media-type (§20.15): type/subtype lowercased. */
export function getContentType(msg: HasHeaders): MediaType | undefined {
  return cached(msg, 'content-type', (h) => {
    const value = single(h, 'content-type', 'Content-Type');
    return value === undefined ? undefined : parseMediaType(value);
  });
}

export function parseMediaType(value: string): MediaType {
  const m = /^\s*([^\s/;]+)\s*\/\s*([^\s/;]+)\s*/.exec(value);
  if (!m || !isToken(m[1] ?? '') || !isToken(m[2] ?? '')) {
    throw new SipParseError('Bad Request - Malformed Content-Type');
  }
  return {
    type: (m[1] ?? '').toLowerCase(),
    subtype: (m[2] ?? '').toLowerCase(),
    params: parseParams(value, m[0].length, 'Content-Type'),
  };
}

function optionTags(msg: HasHeaders, name: string, label: string): readonly string[] {
  return cached(msg, name, (h) =>
    h.getList(name).map((tag) => {
      if (!isToken(tag)) throw new SipParseError(`Bad Request - Malformed ${label}`);
      return tag;
    }),
  );
}

/** Option tags (§19.2, §20.37 Supported, §20.32 Require, §20.29 Proxy-Require, §20.40 Unsupported). */
export const getSupported = (msg: HasHeaders): readonly string[] => optionTags(msg, 'supported', 'Supported');
export const getRequire = (msg: HasHeaders): readonly string[] => optionTags(msg, 'require', 'Require');
export const getProxyRequire = (msg: HasHeaders): readonly string[] =>
  optionTags(msg, 'proxy-require', 'Proxy-Require');
export const getUnsupported = (msg: HasHeaders): readonly string[] =>
  optionTags(msg, 'unsupported', 'Unsupported');
/** Allow (§20.5): methods. */
export const getAllow = (msg: HasHeaders): readonly string[] => optionTags(msg, 'allow', 'Allow');

/** Authorization credentials, one per field (§20.7). */
export function getAuthorization(msg: HasHeaders): readonly Credentials[] {
  return cached(msg, 'authorization', (h) => h.getAll('authorization').map((v) => parseCredentials(v)));
}

export function getProxyAuthorization(msg: HasHeaders): readonly Credentials[] {
  return cached(msg, 'proxy-authorization', (h) =>
    h.getAll('proxy-authorization').map((v) => parseCredentials(v)),
  );
}

/** WWW-Authenticate challenges (§20.44); a field may carry several, comma-separated. */
export function getWwwAuthenticate(msg: HasHeaders): readonly Challenge[] {
  return cached(msg, 'www-authenticate', (h) =>
    h.getAll('www-authenticate').flatMap((v) => parseChallenges(v)),
  );
}

export function getProxyAuthenticate(msg: HasHeaders): readonly Challenge[] {
  return cached(msg, 'proxy-authenticate', (h) =>
    h.getAll('proxy-authenticate').flatMap((v) => parseChallenges(v)),
  );
}

/** Event (RFC 6665 §8.2.1). */
export function getEvent(msg: HasHeaders): EventHeader | undefined {
  return cached(msg, 'event', (h) => {
    const value = single(h, 'event', 'Event');
    if (value === undefined) return undefined;
    const { token, params } = tokenWithParams(value, 'Event');
    const id = paramText(params.get('id'));
    return id === undefined ? { event: token, params } : { event: token, params, id };
  });
}

/** Subscription-State (RFC 6665 §8.2.3). */
export function getSubscriptionState(msg: HasHeaders): SubscriptionState | undefined {
  return cached(msg, 'subscription-state', (h) => {
    const value = single(h, 'subscription-state', 'Subscription-State');
    if (value === undefined) return undefined;
    const { token, params } = tokenWithParams(value, 'Subscription-State');
    const out: { -readonly [K in keyof SubscriptionState]: SubscriptionState[K] } = {
      state: token.toLowerCase(),
      params,
    };
    const expires = params.get('expires');
    if (expires) out.expires = number(expires, 'Subscription-State');
    const reason = params.get('reason');
    if (reason) out.reason = reason.toLowerCase();
    const retry = params.get('retry-after');
    if (retry) out.retryAfter = number(retry, 'Subscription-State');
    return out;
  });
}

/** Refer-To (RFC 3515 §2.1): one name-addr; the URI may carry headers (`?Replaces=…`). */
export function getReferTo(msg: HasHeaders): NameAddr | undefined {
  return cached(msg, 'refer-to', (h) => {
    const value = single(h, 'refer-to', 'Refer-To');
    return value === undefined ? undefined : parseNameAddr(value, 'Refer-To');
  });
}

/** Replaces (RFC 3891 §6.1): callid *( SEMI replaces-param ), to-tag and from-tag mandatory. */
export function getReplaces(msg: HasHeaders): Replaces | undefined {
  return cached(msg, 'replaces', (h) => {
    const value = single(h, 'replaces', 'Replaces');
    return value === undefined ? undefined : parseReplaces(value);
  });
}

export function parseReplaces(value: string): Replaces {
  const semi = value.indexOf(';');
  const callId = (semi < 0 ? value : value.slice(0, semi)).trim();
  if (callId.length === 0 || /\s/.test(callId) || semi < 0) {
    throw new SipParseError('Bad Request - Malformed Replaces');
  }
  const params = parseParams(value, semi, 'Replaces');
  const toTag = paramText(params.get('to-tag'));
  const fromTag = paramText(params.get('from-tag'));
  if (toTag === undefined || fromTag === undefined)
    throw new SipParseError('Bad Request - Malformed Replaces');
  return { callId, toTag, fromTag, earlyOnly: params.has('early-only'), params };
}

/** Session-Expires (RFC 4028 §4): delta-seconds *( SEMI se-params ), refresher = uac / uas. */
export function getSessionExpires(msg: HasHeaders): SessionExpires | undefined {
  return cached(msg, 'session-expires', (h) => {
    const value = single(h, 'session-expires', 'Session-Expires');
    if (value === undefined) return undefined;
    const { token, params } = tokenWithParams(value, 'Session-Expires');
    const out: { -readonly [K in keyof SessionExpires]: SessionExpires[K] } = {
      deltaSeconds: number(token, 'Session-Expires'),
      params,
    };
    const refresher = params.get('refresher')?.toLowerCase();
    if (refresher === 'uac' || refresher === 'uas') out.refresher = refresher;
    else if (refresher !== undefined) throw new SipParseError('Bad Request - Malformed Session-Expires');
    return out;
  });
}

/** Min-SE (RFC 4028 §5): delta-seconds *( SEMI generic-param ). */
export function getMinSE(msg: HasHeaders): number | undefined {
  return cached(msg, 'min-se', (h) => {
    const value = single(h, 'min-se', 'Min-SE');
    return value === undefined ? undefined : number(tokenWithParams(value, 'Min-SE').token, 'Min-SE');
  });
}

function tokenWithParams(
  value: string,
  label: string,
): { token: string; params: Map<string, string | null> } {
  const semi = value.indexOf(';');
  const token = (semi < 0 ? value : value.slice(0, semi)).trim();
  if (!isToken(token)) throw new SipParseError(`Bad Request - Malformed ${label}`);
  return { token, params: semi < 0 ? new Map() : parseParams(value, semi, label) };
}
