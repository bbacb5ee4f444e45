import { describe, expect, it } from 'vitest';
import { type FramerEvent, StreamFramer } from './stream-framer';

const CRLF = '\r\n';

function request(callId: string, body = ''): Buffer {
  return Buffer.from(
    [
      'OPTIONS sip:bob@example.com SIP/2.0',
      'Via: SIP/2.0/TCP client.example.com;branch=z9hG4bK1',
      'Max-Forwards: 70',
      'To: <sip:bob@example.com>',
      'From: <sip:alice@example.com>;tag=1',
      `Call-ID: ${callId}`,
      'CSeq: 1 OPTIONS',
      `Content-Length: ${Buffer.byteLength(body)}`,
      '',
      body,
    ].join(CRLF),
  );
}

function summary(events: FramerEvent[]): string[] {
  return events.map((e) => {
    if (e.type === 'message')
      return `message ${e.message.headers.get('call-id')} ${e.message.body.toString()}`;
    if (e.type === 'keepalive') return `keepalive ${e.kind}`;
    return `error ${e.fatal ? 'fatal' : 'recoverable'} ${e.error.reason}`;
  });
}

describe('StreamFramer (RFC 3261 §18.3 framing by Content-Length)', () => {
  it('emits every message of a chunk that holds several, in order', () => {
    const framer = new StreamFramer();
    const events = framer.push(Buffer.concat([request('a', 'hello'), request('b'), request('c', 'x')]));
    expect(summary(events)).toEqual(['message a hello', 'message b ', 'message c x']);
    expect(framer.buffered).toBe(0);
  });

  it('reassembles a message split at every possible byte', () => {
    const whole = Buffer.concat([request('split', 'v=0\r\ns=-\r\n'), request('next')]);
    for (let cut = 1; cut < whole.length; cut++) {
      const framer = new StreamFramer();
      const events = [...framer.push(whole.subarray(0, cut)), ...framer.push(whole.subarray(cut))];
      expect(summary(events)).toEqual(['message split v=0\r\ns=-\r\n', 'message next ']);
    }
  });

  it('reassembles a message fed one byte at a time', () => {
    const whole = request('bytes', 'body bytes');
    const framer = new StreamFramer();
    const events: FramerEvent[] = [];
    for (const byte of whole) events.push(...framer.push(Buffer.from([byte])));
    expect(summary(events)).toEqual(['message bytes body bytes']);
  });

  it('reports a double CRLF as a ping and a single CRLF as a pong (RFC 5626 §3.5.1)', () => {
    const framer = new StreamFramer();
    expect(summary(framer.push(Buffer.from('\r\n\r\n')))).toEqual(['keepalive ping']);
    expect(summary(framer.push(Buffer.from('\r\n')))).toEqual(['keepalive pong']);
    const between = Buffer.concat([request('a'), Buffer.from('\r\n\r\n'), request('b')]);
    expect(summary(framer.push(between))).toEqual(['message a ', 'keepalive ping', 'message b ']);
  });

  it('waits when a chunk ends in CRLF CR, which may still become a ping', () => {
    const framer = new StreamFramer();
    expect(framer.push(Buffer.from('\r\n\r'))).toEqual([]);
    expect(summary(framer.push(Buffer.from('\n')))).toEqual(['keepalive ping']);
  });

  it('fails fatally when the header section outgrows the size limit, then ignores input', () => {
    const framer = new StreamFramer({ maxMessageSize: 100 });
    const events = framer.push(Buffer.from(`INVITE sip:a@b SIP/2.0\r\nX-Pad: ${'x'.repeat(200)}`));
    expect(summary(events)).toEqual(['error fatal Message Too Large - header section exceeds limit']);
    expect(framer.failed).toBe(true);
    expect(framer.push(request('later'))).toEqual([]);
  });

  it('fails fatally when Content-Length announces more than the limit', () => {
    const framer = new StreamFramer({ maxMessageSize: 400 });
    const msg = request('big').toString().replace('Content-Length: 0', 'Content-Length: 100000');
    const [event] = framer.push(Buffer.from(msg));
    expect(event).toMatchObject({ type: 'error', fatal: true });
    if (event?.type === 'error') expect(event.error.partial.callId).toBe('big');
  });

  it('fails fatally without Content-Length, which streams require (§18.3)', () => {
    const framer = new StreamFramer();
    const msg = request('nolen').toString().replace('Content-Length: 0\r\n', '');
    expect(summary(framer.push(Buffer.from(msg)))).toEqual([
      'error fatal Bad Request - Missing Content-Length on stream transport',
    ]);
  });

  it('skips a malformed message whose Content-Length is readable and goes on with the next', () => {
    const framer = new StreamFramer();
    const broken = request('broken', 'abc').toString().replace('Max-Forwards: 70', 'Max-Forwards 70');
    const events = framer.push(Buffer.concat([Buffer.from(broken), request('good')]));
    expect(summary(events)).toEqual([
      'error recoverable Bad Request - Malformed header line',
      'message good ',
    ]);
    const [first] = events;
    if (first?.type === 'error') expect(first.error.partial).toMatchObject({ method: 'OPTIONS' });
  });
});
