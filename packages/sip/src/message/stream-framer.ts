import { SipParseError } from './parse-error';
import { parseHead, partialOf } from './parser';
import type { SipMessage } from './types';

/** What the framer found in the byte stream. */
export type FramerEvent =
  | { readonly type: 'message'; readonly message: SipMessage }
  /**
   * RFC 5626 §3.5.1 keep-alive: `ping` is a double CRLF (answer it with a single CRLF), `pong` a
   * single CRLF (the answer to our own ping). A double CRLF split across two reads is seen as two pongs.
   */
  | { readonly type: 'keepalive'; readonly kind: 'ping' | 'pong' }
  /**
   * A message that could not be parsed. `fatal` means framing is lost (no usable Content-Length, size
   * limit exceeded): the transport must close the connection; the framer ignores further input.
   */
  | { readonly type: 'error'; readonly error: SipParseError; readonly fatal: boolean };

export interface StreamFramerOptions {
  /** Largest message (header section and body) accepted, in octets. Default 65,535. */
  readonly maxMessageSize?: number;
}

const CRLFCRLF = Buffer.from('\r\n\r\n', 'latin1');
const LOOSE_CONTENT_LENGTH = /\r\n(?:content-length|l)[ \t]*:[ \t]*([0-9]+)[ \t]*(?=\r\n)/gi;

/**
 * Cuts a stream transport's bytes (TCP, TLS; RFC 3261 §18.3) into messages using Content-Length, which
 * is mandatory on streams. Feed it chunks as they arrive; it returns what the chunk completed.
 * CRLFs before a start line are keep-alives (§7.5, RFC 5626 §3.5.1).
 */
export class StreamFramer {
  readonly maxMessageSize: number;
  private buf: Buffer = Buffer.alloc(0);
  /** Where to resume the search for the end of the header section. */
  private scanFrom = 0;
  /** A parsed header section waiting for `bodyLength` body octets after `bodyStart`. */
  private pending: { message: SipMessage; bodyStart: number; bodyLength: number } | undefined;
  /** Body octets still to drop after a message whose header section was malformed. */
  private skip = 0;
  private dead = false;

  constructor(options: StreamFramerOptions = {}) {
    this.maxMessageSize = options.maxMessageSize ?? 65_535;
  }

  /** Whether a fatal error stopped the framer. */
  get failed(): boolean {
    return this.dead;
  }

  /** Octets held while waiting for the rest of a message. */
  get buffered(): number {
    return this.buf.length;
  }

  push(chunk: Buffer): FramerEvent[] {
    if (this.dead) return [];
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const events: FramerEvent[] = [];
    while (!this.dead && this.step(events)) {
      // each step consumed something
    }
    return events;
  }

  /** One framing step; false when more input is needed. */
  private step(events: FramerEvent[]): boolean {
    const buf = this.buf;
    if (this.skip > 0) {
      const n = Math.min(this.skip, buf.length);
      this.skip -= n;
      this.consume(n);
      return this.skip === 0 && this.buf.length > 0;
    }
    const pending = this.pending;
    if (pending) {
      const end = pending.bodyStart + pending.bodyLength;
      if (buf.length < end) return false;
      // Copy the body out so the message does not pin the whole read buffer.
      pending.message.body = Buffer.from(buf.subarray(pending.bodyStart, end));
      this.pending = undefined;
      this.consume(end);
      events.push({ type: 'message', message: pending.message });
      return true;
    }
    if (buf.length === 0) return false;
    if (buf[0] === 13) {
      if (buf.length < 2) return false;
      if (buf[1] !== 10)
        return this.fail(events, new SipParseError('Bad Request - Stray CR before start line'));
      if (buf.length >= 4 && buf[2] === 13 && buf[3] === 10) {
        this.consume(4);
        events.push({ type: 'keepalive', kind: 'ping' });
        return true;
      }
      if (buf.length === 3 && buf[2] === 13) return false;
      this.consume(2);
      events.push({ type: 'keepalive', kind: 'pong' });
      return true;
    }
    const headEnd = buf.indexOf(CRLFCRLF, this.scanFrom);
    if (headEnd < 0) {
      if (buf.length > this.maxMessageSize) {
        return this.fail(events, new SipParseError('Message Too Large - header section exceeds limit'));
      }
      this.scanFrom = Math.max(0, buf.length - 3);
      return false;
    }
    const bodyStart = headEnd + 4;
    let head: ReturnType<typeof parseHead>;
    try {
      head = parseHead(buf, 0, headEnd + 2);
    } catch (err) {
      if (!(err instanceof SipParseError)) throw err;
      return this.recover(events, err, bodyStart);
    }
    const { message, contentLength } = head;
    if (contentLength === undefined) {
      // §18.3 / §20.14: Content-Length MUST be present on stream transports.
      return this.fail(
        events,
        new SipParseError('Bad Request - Missing Content-Length on stream transport', partialOf(message)),
      );
    }
    if (bodyStart + contentLength > this.maxMessageSize) {
      return this.fail(events, new SipParseError('Message Too Large', partialOf(message)));
    }
    this.pending = { message, bodyStart, bodyLength: contentLength };
    this.scanFrom = 0;
    return true;
  }

  /** A malformed header section: skip the message if its Content-Length is still readable. */
  private recover(events: FramerEvent[], error: SipParseError, bodyStart: number): boolean {
    const head = this.buf.toString('latin1', 0, bodyStart - 2);
    const lengths = [...head.matchAll(LOOSE_CONTENT_LENGTH)].map((m) => Number(m[1]));
    const first = lengths[0];
    if (first === undefined || lengths.some((n) => n !== first) || bodyStart + first > this.maxMessageSize) {
      return this.fail(events, error);
    }
    events.push({ type: 'error', error, fatal: false });
    this.consume(bodyStart);
    this.skip = first;
    return true;
  }

  private fail(events: FramerEvent[], error: SipParseError): boolean {
    this.dead = true;
    this.buf = Buffer.alloc(0);
    this.pending = undefined;
    events.push({ type: 'error', error, fatal: true });
    return false;
  }

  private consume(n: number): void {
    this.buf = n >= this.buf.length ? Buffer.alloc(0) : this.buf.subarray(n);
    this.scanFrom = 0;
  }
}
