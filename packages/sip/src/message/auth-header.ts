import { isToken, splitHeaderValues, unquote } from './lexer';
import { SipParseError } from './parse-error';
import type { Challenge, Credentials } from './types';

/*
 * Authorization / Proxy-Authorization credentials and WWW-Authenticate / Proxy-Authenticate challenges
 * (RFC 3261 §20.7, §20.27, §20.28, §20.44, §25.1; RFC 7235 §2.1): auth-scheme LWS auth-param
 * *( COMMA auth-param ), auth-param = token EQUAL ( token / quoted-string ).
 */

const SCHEME_AND_REST = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+)(?:[ \t]+(.*))?$/s;

/** One credentials value (a field carries exactly one). */
export function parseCredentials(value: string): Credentials {
  const all = parseAuthList(value.trim(), 'Authorization');
  if (all.length !== 1 || !all[0]) throw new SipParseError('Bad Request - Malformed Authorization');
  return all[0];
}

/** One or more challenges in one field value. */
export function parseChallenges(value: string): Challenge[] {
  return parseAuthList(value.trim(), 'WWW-Authenticate');
}

function parseAuthList(value: string, label: string): Credentials[] {
  const out: { scheme: string; params: Map<string, string>; token68?: string }[] = [];
  for (const item of splitHeaderValues(value)) {
    const eq = item.indexOf('=');
    const sp = item.search(/[ \t]/);
    const startsScheme = sp > 0 && (eq < 0 || sp < eq) && isToken(item.slice(0, sp));
    let param = item;
    if (startsScheme || (eq < 0 && isToken(item))) {
      const m = SCHEME_AND_REST.exec(item);
      if (!m) throw bad(label);
      out.push({ scheme: m[1] ?? '', params: new Map() });
      param = (m[2] ?? '').trim();
      if (param.length === 0) continue;
    }
    const current = out[out.length - 1];
    if (!current) throw bad(label);
    const m = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+)[ \t]*=[ \t]*(.*)$/s.exec(param);
    if (!m) {
      // token68 (RFC 7235 §2.1), e.g. Basic credentials; only as the sole value after the scheme.
      if (
        current.params.size === 0 &&
        current.token68 === undefined &&
        /^[A-Za-z0-9\-._~+/]+=*$/.test(param)
      ) {
        current.token68 = param;
        continue;
      }
      throw bad(label);
    }
    const name = (m[1] ?? '').toLowerCase();
    const raw = (m[2] ?? '').trim();
    let text: string;
    if (raw.startsWith('"')) {
      if (raw.length < 2 || !raw.endsWith('"')) throw bad(label);
      text = unquote(raw);
    } else {
      if (!isToken(raw)) throw bad(label);
      text = raw;
    }
    current.params.set(name, text);
  }
  if (out.length === 0) throw bad(label);
  return out;
}

function bad(label: string): SipParseError {
  return new SipParseError(`Bad Request - Malformed ${label}`);
}
