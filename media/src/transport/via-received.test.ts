import { getTopVia, getVia, parseMessage, type SipRequest } from '@carillon/sip';
import { describe, expect, it } from 'vitest';
import { stampReceived } from './via-received';

function options(via: string): SipRequest {
  const message = parseMessage(
    [
      'OPTIONS sip:acme.example.test SIP/2.0',
      `Via: ${via}`,
      'Max-Forwards: 70',
      'To: <sip:acme.example.test>',
      'From: <sip:alice@acme.example.test>;tag=1',
      'Call-ID: c1',
      'CSeq: 1 OPTIONS',
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n'),
  );
  if (message.kind !== 'request') throw new Error('expected a request');
  return message;
}

describe('stampReceived', () => {
  it('fills in rport and received for a client behind NAT (RFC 3581 §4)', () => {
    const request = options('SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bKnat;rport');
    expect(stampReceived(request, '203.0.113.9', 41234)).toBe(true);
    const via = getTopVia(request);
    expect(via?.received).toBe('203.0.113.9');
    expect(via?.rport).toBe(41234);
    expect(via?.branch).toBe('z9hG4bKnat');
  });

  it('adds received when the sent-by host differs, without inventing rport (§18.2.1)', () => {
    const request = options('SIP/2.0/TCP phone.invalid;branch=z9hG4bKa');
    stampReceived(request, '192.0.2.7', 50000);
    expect(getTopVia(request)?.received).toBe('192.0.2.7');
    expect(getTopVia(request)?.params.has('rport')).toBe(false);
  });

  it('leaves the Via alone when sent-by is the source address and no rport was asked', () => {
    const request = options('SIP/2.0/UDP 192.0.2.7:5060;branch=z9hG4bKa');
    expect(stampReceived(request, '192.0.2.7', 5060)).toBe(false);
    expect(getTopVia(request)?.received).toBeUndefined();
  });

  it('changes only the top via-parm of a comma-separated Via field', () => {
    const request = options(
      'SIP/2.0/UDP 10.0.0.5;branch=z9hG4bKtop;rport, SIP/2.0/UDP 10.0.0.9;branch=z9hG4bKlow',
    );
    stampReceived(request, '203.0.113.9', 4000);
    const vias = getVia(request);
    expect(vias).toHaveLength(2);
    expect(vias[0]?.received).toBe('203.0.113.9');
    expect(vias[1]?.received).toBeUndefined();
    expect(vias[1]?.branch).toBe('z9hG4bKlow');
  });
});
