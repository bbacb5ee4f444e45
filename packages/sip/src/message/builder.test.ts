import { describe, expect, it } from 'vitest';
import { getContentLength, getTo } from './accessors';
import { createRequest, createResponse, setBody } from './builder';
import { parseMessage } from './parser';
import { serialize } from './serializer';
import type { SipRequest } from './types';

function invite(): SipRequest {
  return createRequest({
    method: 'INVITE',
    uri: 'sip:bob@biloxi.example.com',
    headers: [
      ['Via', 'SIP/2.0/UDP proxy.example.com;branch=z9hG4bK2'],
      ['Via', 'SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK1;received=192.0.2.1'],
      ['Max-Forwards', '69'],
      ['To', 'Bob <sip:bob@biloxi.example.com>'],
      ['From', 'Alice <sip:alice@atlanta.example.com>;tag=1928301774'],
      ['Call-ID', 'a84b4c76e66710'],
      ['CSeq', '314159 INVITE'],
      ['Contact', '<sip:alice@pc33.atlanta.example.com>'],
      ['Timestamp', '54'],
    ],
    body: 'v=0\r\n',
    contentType: 'application/sdp',
  });
}

describe('createRequest', () => {
  it('sets Content-Length (and Content-Type) from the body so the message frames on streams', () => {
    const req = invite();
    expect(req.headers.get('Content-Length')).toBe('5');
    expect(req.headers.get('Content-Type')).toBe('application/sdp');
    const reparsed = parseMessage(serialize(req));
    expect(reparsed).toEqual(req);
  });
});

describe('createResponse (RFC 3261 §8.2.6)', () => {
  it('copies Via (all, in order), From, To, Call-ID and CSeq, adds the To tag, and nothing else', () => {
    const res = createResponse(invite(), 180, undefined, { toTag: 'as83kd9' });
    expect(res.reason).toBe('Ringing');
    expect([...res.headers].map((f) => `${f.name}: ${f.value}`)).toEqual([
      'Via: SIP/2.0/UDP proxy.example.com;branch=z9hG4bK2',
      'Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK1;received=192.0.2.1',
      'To: Bob <sip:bob@biloxi.example.com>;tag=as83kd9',
      'From: Alice <sip:alice@atlanta.example.com>;tag=1928301774',
      'Call-ID: a84b4c76e66710',
      'CSeq: 314159 INVITE',
      'Content-Length: 0',
    ]);
    expect(getTo(res).tag).toBe('as83kd9');
  });

  it('adds no tag to a 100 and copies Timestamp into it (§8.2.6.1)', () => {
    const res = createResponse(invite(), 100);
    expect(getTo(res).tag).toBeUndefined();
    expect(res.headers.get('Timestamp')).toBe('54');
  });

  it('keeps an existing To tag', () => {
    const req = invite();
    req.headers.set('To', '<sip:bob@biloxi.example.com>;tag=existing');
    expect(getTo(createResponse(req, 200, 'OK', { toTag: 'other' })).tag).toBe('existing');
  });

  it('refuses to build a final response without a tag to add', () => {
    expect(() => createResponse(invite(), 486)).toThrow(TypeError);
    expect(() => createResponse(invite(), 700, 'x', { toTag: 't' })).toThrow(TypeError);
  });

  it('carries extra headers and a body with a matching Content-Length', () => {
    const res = createResponse(invite(), 200, undefined, {
      toTag: 't',
      headers: { Contact: '<sip:bob@192.0.2.4>', Allow: ['INVITE', 'ACK'] },
      body: 'v=0\r\no=- 1 1 IN IP4 192.0.2.4\r\n',
      contentType: 'application/sdp',
    });
    expect(res.headers.getAll('Allow')).toEqual(['INVITE', 'ACK']);
    expect(getContentLength(res)).toBe(res.body.length);
    expect(parseMessage(serialize(res))).toEqual(res);
  });
});

describe('setBody', () => {
  it('keeps Content-Length in step and drops Content-Type with the body', () => {
    const req = invite();
    setBody(req, Buffer.from([0, 1, 2]), 'application/octet-stream');
    expect(req.headers.get('content-length')).toBe('3');
    setBody(req, '');
    expect(req.headers.get('content-length')).toBe('0');
    expect(req.headers.has('content-type')).toBe(false);
  });
});
