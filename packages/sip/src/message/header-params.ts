import { Ch, isTokenChar, isWsp, skipQuoted, skipWs } from './lexer';
import { SipParseError } from './parse-error';

/**
 * generic-param list (RFC 3261 §25.1): *( SEMI generic-param ), generic-param = token [ EQUAL gen-value ],
 * gen-value = token / host / quoted-string. SEMI and EQUAL allow SWS on both sides. An empty parameter
 * (`;;`, RFC 4475 §3.1.2.1 badinv01) is an error.
 *
 * Parses from `s[start]` (which must be `;` or the end) to the end of `s`.
 */
export function parseParams(s: string, start: number, what: string): Map<string, string | null> {
  const params = new Map<string, string | null>();
  let i = skipWs(s, start);
  while (i < s.length) {
    if (s.charCodeAt(i) !== Ch.Semicolon) throw bad(what);
    i = skipWs(s, i + 1);
    const nameStart = i;
    while (i < s.length && isTokenChar(s.charCodeAt(i))) i++;
    if (i === nameStart) throw bad(what);
    const name = s.slice(nameStart, i).toLowerCase();
    i = skipWs(s, i);
    if (i < s.length && s.charCodeAt(i) === Ch.Eq) {
      i = skipWs(s, i + 1);
      const valueStart = i;
      if (s.charCodeAt(i) === Ch.Quote) {
        i = skipQuoted(s, i);
        if (i < 0) throw bad(what);
      } else {
        // token, or host (IPv6 reference brings '[', ']' and ':').
        while (i < s.length) {
          const c = s.charCodeAt(i);
          if (!isTokenChar(c) && c !== Ch.LBracket && c !== Ch.RBracket && c !== Ch.Colon) break;
          i++;
        }
        if (i === valueStart) throw bad(what);
      }
      params.set(name, s.slice(valueStart, i));
      i = skipWs(s, i);
    } else {
      params.set(name, null);
    }
  }
  return params;
}

/** Write params back (`;name=value;flag`); values are written as stored (quoted ones keep quotes). */
export function formatParams(params: ReadonlyMap<string, string | null>): string {
  let out = '';
  for (const [name, value] of params) out += value === null ? `;${name}` : `;${name}=${value}`;
  return out;
}

/** Index of the first char that is neither SP nor HTAB scanning backwards from `end` (exclusive). */
export function trimEnd(s: string, end: number): number {
  while (end > 0 && isWsp(s.charCodeAt(end - 1))) end--;
  return end;
}

function bad(what: string): SipParseError {
  return new SipParseError(`Bad Request - Malformed ${what} parameters`);
}
