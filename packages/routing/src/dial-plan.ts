import type { CallInfo } from '@carillon/call-control';

/**
 * The number the caller dialled. The Request-URI names the target of a
 * request (RFC 3261 §8.1.1.1, §16.5) — a proxy or phone may rewrite To, not
 * the Request-URI — so it wins; To's user part is the fallback for a
 * Request-URI without one.
 *
 * Visual separators of RFC 3966 §5.1.1 (`-`, `.`, `(`, `)`) are dropped, so
 * a phone that sends `sip:2-02@…` reaches 202. Anything else that is not a
 * dial string (a name, a SIP username) yields undefined.
 */
export function dialledNumber(call: Pick<CallInfo, 'requestUri' | 'to'>): string | undefined {
  return normaliseDialString(uriUser(call.requestUri)) ?? normaliseDialString(call.to.user ?? undefined);
}

/** User part of a sip:, sips: or tel: URI (RFC 3261 §19.1.1, RFC 3966 §3), percent-decoded. */
export function uriUser(uri: string): string | undefined {
  const match = /^(sips?|tel):([^;?]*)/i.exec(uri);
  if (match === null) return undefined;
  const [, scheme, rest = ''] = match;
  const user =
    scheme?.toLowerCase() === 'tel' ? rest : rest.includes('@') ? rest.slice(0, rest.lastIndexOf('@')) : '';
  // A user part may carry a password (`user:password`, RFC 3261 §19.1.1, deprecated) — never a number.
  const withoutPassword = user.split(':')[0] ?? '';
  try {
    return decodeURIComponent(withoutPassword);
  } catch {
    return undefined;
  }
}

const SEPARATORS = /[-.()]/g;
const DIAL_STRING = /^\+?[0-9*#]{1,32}$/;

export function normaliseDialString(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const candidate = raw.replace(SEPARATORS, '');
  return DIAL_STRING.test(candidate) ? candidate : undefined;
}
