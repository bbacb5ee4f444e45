/**
 * Header field names: case-insensitive (RFC 3261 §7.3.1), with compact forms (§7.3.3, §20, and the
 * extension RFCs that assigned letters). Lookups use the lowercase long form as the key.
 */

/** Compact form → lowercase long form. */
const COMPACT: Readonly<Record<string, string>> = {
  a: 'accept-contact', // RFC 3841
  b: 'referred-by', // RFC 3892
  c: 'content-type',
  d: 'request-disposition', // RFC 3841
  e: 'content-encoding',
  f: 'from',
  i: 'call-id',
  j: 'reject-contact', // RFC 3841
  k: 'supported',
  l: 'content-length',
  m: 'contact',
  n: 'identity-info', // RFC 4474
  o: 'event', // RFC 6665
  r: 'refer-to', // RFC 3515
  s: 'subject',
  t: 'to',
  u: 'allow-events', // RFC 6665
  v: 'via',
  x: 'session-expires', // RFC 4028
  y: 'identity', // RFC 8224
};

/** Lowercase long form → canonical spelling for names whose capitalisation is not plain Title-Case. */
const CANONICAL: Readonly<Record<string, string>> = {
  'call-id': 'Call-ID',
  cseq: 'CSeq',
  'www-authenticate': 'WWW-Authenticate',
  'mime-version': 'MIME-Version',
  'min-se': 'Min-SE',
  rack: 'RAck',
  rseq: 'RSeq',
  'sip-etag': 'SIP-ETag',
  'sip-if-match': 'SIP-If-Match',
  'p-asserted-identity': 'P-Asserted-Identity',
};

/** Header names as they are usually written, resolved without lowercasing (parser hot path). */
const USUAL_SPELLINGS: ReadonlyMap<string, string> = (() => {
  const names = [
    'Via',
    'From',
    'To',
    'Call-ID',
    'Call-Id',
    'CSeq',
    'Contact',
    'Max-Forwards',
    'Route',
    'Record-Route',
    'Content-Type',
    'Content-Length',
    'Content-Encoding',
    'Content-Disposition',
    'Expires',
    'Allow',
    'Supported',
    'Require',
    'Proxy-Require',
    'Unsupported',
    'User-Agent',
    'Server',
    'Accept',
    'Authorization',
    'Proxy-Authorization',
    'WWW-Authenticate',
    'Proxy-Authenticate',
    'Event',
    'Allow-Events',
    'Subscription-State',
    'Refer-To',
    'Referred-By',
    'Replaces',
    'Session-Expires',
    'Min-SE',
    'Min-Expires',
    'Date',
    'Timestamp',
    'Subject',
    'Organization',
    'Warning',
    'Retry-After',
    'P-Asserted-Identity',
    'P-Preferred-Identity',
    'Privacy',
    'Path',
    'RSeq',
    'RAck',
    'Reason',
  ];
  const map = new Map<string, string>();
  for (const name of names) {
    map.set(name, name.toLowerCase());
    map.set(name.toLowerCase(), name.toLowerCase());
  }
  for (const [letter, long] of Object.entries(COMPACT)) {
    map.set(letter, long);
    map.set(letter.toUpperCase(), long);
  }
  return map;
})();

/** The key of a header name written in one of its usual spellings (known valid tokens), else undefined. */
export function usualHeaderKey(name: string): string | undefined {
  return USUAL_SPELLINGS.get(name);
}

/** The index key of a header name: lowercase long form (`V` → `via`, `Call-ID` → `call-id`). */
export function headerKey(name: string): string {
  const usual = USUAL_SPELLINGS.get(name);
  if (usual !== undefined) return usual;
  const lower = name.toLowerCase();
  if (lower.length === 1) return COMPACT[lower] ?? lower;
  return lower;
}

/** Canonical spelling of a header name (`call-id` → `Call-ID`, `v` → `Via`, `x-foo` → `X-Foo`). */
export function canonicalHeaderName(name: string): string {
  const key = headerKey(name);
  const special = CANONICAL[key];
  if (special !== undefined) return special;
  return key.replace(/(^|-)([a-z])/g, (_m, dash: string, ch: string) => dash + ch.toUpperCase());
}

/** The compact form of a header name, if it has one (§7.3.3). */
export function compactHeaderName(name: string): string | undefined {
  const key = headerKey(name);
  for (const [letter, long] of Object.entries(COMPACT)) if (long === key) return letter;
  return undefined;
}
