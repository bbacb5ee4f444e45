import { describe, expect, it } from 'vitest';
import { G722, OPUS, PCMA, PCMU } from './codecs';
import { type AnswerOptions, negotiateAnswer } from './negotiate';
import {
  BARESIP_OFFER,
  CHROME_OFFER,
  LINPHONE_OFFER,
  plainOffer,
  UNSUPPORTED_CODECS_OFFER,
} from './offers.fixture';
import { anchorMedia, answerSetup } from './rewrite';
import { parseSdp, payloadTypes, serializeSdp } from './session-description';

const RELAY = '203.0.113.200';
const ORIGIN = {
  username: '-',
  sessionId: '777',
  sessionVersion: 1,
  netType: 'IN',
  ipVer: 4,
  address: RELAY,
};

function answer(offerText: string, overrides: Partial<AnswerOptions> = {}) {
  const offer = parseSdp(offerText);
  const result = negotiateAnswer(offer, {
    capabilities: { audio: [PCMA, PCMU, G722, OPUS], protocols: ['RTP/AVP'] },
    origin: ORIGIN,
    endpoint: (index) => ({ address: RELAY, port: 40000 + 2 * index }),
    ...overrides,
  });
  // Every answer must survive our own strict parser.
  return { ...result, offer, reparsed: parseSdp(serializeSdp(result.answer)) };
}

describe('negotiateAnswer with RTP offers', () => {
  it('picks our favourite codec from a baresip offer and keeps telephone-event 101 (RFC 3264 §6.1)', () => {
    const { streams, reparsed } = answer(BARESIP_OFFER);
    expect(streams[0]).toMatchObject({
      accepted: true,
      codec: { name: 'PCMA', payloadType: 8 },
      telephoneEvent: { name: 'telephone-event', payloadType: 101, clockRate: 8000, fmtp: '0-15' },
      ptime: 20,
      direction: 'sendrecv',
      remote: { address: '10.0.0.5', port: 10014 },
    });
    const m = reparsed.media[0]!;
    expect(payloadTypes(m)).toEqual([8, 101]);
    expect(m).toMatchObject({ port: 40000, connection: { ip: RELAY }, ptime: 20, direction: 'sendrecv' });
    expect(reparsed.origin.sessionId).toBe('777');
  });

  it("honours the offerer's order when asked to", () => {
    const { streams } = answer(BARESIP_OFFER, { preference: 'offerer' });
    expect(streams[0]?.codec).toMatchObject({ name: 'G722', payloadType: 9, clockRate: 8000 });
  });

  it("keeps Linphone's dynamic opus PT and matches telephone-event at 48 kHz, not 8 or 16 kHz", () => {
    const { streams, reparsed } = answer(LINPHONE_OFFER, {
      capabilities: { audio: [OPUS, PCMU], protocols: ['RTP/AVP'], ptime: 20 },
    });
    expect(streams[0]?.codec).toMatchObject({ name: 'opus', payloadType: 96, clockRate: 48000, channels: 2 });
    expect(streams[0]?.telephoneEvent).toMatchObject({ payloadType: 101, clockRate: 48000 });
    expect(payloadTypes(reparsed.media[0]!)).toEqual([96, 101]);
    expect(reparsed.media[0]?.rtp).toContainEqual({ payload: 96, codec: 'opus', rate: 48000, encoding: 2 });
    // No ptime in the offer: ours is proposed (RFC 8866 §6.4).
    expect(reparsed.media[0]?.ptime).toBe(20);
  });

  it('resolves a static payload type offered without rtpmap and pairs it with 8 kHz events', () => {
    const { streams } = answer(LINPHONE_OFFER, { capabilities: { audio: [PCMU], protocols: ['RTP/AVP'] } });
    expect(streams[0]?.codec).toMatchObject({ name: 'PCMU', payloadType: 0 });
    expect(streams[0]?.telephoneEvent).toMatchObject({ payloadType: 100, clockRate: 8000 });
  });

  it('rejects a stream with only unsupported codecs by port 0, keeping one offered format (RFC 3264 §6)', () => {
    const { streams, reparsed } = answer(UNSUPPORTED_CODECS_OFFER);
    expect(streams[0]).toMatchObject({ accepted: false, rejection: 'no-common-codec' });
    expect(reparsed.media).toHaveLength(1);
    expect(reparsed.media[0]).toMatchObject({ port: 0, protocol: 'RTP/AVP', payloads: '18' });
  });

  it('narrows the answer with our own direction, e.g. inactive while we hold too', () => {
    const { streams } = answer(plainOffer(), { localDirection: 'inactive' });
    expect(streams[0]?.direction).toBe('inactive');
  });
});

describe('negotiateAnswer with hold offers', () => {
  it.each([
    ['a=sendonly on the m= line', { mediaAttr: 'sendonly' }, 'recvonly'],
    ['a=sendonly at session level', { sessionAttr: 'sendonly' }, 'recvonly'],
    ['a=inactive', { mediaAttr: 'inactive' }, 'inactive'],
    ['c=IN IP4 0.0.0.0 (RFC 2543)', { address: '0.0.0.0' }, 'recvonly'],
    ['a=recvonly', { mediaAttr: 'recvonly' }, 'sendonly'],
  ])('answers %s with %s (RFC 3264 §6.1)', (_, form, expected) => {
    const { streams, reparsed } = answer(plainOffer(form));
    expect(streams[0]?.direction).toBe(expected);
    expect(reparsed.media[0]?.direction).toBe(expected);
    // We still receive at the relay: the answer never carries 0.0.0.0.
    expect(reparsed.media[0]?.connection?.ip).toBe(RELAY);
  });
});

describe('negotiateAnswer with a Chrome WebRTC offer', () => {
  const webrtc = { audio: [OPUS, PCMU], protocols: ['UDP/TLS/RTP/SAVPF'] };

  it('answers opus 111 with telephone-event 110, mid, rtcp-mux, and rejects video in place', () => {
    const { streams, answer: sdp } = answer(CHROME_OFFER, { capabilities: webrtc });
    expect(streams.map((s) => s.accepted)).toEqual([true, false]);
    expect(streams[0]?.codec).toMatchObject({
      name: 'opus',
      payloadType: 111,
      fmtp: 'minptime=10;useinbandfec=1',
    });
    expect(streams[0]?.telephoneEvent?.payloadType).toBe(110);
    expect(streams[1]?.rejection).toBe('unsupported-media');
    expect(sdp.media[0]).toMatchObject({
      mid: '0',
      rtcpMux: 'rtcp-mux',
      protocol: 'UDP/TLS/RTP/SAVPF',
      port: 40000,
    });
    expect(sdp.media[1]).toMatchObject({ mid: '1', port: 0, payloads: '96' });
    // RFC 8843 §7.3: only accepted mids stay in the BUNDLE group.
    expect(sdp.groups).toEqual([{ type: 'BUNDLE', mids: '0' }]);
    // The offerer's ICE and DTLS are not ours to answer with.
    expect(sdp.media[0]?.iceUfrag).toBeUndefined();
    expect(sdp.media[0]?.fingerprint).toBeUndefined();
  });

  it('completes into a full WebRTC answer once our ICE-lite and DTLS parameters are anchored on it', () => {
    const { answer: sdp, offer } = answer(CHROME_OFFER, { capabilities: webrtc });
    const complete = anchorMedia(sdp, {
      endpoint: (index) => ({ address: RELAY, port: 40000 + 2 * index }),
      ice: { ufrag: 'rly1', pwd: 'relaypassword0123456789', lite: true },
      dtls: { fingerprint: { type: 'sha-256', hash: 'AA:BB' }, setup: answerSetup(offer.media[0]?.setup) },
    });
    const text = serializeSdp(complete);
    expect(text).toContain('a=ice-lite\r\n');
    expect(text).toContain(`a=candidate:1 1 udp 2130706431 ${RELAY} 40000 typ host\r\n`);
    expect(text).toContain('a=setup:active\r\n');
    expect(parseSdp(text).media.map((m) => m.port)).toEqual([40000, 0]);
  });

  it('rejects the audio of a WebRTC offer when we only terminate plain RTP', () => {
    const { streams } = answer(CHROME_OFFER);
    expect(streams[0]).toMatchObject({ accepted: false, rejection: 'unsupported-protocol' });
  });

  it('does not take the trickle-ICE placeholder 0.0.0.0 for a hold', () => {
    const trickling = CHROME_OFFER.replace('c=IN IP4 203.0.113.45', 'c=IN IP4 0.0.0.0');
    const { streams } = answer(trickling, { capabilities: webrtc });
    expect(streams[0]?.direction).toBe('sendrecv');
  });
});
