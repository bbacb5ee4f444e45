import { parseVia } from '@carillon/sip';
import { describe, expect, it } from 'vitest';
import { responseDestination } from './response-destination';

const udpSource = { transport: 'UDP', host: '203.0.113.9', port: 41234 };

describe('responseDestination', () => {
  it('answers to the exact source address and port when the client asked for rport (RFC 3581 §4)', () => {
    const via = parseVia('SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bKa;rport=41234;received=203.0.113.9');
    expect(responseDestination(via, udpSource)).toEqual(udpSource);
  });

  it('answers to received and the sent-by port without rport (§18.2.2)', () => {
    const via = parseVia('SIP/2.0/UDP 10.0.0.5:5070;branch=z9hG4bKa;received=203.0.113.9');
    expect(responseDestination(via, udpSource)).toEqual({
      transport: 'UDP',
      host: '203.0.113.9',
      port: 5070,
    });
  });

  it('defaults the port to 5060 when sent-by has none', () => {
    const via = parseVia('SIP/2.0/UDP 10.0.0.5;branch=z9hG4bKa');
    expect(responseDestination(via, udpSource).port).toBe(5060);
  });

  it('keeps the connection of a stream transport whatever Via says', () => {
    const source = {
      transport: 'TCP',
      host: '203.0.113.9',
      port: 50000,
      connectionId: 'TCP:203.0.113.9:50000',
    };
    const via = parseVia('SIP/2.0/TCP 10.0.0.5:5060;branch=z9hG4bKa');
    expect(responseDestination(via, source)).toBe(source);
  });
});
