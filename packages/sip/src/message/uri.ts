import { percentDecode, percentEncode } from './lexer';
import { SipParseError } from './parse-error';
import type { AbsoluteUri, Params, SipUri, TelUri, Uri } from './types';

/*
 * URIs: SIP/SIPS (RFC 3261 §19.1, grammar §25.1), tel (RFC 3966 §3), other absoluteURI kept opaque.
 * Character classes follow §25.1: a character outside its class is a parse error, which is what
 * rejects LWS inside a Request-URI (RFC 4475 §3.1.2.8 lwsruri) and `<…>` around it (§3.1.2.7).
 */

const UNRESERVED = "A-Za-z0-9\\-_.!~*'()";
/** user = 1*( unreserved / escaped / user-unreserved ); user-unreserved = & = + $ , ; ? / */
const USER = new RegExp(`^(?:[${UNRESERVED}&=+$,;?/]|%[0-9A-Fa-f]{2})+$`);
/** password = *( unreserved / escaped / & = + $ , ) */
const PASSWORD = new RegExp(`^(?:[${UNRESERVED}&=+$,]|%[0-9A-Fa-f]{2})*$`);
/** paramchar = param-unreserved / unreserved / escaped; param-unreserved = [ ] / : & + $ */
const PARAMCHARS = new RegExp(`^(?:[${UNRESERVED}\\[\\]/:&+$]|%[0-9A-Fa-f]{2})+$`);
/** hname / hvalue: hnv-unreserved = [ ] / ? : + $ */
const HNAME = new RegExp(`^(?:[${UNRESERVED}\\[\\]/?:+$]|%[0-9A-Fa-f]{2})+$`);
const HVALUE = new RegExp(`^(?:[${UNRESERVED}\\[\\]/?:+$]|%[0-9A-Fa-f]{2})*$`);
/** hostname / IPv4address (§25.1); IPv6reference handled separately. */
const HOSTNAME =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.?$/;
const IPV6REF = /^\[[0-9A-Fa-f:.]+\]$/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+\-.]*$/;
/** RFC 3966: global-number-digits = "+" *phonedigit DIGIT *phonedigit; local allows hex, * and #. */
const TEL_GLOBAL = /^\+[0-9\-.()]*[0-9][0-9\-.()]*$/;
const TEL_LOCAL = /^[0-9A-Fa-f*#\-.()]*[0-9A-Fa-f*#][0-9A-Fa-f*#\-.()]*$/;

function bad(what: string): SipParseError {
  return new SipParseError(`Bad Request - Malformed ${what}`);
}

/** Parse any URI (§19.1.1 SIP-URI / SIPS-URI, RFC 3966 telephone-uri, §25.1 absoluteURI). */
export function parseUri(text: string): Uri {
  const colon = text.indexOf(':');
  if (colon <= 0) throw bad('URI');
  const scheme = text.slice(0, colon).toLowerCase();
  if (scheme === 'sip' || scheme === 'sips') return parseSipUri(text, scheme, colon + 1);
  if (scheme === 'tel') return parseTelUri(text.slice(colon + 1));
  if (!SCHEME.test(scheme)) throw bad('URI scheme');
  const opaque = text.slice(colon + 1);
  // absoluteURI has no LWS, no angle brackets and no quotes (RFC 2396 uric).
  if (opaque.length === 0 || /[\s<>"]/.test(opaque)) throw bad('URI');
  return { kind: 'absolute', scheme, opaque } satisfies AbsoluteUri;
}

function parseSipUri(text: string, scheme: 'sip' | 'sips', start: number): SipUri {
  // userinfo cannot hold an unescaped '@' and nothing after the host can either (§25.1).
  const at = text.indexOf('@', start);
  let user: string | undefined;
  let password: string | undefined;
  let hostStart = start;
  if (at >= 0) {
    const userinfo = text.slice(start, at);
    // The first ':' splits user and password: user cannot contain ':' (user-unreserved lacks it).
    const sep = userinfo.indexOf(':');
    const rawUser = sep < 0 ? userinfo : userinfo.slice(0, sep);
    if (!USER.test(rawUser)) throw bad('URI user part');
    user = decode(rawUser, 'URI user part');
    if (sep >= 0) {
      const rawPassword = userinfo.slice(sep + 1);
      if (!PASSWORD.test(rawPassword)) throw bad('URI password');
      password = decode(rawPassword, 'URI password');
    }
    hostStart = at + 1;
  }

  // hostport ends at ';' (uri-parameters) or '?' (headers); an IPv6 reference contains ':' only.
  let end = hostStart;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 59 /* ; */ || c === 63 /* ? */) break;
    end++;
  }
  const { host, port } = parseHostPort(text.slice(hostStart, end));

  const params = new Map<string, string | null>();
  const headers = new Map<string, string>();
  let i = end;
  while (i < text.length && text.charCodeAt(i) === 59) {
    let next = i + 1;
    while (next < text.length && text.charCodeAt(next) !== 59 && text.charCodeAt(next) !== 63) next++;
    const param = text.slice(i + 1, next);
    const eq = param.indexOf('=');
    const rawName = eq < 0 ? param : param.slice(0, eq);
    if (!PARAMCHARS.test(rawName)) throw bad('URI parameter');
    const name = decode(rawName, 'URI parameter').toLowerCase();
    if (eq < 0) params.set(name, null);
    else {
      const rawValue = param.slice(eq + 1);
      if (!PARAMCHARS.test(rawValue)) throw bad('URI parameter');
      params.set(name, decode(rawValue, 'URI parameter'));
    }
    i = next;
  }
  if (i < text.length) {
    // '?' headers (§19.1.1): hname "=" hvalue *( "&" hname "=" hvalue ).
    for (const pair of text.slice(i + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq < 0) throw bad('URI header');
      const rawName = pair.slice(0, eq);
      const rawValue = pair.slice(eq + 1);
      if (!HNAME.test(rawName) || !HVALUE.test(rawValue)) throw bad('URI header');
      headers.set(decode(rawName, 'URI header'), decode(rawValue, 'URI header'));
    }
  }
  const uri: { -readonly [K in keyof SipUri]: SipUri[K] } = { kind: 'sip', scheme, host, params, headers };
  if (user !== undefined) uri.user = user;
  if (password !== undefined) uri.password = password;
  if (port !== undefined) uri.port = port;
  return uri;
}

/** host [":" port] (§25.1 hostport); shared with Via sent-by. */
export function parseHostPort(text: string): { host: string; port?: number } {
  let host: string;
  let portText: string | undefined;
  if (text.charCodeAt(0) === 91 /* [ */) {
    const close = text.indexOf(']');
    if (close < 0) throw bad('host');
    host = text.slice(0, close + 1);
    if (!IPV6REF.test(host)) throw bad('host');
    const rest = text.slice(close + 1);
    if (rest.length > 0) {
      if (rest.charCodeAt(0) !== 58) throw bad('host');
      portText = rest.slice(1);
    }
  } else {
    const colon = text.indexOf(':');
    host = colon < 0 ? text : text.slice(0, colon);
    if (colon >= 0) portText = text.slice(colon + 1);
    if (!HOSTNAME.test(host)) throw bad('host');
  }
  if (portText === undefined) return { host };
  if (!/^[0-9]{1,5}$/.test(portText)) throw bad('port');
  const port = Number(portText);
  if (port > 65535) throw bad('port');
  return { host, port };
}

function parseTelUri(rest: string): TelUri {
  const parts = rest.split(';');
  const number = parts[0] ?? '';
  const global = number.startsWith('+');
  if (!(global ? TEL_GLOBAL : TEL_LOCAL).test(number)) throw bad('tel URI');
  const params = new Map<string, string | null>();
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    const name = (eq < 0 ? part : part.slice(0, eq)).toLowerCase();
    if (!/^[A-Za-z0-9-]+$/.test(name)) throw bad('tel URI parameter');
    const value = eq < 0 ? null : decode(part.slice(eq + 1), 'tel URI parameter');
    if (value !== null && /[\s<>"]/.test(value)) throw bad('tel URI parameter');
    params.set(name, value);
  }
  // RFC 3966 §5.1.5: a local number requires phone-context.
  if (!global && !params.has('phone-context')) throw bad('tel URI (local number without phone-context)');
  return { kind: 'tel', scheme: 'tel', number, global, params };
}

function decode(s: string, what: string): string {
  const out = percentDecode(s);
  if (out === undefined) throw bad(what);
  return out;
}

// Characters written unescaped by `formatUri`, per the classes above.
const USER_OUT = /[A-Za-z0-9\-_.!~*'()&=+$,;?/]/;
const PASSWORD_OUT = /[A-Za-z0-9\-_.!~*'()&=+$,]/;
const PARAM_OUT = /[A-Za-z0-9\-_.!~*'()[\]/:&+$]/;
const HEADER_OUT = /[A-Za-z0-9\-_.!~*'()[\]/?:+$]/;

function formatParams(params: Params, allowed: RegExp): string {
  let out = '';
  for (const [name, value] of params) {
    out += `;${percentEncode(name, allowed)}`;
    if (value !== null) out += `=${percentEncode(value, allowed)}`;
  }
  return out;
}

/** Write a URI back in its wire form, escaping what §25.1 does not allow literally. */
export function formatUri(uri: Uri): string {
  switch (uri.kind) {
    case 'sip': {
      let out = `${uri.scheme}:`;
      if (uri.user !== undefined) {
        out += percentEncode(uri.user, USER_OUT);
        if (uri.password !== undefined) out += `:${percentEncode(uri.password, PASSWORD_OUT)}`;
        out += '@';
      }
      out += uri.host;
      if (uri.port !== undefined) out += `:${uri.port}`;
      out += formatParams(uri.params, PARAM_OUT);
      let sep = '?';
      for (const [name, value] of uri.headers) {
        out += `${sep}${percentEncode(name, HEADER_OUT)}=${percentEncode(value, HEADER_OUT)}`;
        sep = '&';
      }
      return out;
    }
    case 'tel': {
      let out = `tel:${uri.number}`;
      for (const [name, value] of uri.params) out += value === null ? `;${name}` : `;${name}=${value}`;
      return out;
    }
    case 'absolute':
      return `${uri.scheme}:${uri.opaque}`;
  }
}
