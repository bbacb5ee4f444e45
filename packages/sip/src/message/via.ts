import { formatParams, parseParams } from './header-params';
import { Ch, isTokenChar, isWsp, paramText, parseDecimal, skipWs } from './lexer';
import { SipParseError } from './parse-error';
import type { Via } from './types';
import { parseHostPort } from './uri';

/**
 * via-parm (RFC 3261 §20.42, §25.1): sent-protocol LWS sent-by *( SEMI via-params ), where
 * sent-protocol = protocol-name SLASH protocol-version SLASH transport and SLASH / COLON allow SWS
 * around them (RFC 4475 §3.1.1.1 wsinv folds and spaces them freely).
 */
export function parseVia(value: string): Via {
  const s = value;
  let i = skipWs(s, 0);
  const parts: string[] = [];
  for (let k = 0; k < 3; k++) {
    if (k > 0) {
      i = skipWs(s, i);
      if (s.charCodeAt(i) !== 47 /* / */) throw bad();
      i = skipWs(s, i + 1);
    }
    const start = i;
    while (i < s.length && isTokenChar(s.charCodeAt(i))) i++;
    if (i === start) throw bad();
    parts.push(s.slice(start, i));
  }
  // LWS between sent-protocol and sent-by is mandatory.
  if (!isWsp(s.charCodeAt(i))) throw bad();
  i = skipWs(s, i);
  const hostStart = i;
  if (s.charCodeAt(i) === Ch.LBracket) {
    i = s.indexOf(']', i);
    if (i < 0) throw bad();
    i++;
  } else {
    while (i < s.length && (isTokenChar(s.charCodeAt(i)) || s.charCodeAt(i) === Ch.Colon)) {
      if (s.charCodeAt(i) === Ch.Colon) break;
      i++;
    }
  }
  let hostPort = s.slice(hostStart, i);
  // COLON = SWS ":" SWS
  const afterHost = skipWs(s, i);
  if (s.charCodeAt(afterHost) === Ch.Colon) {
    let p = skipWs(s, afterHost + 1);
    const portStart = p;
    while (p < s.length && s.charCodeAt(p) >= 48 && s.charCodeAt(p) <= 57) p++;
    hostPort += `:${s.slice(portStart, p)}`;
    i = p;
  }
  let sentBy: { host: string; port?: number };
  try {
    sentBy = parseHostPort(hostPort);
  } catch {
    throw bad();
  }
  const params = parseParams(s, i, 'Via');
  const protocol = `${parts[0]?.toUpperCase()}/${parts[1]}`;
  const via: { -readonly [K in keyof Via]: Via[K] } = {
    protocol,
    transport: (parts[2] ?? '').toUpperCase(),
    host: sentBy.host,
    params,
  };
  if (sentBy.port !== undefined) via.port = sentBy.port;
  const branch = paramText(params.get('branch'));
  if (branch !== undefined) via.branch = branch;
  const received = paramText(params.get('received'));
  if (received !== undefined) via.received = received;
  if (params.has('rport')) {
    const rport = params.get('rport');
    if (rport === null || rport === undefined) via.rport = true;
    else {
      const n = parseDecimal(rport, 5);
      if (n === undefined || n > 65535) throw bad();
      via.rport = n;
    }
  }
  return via;
}

/** Write a via-parm: `SIP/2.0/UDP host:port;branch=…`. */
export function formatVia(via: Pick<Via, 'protocol' | 'transport' | 'host' | 'port' | 'params'>): string {
  const port = via.port === undefined ? '' : `:${via.port}`;
  return `${via.protocol}/${via.transport} ${via.host}${port}${formatParams(via.params)}`;
}

/** RFC 3261 §8.1.1.7: a branch from a 3261-compliant element starts with the magic cookie. */
export const BRANCH_MAGIC_COOKIE = 'z9hG4bK';

function bad(): SipParseError {
  return new SipParseError('Bad Request - Malformed Via');
}
