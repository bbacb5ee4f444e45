import { describe, expect, it } from 'vitest';
import { createRequest } from './builder';
import type { SipRequest } from './types';
import { validateRequest, validateResponse } from './validate';

function options(
  extra: [string, string][] = [],
  method = 'OPTIONS',
  uri = 'sip:bob@example.com',
): SipRequest {
  return createRequest({
    method,
    uri,
    headers: [
      ['Via', 'SIP/2.0/UDP client.example.com;branch=z9hG4bK1'],
      ['Max-Forwards', '70'],
      ['To', '<sip:bob@example.com>'],
      ['From', '<sip:alice@example.com>;tag=1'],
      ['Call-ID', 'v1'],
      ['CSeq', `1 ${method}`],
      ...extra,
    ],
  });
}

describe('validateRequest (RFC 3261 §8.2, §16.3)', () => {
  it('accepts a minimal well-formed request', () => {
    expect(validateRequest(options())).toEqual({ ok: true });
  });

  it.each(['Via', 'From', 'To', 'Call-ID', 'CSeq', 'Max-Forwards'])(
    'answers 400 when %s is missing (§8.1.1)',
    (name) => {
      const req = options();
      req.headers.delete(name);
      expect(validateRequest(req)).toMatchObject({
        ok: false,
        status: 400,
        reason: expect.stringContaining(name),
      });
    },
  );

  it('accepts option tags it supports and answers 420 for the rest, case-insensitively', () => {
    const req = options([['Require', '100rel, Timer, foo']]);
    expect(validateRequest(req, { supportedOptionTags: ['100rel', 'timer'] })).toMatchObject({
      status: 420,
      headers: [['Unsupported', 'foo']],
    });
  });

  it('never rejects ACK or CANCEL for extensions (they cannot be answered with 420)', () => {
    const ack = options([['Require', 'foo']], 'ACK');
    expect(validateRequest(ack)).toEqual({ ok: true });
  });

  it('answers 415 with Accept-Encoding for an unknown Content-Encoding (§8.2.3)', () => {
    const req = options([['Content-Encoding', 'gzip']]);
    req.headers.set('Content-Type', 'application/sdp');
    req.body = Buffer.from('x');
    req.headers.set('Content-Length', '1');
    expect(validateRequest(req)).toEqual({
      ok: false,
      status: 415,
      reason: 'Unsupported Media Type',
      headers: [['Accept-Encoding', 'identity']],
    });
  });

  it('answers 400 when Content-Length disagrees with the body', () => {
    const req = options();
    req.body = Buffer.from('abc');
    expect(validateRequest(req)).toMatchObject({
      status: 400,
      reason: expect.stringContaining('Content-Length'),
    });
  });

  it('accepts a tel Request-URI and answers 416 for one a policy does not serve', () => {
    const req = options([], 'INVITE', 'tel:+15551234567');
    expect(validateRequest(req)).toEqual({ ok: true });
    expect(validateRequest(req, { uriSchemes: ['sip', 'sips'] })).toMatchObject({ status: 416 });
  });

  it('answers 400 for a malformed Request-URI of a served scheme', () => {
    expect(validateRequest(options([], 'OPTIONS', 'sip:bob@exa mple.com'))).toMatchObject({ status: 400 });
  });
});

describe('validateResponse', () => {
  it('flags a response with an overlarge Retry-After or a malformed Warning (RFC 4475 §3.1.2.5)', () => {
    const base = options();
    const res = {
      kind: 'response' as const,
      version: 'SIP/2.0',
      status: 503,
      reason: 'Service Unavailable',
      headers: base.headers.clone(),
      body: Buffer.alloc(0),
    };
    expect(validateResponse(res)).toEqual({ ok: true });
    res.headers.set('Retry-After', '949302838503028349304023988');
    expect(validateResponse(res)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Retry-After'),
    });
    res.headers.set('Retry-After', '120 (maintenance);duration=60');
    res.headers.set('Warning', '1812 overture "In Progress"');
    expect(validateResponse(res)).toMatchObject({ ok: false, reason: expect.stringContaining('Warning') });
    res.headers.set('Warning', '399 pbx.example.com "Noisy"');
    expect(validateResponse(res)).toEqual({ ok: true });
  });
});
