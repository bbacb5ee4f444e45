import type { EventBuilder } from '@carillon/call-control';
import { createLogger } from '@carillon/logger';
import { parseMessage, type SipRequest } from '@carillon/sip';
import { describe, expect, it } from 'vitest';
import { noCallReporter } from '../call-control/call-reporter';
import type { CallControlGateway } from '../call-control/control-plane-gateway';
import type { BLeg } from './b-leg';
import { CallCdr } from './call-cdr';
import { negotiatedCodec } from './caller-answer';
import type { MediaRelaySession } from './media-port';

const invite = parseMessage(
  Buffer.from(
    [
      'INVITE sip:202@t.example SIP/2.0',
      'Via: SIP/2.0/UDP 127.0.0.1:5062;branch=z9hG4bKa1',
      'From: "Alice" <sip:201@t.example>;tag=a1',
      'To: <sip:202@t.example>',
      'Call-ID: c1@test',
      'CSeq: 1 INVITE',
      'Max-Forwards: 70',
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n'),
  ),
) as SipRequest;

/** Stats per side, so a report shows which side's figures it took. */
const media = {
  stats: (side: 'a' | 'b') => ({
    packetsSent: side === 'a' ? 1 : 2,
    packetsReceived: 0,
    packetsLost: 0,
    jitterMs: 0,
    mos: null,
  }),
} as unknown as MediaRelaySession;

function fork(legId: string): BLeg {
  return { legId, target: { requestUri: 'sip:202@127.0.0.1:5070', deviceId: 'dev_b' } } as unknown as BLeg;
}

function callCdr(): CallCdr {
  return new CallCdr({
    callId: 'c1',
    tenantId: 'ten_1',
    aLegId: 'c1-a',
    deviceId: 'dev_a',
    invite,
    events: {} as EventBuilder,
    reporter: noCallReporter,
    gateway: {} as CallControlGateway,
    log: createLogger({ service: 'call-cdr-test', level: 'silent' }),
  });
}

describe('CallCdr codecs per leg', () => {
  it('gives both legs the codec of an answer that crossed the B2BUA, and none to a fork that lost', () => {
    const cdr = callCdr();
    const winner = fork('c1-b1');
    const loser = fork('c1-b2');
    cdr.legStarted(winner);
    cdr.legStarted(loser);
    cdr.codecNegotiated('both', 'PCMU');
    const legs = cdr.legReports(media, winner);
    expect(legs.map((l) => [l.legId, l.codec, l.rtp?.packetsSent ?? null])).toEqual([
      ['c1-a', 'PCMU', 1],
      ['c1-b1', 'PCMU', 2],
      ['c1-b2', null, null],
    ]);
  });

  it('keeps the caller codec the edge answered with when the callee then answers another', () => {
    const cdr = callCdr();
    const callee = fork('c1-b1');
    cdr.legStarted(callee);
    cdr.codecNegotiated('a', 'PCMA');
    cdr.codecNegotiated('b', 'PCMU');
    expect(cdr.legReports(media, callee).map((l) => l.codec)).toEqual(['PCMA', 'PCMU']);
  });

  it('follows a later answer (re-INVITE) and leaves legs without an answer at null', () => {
    const cdr = callCdr();
    expect(cdr.legReports(media, undefined).map((l) => l.codec)).toEqual([null]);
    cdr.codecNegotiated('both', 'PCMU');
    cdr.codecNegotiated('both', undefined);
    cdr.codecNegotiated('both', 'PCMA');
    expect(cdr.legReports(media, undefined).map((l) => l.codec)).toEqual(['PCMA']);
  });
});

describe('negotiatedCodec (RFC 3264 §6.1)', () => {
  it('is the first answered format that is an audio codec, not an event, comfort noise or redundancy', () => {
    expect(negotiatedCodec(['PCMA', 'telephone-event'])).toBe('PCMA');
    expect(negotiatedCodec(['telephone-event', 'CN', 'red', 'opus'])).toBe('opus');
    expect(negotiatedCodec(['telephone-event'])).toBeUndefined();
    expect(negotiatedCodec([])).toBeUndefined();
  });
});
