import { parseMessage, SipParseError } from '@carillon/sip';
import { describe, expect, it } from 'vitest';
import { badRequestFor } from './bad-request';

function parseError(text: string): SipParseError {
  try {
    parseMessage(text);
  } catch (error) {
    if (error instanceof SipParseError) return error;
    throw error;
  }
  throw new Error('expected a parse error');
}

const head = [
  'Via: SIP/2.0/UDP 192.0.2.4;branch=z9hG4bKbad',
  'From: <sip:alice@acme.example.test>;tag=f1',
  'To: <sip:bob@acme.example.test>',
  'Call-ID: bad-1',
  'CSeq: 8 INVITE',
];

describe('badRequestFor', () => {
  it('answers an unparseable request with 400, the parse reason and the readable headers (§8.2.6)', () => {
    const error = parseError(
      [
        'INVITE sip:bob@acme.example.test SIP/2.0',
        ...head,
        'Max-Forwards: 70',
        'Content-Length: 9999',
        '',
        '',
      ].join('\r\n'),
    );
    const response = badRequestFor(error, 'edge-tag');
    expect(response?.status).toBe(400);
    expect(response?.reason).toBe(error.reason);
    expect(response?.headers.get('call-id')).toBe('bad-1');
    expect(response?.headers.get('cseq')).toBe('8 INVITE');
    expect(response?.headers.get('to')).toBe('<sip:bob@acme.example.test>;tag=edge-tag');
  });

  it('never answers a broken response or ACK', () => {
    const response = parseError(['SIP/2.0 200 OK', ...head, 'Content-Length: 50', '', ''].join('\r\n'));
    expect(badRequestFor(response, 't')).toBeUndefined();
    const ack = parseError(
      ['ACK sip:bob@acme.example.test SIP/2.0', ...head, 'Content-Length: 50', '', ''].join('\r\n'),
    );
    expect(badRequestFor(ack, 't')).toBeUndefined();
  });

  it('gives up when no Via was readable, since the answer could not be routed', () => {
    const error = new SipParseError('Bad Request - Malformed Request-Line', { kind: 'request', callId: 'x' });
    expect(badRequestFor(error, 't')).toBeUndefined();
  });
});
