import { createOrigin, parseSdp } from '@carillon/sip';
import { describe, expect, it } from 'vitest';
import { parseDtmfInfo } from './info-relay';
import { offeredCodecs, SdpAnchor } from './sdp-anchor';

const CALLER_OFFER = [
  'v=0',
  'o=alice 1 1 IN IP4 192.0.2.10',
  's=-',
  'c=IN IP4 192.0.2.10',
  't=0 0',
  'm=audio 40000 RTP/AVP 0 8 101',
  'a=rtpmap:101 telephone-event/8000',
  'a=fmtp:101 0-16',
  'a=sendrecv',
  '',
].join('\r\n');

const CALLEE_ANSWER = [
  'v=0',
  'o=bob 7 7 IN IP4 198.51.100.20',
  's=-',
  'c=IN IP4 198.51.100.20',
  't=0 0',
  'm=audio 50000 RTP/AVP 8 101',
  'a=rtpmap:101 telephone-event/8000',
  'a=sendrecv',
  '',
].join('\r\n');

let seed = 1;
function anchor(): SdpAnchor {
  const origin = () => createOrigin({ address: '203.0.113.1', randomBytes: (n) => Buffer.alloc(n, seed++) });
  return new SdpAnchor(
    { a: { address: '203.0.113.1', port: 10000 }, b: { address: '203.0.113.1', port: 10002 } },
    { a: origin(), b: origin() },
  );
}

describe('SdpAnchor (media anchoring, RFC 3264)', () => {
  it('rewrites the caller offer to the relay leg facing the callee and reports where the caller listens', () => {
    const relayed = anchor().relay('a', CALLER_OFFER);
    const sdp = parseSdp(relayed.sdp);
    expect(sdp.media[0]?.port).toBe(10002);
    expect(sdp.connection?.ip).toBe('203.0.113.1');
    expect(relayed.sdp).not.toContain('192.0.2.10');
    expect(relayed.remote).toEqual({ address: '192.0.2.10', port: 40000 });
    expect(relayed.codecs).toEqual(['PCMU', 'PCMA', 'telephone-event']);
  });

  it('rewrites the callee answer to the relay leg facing the caller', () => {
    const a = anchor();
    a.relay('a', CALLER_OFFER);
    const relayed = a.relay('b', CALLEE_ANSWER);
    expect(parseSdp(relayed.sdp).media[0]?.port).toBe(10000);
    expect(relayed.sdp).not.toContain('198.51.100.20');
    expect(relayed.remote).toEqual({ address: '198.51.100.20', port: 50000 });
  });

  it('keeps one o= session toward the caller and bumps its version only when the content changes (§8)', () => {
    const a = anchor();
    const first = parseSdp(a.relay('b', CALLEE_ANSWER).sdp).origin;
    const same = parseSdp(a.relay('b', CALLEE_ANSWER).sdp).origin;
    const held = parseSdp(a.relay('b', CALLEE_ANSWER.replace('a=sendrecv', 'a=sendonly')).sdp).origin;
    expect(same.sessionId).toBe(first.sessionId);
    expect(same.sessionVersion).toBe(first.sessionVersion);
    expect(held.sessionId).toBe(first.sessionId);
    expect(held.sessionVersion).toBe(Number(first.sessionVersion) + 1);
  });

  it('detects hold in both signalling forms and passes the direction on (RFC 3264 §8.4)', () => {
    const a = anchor();
    const sendonly = a.relay('a', CALLER_OFFER.replace('a=sendrecv', 'a=sendonly'));
    expect(sendonly.hold).toBe(true);
    expect(parseSdp(sendonly.sdp).media[0]?.direction).toBe('sendonly');
    const nullHold = a.relay('a', CALLER_OFFER.replaceAll('c=IN IP4 192.0.2.10', 'c=IN IP4 0.0.0.0'));
    expect(nullHold.hold).toBe(true);
    expect(nullHold.remote).toBeUndefined();
    const resumed = a.relay('a', CALLER_OFFER);
    expect(resumed.hold).toBe(false);
  });

  it('answers the caller itself with one G.711 codec at the caller-facing relay leg', () => {
    const local = anchor().answerLocally(CALLER_OFFER);
    const sdp = parseSdp(local.sdp);
    expect(sdp.media[0]?.port).toBe(10000);
    expect(['PCMU', 'PCMA']).toContain(local.codec?.name);
    expect(local.remote).toEqual({ address: '192.0.2.10', port: 40000 });
  });

  it('offers the callees only the codec already agreed with the caller', () => {
    const a = anchor();
    const local = a.answerLocally(CALLER_OFFER);
    if (!local.codec) throw new Error('no codec');
    const offer = parseSdp(a.offerWithCodec(local.codec));
    expect(offer.media[0]?.port).toBe(10002);
    expect(offeredCodecs(a.offerWithCodec(local.codec))[0]).toBe(local.codec.name);
  });

  it('throws on a body that is not SDP, so the INVITE can be refused with 488', () => {
    expect(() => anchor().relay('a', 'hello')).toThrow();
  });
});

describe('parseDtmfInfo (SIP INFO DTMF, application/dtmf-relay)', () => {
  it('reads Signal and Duration', () => {
    expect(parseDtmfInfo('Signal=5\r\nDuration=250\r\n')).toEqual({ signal: '5', durationMs: 250 });
    expect(parseDtmfInfo('Signal= #\r\n')).toEqual({ signal: '#', durationMs: 160 });
    expect(parseDtmfInfo('*')).toEqual({ signal: '*', durationMs: 160 });
  });

  it('rejects a body without a DTMF key', () => {
    expect(parseDtmfInfo('Signal=x')).toBeUndefined();
  });
});
