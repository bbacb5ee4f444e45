import { formatParams, parseParams } from './header-params';
import { Ch, isToken, isWsp, paramText, quote, skipQuoted, skipWs, unquote } from './lexer';
import { SipParseError } from './parse-error';
import type { NameAddr } from './types';
import { formatUri, parseUri } from './uri';

/**
 * ( name-addr / addr-spec ) *( SEMI param ) — From, To, Contact, Route, Record-Route, Refer-To…
 * (RFC 3261 §20.10, §20.20, §20.39, §25.1).
 *
 * name-addr = [ display-name ] LAQUOT addr-spec RAQUOT; display-name = *(token LWS) / quoted-string.
 * In the addr-spec form everything after the first `;` is a header parameter (§20.10), and a URI with
 * `,`, `?` or `;` must be enclosed in `<>` (§20: RFC 4475 §3.1.2.13 regbadct).
 */
export function parseNameAddr(value: string, what: string): NameAddr {
  const s = value;
  let i = skipWs(s, 0);
  let displayName: string | undefined;
  let uriText: string;

  const c0 = s.charCodeAt(i);
  let lt = -1;
  if (c0 === Ch.Quote) {
    const end = skipQuoted(s, i);
    if (end < 0) throw bad(what, 'unterminated quoted display name');
    displayName = unquote(s.slice(i, end));
    i = skipWs(s, end);
    if (s.charCodeAt(i) !== Ch.Lt) throw bad(what);
    lt = i;
  } else if (c0 === Ch.Lt) {
    lt = i;
  } else {
    // `token LWS token LWS … <uri>` or a bare addr-spec (which cannot contain '<').
    const j = s.indexOf('<', i);
    if (j >= 0) {
      const words = s.slice(i, j).trim();
      // display-name = *(token LWS): any other character (',' in RFC 4475 §3.1.2.15 baddn) is invalid.
      for (const word of words.split(/[ \t]+/)) if (word && !isToken(word)) throw bad(what, 'display name');
      if (words) displayName = words;
      lt = j;
    }
  }

  let paramsStart: number;
  if (lt >= 0) {
    // RAQUOT right after addr-spec: no LWS inside the brackets (RFC 4475 §3.1.2.14 badaspec).
    const gt = s.indexOf('>', lt + 1);
    if (gt < 0) throw bad(what, 'unterminated <');
    uriText = s.slice(lt + 1, gt);
    paramsStart = gt + 1;
  } else {
    let j = i;
    while (j < s.length) {
      const c = s.charCodeAt(j);
      if (c === Ch.Semicolon || isWsp(c)) break;
      if (c === Ch.Comma || c === Ch.Question || c === Ch.Lt || c === Ch.Gt || c === Ch.Quote) {
        throw bad(what, 'URI with reserved characters must be enclosed in <>');
      }
      j++;
    }
    uriText = s.slice(i, j);
    paramsStart = j;
  }
  if (uriText.length === 0 || !isUriClean(uriText)) throw bad(what, 'URI');

  let uri: NameAddr['uri'];
  try {
    uri = parseUri(uriText);
  } catch (err) {
    if (err instanceof SipParseError) throw bad(what, 'URI');
    throw err;
  }
  const params = parseParams(s, paramsStart, what);
  const tag = paramText(params.get('tag'));
  const out: { -readonly [K in keyof NameAddr]: NameAddr[K] } = { uri, params };
  if (displayName !== undefined) out.displayName = displayName;
  if (tag !== undefined) out.tag = tag;
  return out;
}

function isUriClean(uri: string): boolean {
  for (let k = 0; k < uri.length; k++) {
    const c = uri.charCodeAt(k);
    if (c <= Ch.Space || c === 0x7f || c === Ch.Lt || c === Ch.Gt || c === Ch.Quote) return false;
  }
  return true;
}

/** Write a name-addr (always with `<>`, which is never wrong, §20.10). */
export function formatNameAddr(addr: Pick<NameAddr, 'displayName' | 'uri' | 'params'>): string {
  const name = addr.displayName === undefined ? '' : `${formatDisplayName(addr.displayName)} `;
  return `${name}<${formatUri(addr.uri)}>${formatParams(addr.params)}`;
}

function formatDisplayName(name: string): string {
  // Keep token sequences bare (`Alice Smith`); quote anything else.
  return /^[A-Za-z0-9\-.!%*_+`'~]+(?: [A-Za-z0-9\-.!%*_+`'~]+)*$/.test(name) ? name : quote(name);
}

function bad(what: string, detail?: string): SipParseError {
  return new SipParseError(`Bad Request - Malformed ${what}${detail ? ` (${detail})` : ''}`);
}
