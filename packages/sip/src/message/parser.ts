import { SipHeaders } from './header-store';
import { headerKey, usualHeaderKey } from './headers';
import { isTokenChar, parseDecimal, trimWs } from './lexer';
import { SipParseError, type SipParsePartial } from './parse-error';
import type { HeaderField, SipMessage } from './types';

/*
 * Message parsing (RFC 3261 §7): start line, header fields up to the empty line, body framed by
 * Content-Length (§7.5, §18.3, §20.14). The header section is decoded once and split into lines once;
 * header values are kept as text and parsed into typed values only when an accessor asks.
 */

const CRLFCRLF = Buffer.from('\r\n\r\n', 'latin1');
const SIP_VERSION = /^SIP\/[0-9]+\.[0-9]+$/i;
const URI_SCHEME_START = /^[A-Za-z][A-Za-z0-9+\-.]*:/;

/** A parsed start line and header section, before the body is attached. */
export interface ParsedHead {
  readonly message: SipMessage;
  /** Content-Length value, or undefined when the header is absent. */
  readonly contentLength: number | undefined;
}

/**
 * Parse one datagram (§18.3): Content-Length may be absent (the body is then the rest of the datagram);
 * octets beyond Content-Length are discarded (RFC 4475 §3.1.1.8 dblreq); a Content-Length larger than
 * what arrived is an error (RFC 4475 §3.1.2.2 clerr). Leading CRLFs are skipped (§7.5).
 */
export function parseMessage(data: Buffer | string): SipMessage {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let start = 0;
  while (start + 1 < buf.length && buf[start] === 13 && buf[start + 1] === 10) start += 2;
  const headEnd = buf.indexOf(CRLFCRLF, start);
  if (headEnd < 0) throw new SipParseError('Bad Request - Missing empty line after header fields');
  const { message, contentLength } = parseHead(buf, start, headEnd + 2);
  const bodyStart = headEnd + 4;
  const available = buf.length - bodyStart;
  if (contentLength === undefined) {
    message.body = buf.subarray(bodyStart);
  } else if (contentLength > available) {
    throw new SipParseError('Bad Request - Content-Length larger than message', partialOf(message));
  } else {
    message.body = buf.subarray(bodyStart, bodyStart + contentLength);
  }
  return message;
}

/**
 * Parse the start line and header fields in `buf[start, end)`, where `end` is just after the CRLF of
 * the last header line (the empty line excluded). The body is left empty.
 */
export function parseHead(buf: Buffer, start: number, end: number): ParsedHead {
  const head = buf.toString('utf8', start, end);
  let lineEnd = head.indexOf('\r\n');
  if (lineEnd < 0) lineEnd = head.length;
  const message = parseStartLine(head.slice(0, lineEnd));

  const fields: HeaderField[] = [];
  let contentLength: number | undefined;
  let pos = lineEnd + 2;
  let name = '';
  let key = '';
  let value = '';
  let pending = false;
  try {
    checkLineEnds(head);
    // One pass over the lines; a field is pushed when the next field (or the end) is reached, so
    // folded continuation lines can be appended first.
    while (pos <= head.length) {
      let next = pos < head.length ? head.indexOf('\r\n', pos) : -1;
      if (next < 0) next = head.length;
      const c = pos < head.length ? head.charCodeAt(pos) : -1;
      if (c === 32 || c === 9) {
        // Line folding (§7.3.1): CRLF followed by WSP is equivalent to SP.
        if (!pending) throw new SipParseError('Bad Request - Header continuation without header');
        const more = trimWs(head.slice(pos, next));
        value = value.length === 0 ? more : more.length === 0 ? value : `${value} ${more}`;
      } else {
        if (pending) {
          const field: HeaderField = { name, key, value };
          if (key === 'content-length') contentLength = contentLengthOf(field.value, contentLength);
          fields.push(field);
          pending = false;
        }
        if (pos >= head.length) break;
        const colon = head.indexOf(':', pos);
        if (colon < 0 || colon > next) throw new SipParseError('Bad Request - Malformed header line');
        // HCOLON = *( SP / HTAB ) ":" SWS
        let nameEnd = colon;
        while (nameEnd > pos && (head.charCodeAt(nameEnd - 1) === 32 || head.charCodeAt(nameEnd - 1) === 9)) {
          nameEnd--;
        }
        if (nameEnd === pos) throw new SipParseError('Bad Request - Malformed header line');
        name = head.slice(pos, nameEnd);
        const usual = usualHeaderKey(name);
        if (usual !== undefined) key = usual;
        else {
          for (let k = pos; k < nameEnd; k++) {
            if (!isTokenChar(head.charCodeAt(k)))
              throw new SipParseError('Bad Request - Malformed header name');
          }
          key = headerKey(name);
        }
        // Value without the LWS around it, sliced once.
        let valueStart = colon + 1;
        while (
          valueStart < next &&
          (head.charCodeAt(valueStart) === 32 || head.charCodeAt(valueStart) === 9)
        ) {
          valueStart++;
        }
        let valueEnd = next;
        while (
          valueEnd > valueStart &&
          (head.charCodeAt(valueEnd - 1) === 32 || head.charCodeAt(valueEnd - 1) === 9)
        ) {
          valueEnd--;
        }
        value = head.slice(valueStart, valueEnd);
        pending = true;
      }
      pos = next + 2;
    }
  } catch (err) {
    message.headers = SipHeaders.fromFields(fields);
    if (err instanceof SipParseError) throw err.withPartial(partialOf(message));
    throw err;
  }
  message.headers = SipHeaders.fromFields(fields);
  return { message, contentLength };
}

/** Content-Length = 1*DIGIT (§20.14); repeated with another value it is an error (RFC 4475 §3.3.9). */
function contentLengthOf(value: string, previous: number | undefined): number {
  const n = parseDecimal(value, 10);
  if (n === undefined) throw new SipParseError('Bad Request - Malformed Content-Length');
  if (previous !== undefined && previous !== n) {
    throw new SipParseError('Bad Request - Multiple Content-Length values');
  }
  return n;
}

/** Lines end in CRLF only: a bare CR or LF is not allowed anywhere in the header section (§7, §25.1). */
function checkLineEnds(head: string): void {
  let i = head.indexOf('\n');
  while (i >= 0) {
    if (head.charCodeAt(i - 1) !== 13)
      throw new SipParseError('Bad Request - Stray CR or LF in header field');
    i = head.indexOf('\n', i + 1);
  }
  i = head.indexOf('\r');
  while (i >= 0) {
    if (head.charCodeAt(i + 1) !== 10)
      throw new SipParseError('Bad Request - Stray CR or LF in header field');
    i = head.indexOf('\r', i + 1);
  }
}

const EMPTY_BODY = Buffer.alloc(0);

/**
 * Request-Line = Method SP Request-URI SP SIP-Version (§7.1), Status-Line = SIP-Version SP Status-Code
 * SP Reason-Phrase (§7.2). Exactly one SP between elements: RFC 4475 §3.1.2.9 lwsstart and §3.1.2.10
 * trws are errors.
 */
function parseStartLine(line: string): SipMessage {
  if (line.length === 0) throw new SipParseError('Bad Request - Empty start line');
  if (line.startsWith('SIP/') || line.startsWith('sip/')) {
    const sp1 = line.indexOf(' ');
    if (sp1 < 0) throw new SipParseError('Bad Request - Malformed Status-Line');
    const version = line.slice(0, sp1);
    if (!SIP_VERSION.test(version)) throw new SipParseError('Bad Request - Malformed SIP-Version');
    const code = line.slice(sp1 + 1, sp1 + 4);
    const after = line.charCodeAt(sp1 + 4);
    // Status-Code = 3DIGIT (§25.1): RFC 4475 §3.1.2.19 bigcode.
    if (!/^[1-6][0-9][0-9]$/.test(code) || (line.length > sp1 + 4 && after !== 32)) {
      throw new SipParseError('Bad Request - Malformed Status-Code');
    }
    // Reason-Phrase may be empty (RFC 4475 §3.1.1.13 noreason); tolerate a missing final SP.
    const reason = line.length > sp1 + 5 ? line.slice(sp1 + 5) : '';
    return {
      kind: 'response',
      version,
      status: Number(code),
      reason,
      headers: EMPTY_HEADERS,
      body: EMPTY_BODY,
    };
  }
  const sp1 = line.indexOf(' ');
  const sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
  if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0) {
    throw new SipParseError('Bad Request - Malformed Request-Line');
  }
  const method = line.slice(0, sp1);
  for (let k = 0; k < method.length; k++) {
    if (!isTokenChar(method.charCodeAt(k))) throw new SipParseError('Bad Request - Malformed method');
  }
  const uri = line.slice(sp1 + 1, sp2);
  // Request-URI = SIP-URI / SIPS-URI / absoluteURI; not a name-addr (RFC 4475 §3.1.2.7 ltgtruri).
  if (!URI_SCHEME_START.test(uri) || /[\t<>"]/.test(uri)) {
    throw new SipParseError('Bad Request - Malformed Request-URI', { kind: 'request', method });
  }
  const version = line.slice(sp2 + 1);
  if (!SIP_VERSION.test(version)) {
    throw new SipParseError('Bad Request - Malformed SIP-Version', { kind: 'request', method });
  }
  return { kind: 'request', method, uri, version, headers: EMPTY_HEADERS, body: EMPTY_BODY };
}

const EMPTY_HEADERS = new SipHeaders();

/** What an edge needs to answer a broken message with a 400 (RFC 3261 §8.2.6). */
export function partialOf(message: SipMessage): SipParsePartial {
  const h = message.headers;
  const partial: { -readonly [K in keyof SipParsePartial]: SipParsePartial[K] } = { kind: message.kind };
  if (message.kind === 'request') partial.method = message.method;
  const callId = h.get('call-id');
  if (callId !== undefined) partial.callId = callId;
  const cseq = h.get('cseq');
  if (cseq !== undefined) partial.cseq = cseq;
  const via = h.getList('via');
  if (via.length > 0) partial.via = via;
  const from = h.get('from');
  if (from !== undefined) partial.from = from;
  const to = h.get('to');
  if (to !== undefined) partial.to = to;
  return partial;
}
