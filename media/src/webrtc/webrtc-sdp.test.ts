import { parseSdp } from '@carillon/sip';
import { describe, expect, it } from 'vitest';
import { CHROME_OFFER, WERIFT_ANSWER } from './sdp.fixture';
import { WebRtcError } from './webrtc-error';
import {
  bridgedFormatsOf,
  fitWebRtcDescription,
  iceCredentials,
  isWebRtcSdp,
  plainFromWebRtc,
  restrictToBridgedFormats,
} from './webrtc-sdp';

const PHONE_OFFER = [
  'v=0',
  'o=- 1 1 IN IP4 192.0.2.10',
  's=-',
  'c=IN IP4 192.0.2.10',
  't=0 0',
  'm=audio 4000 RTP/AVP 8 0 101',
  'a=rtpmap:101 telephone-event/8000',
  'a=fmtp:101 0-15',
  'a=sendrecv',
  '',
].join('\r\n');

function audioOf(text: string) {
  const audio = parseSdp(text).media.find((m) => m.type === 'audio');
  if (!audio) throw new Error('no audio');
  return audio;
}

function opusOnly(): string {
  return CHROME_OFFER.replace(
    'm=audio 50040 UDP/TLS/RTP/SAVPF 111 63 9 0 8 13 110 126',
    'm=audio 50040 UDP/TLS/RTP/SAVPF 111 110',
  )
    .replace(/a=rtpmap:(63|9|0|8|13|126) .*\r\n/g, '')
    .replace('a=fmtp:63 111/111\r\n', '');
}

describe('isWebRtcSdp', () => {
  it('tells a browser offer (DTLS-SRTP profile) from a phone offer and from garbage', () => {
    expect(isWebRtcSdp(CHROME_OFFER)).toBe(true);
    expect(isWebRtcSdp(PHONE_OFFER)).toBe(false);
    expect(isWebRtcSdp('not sdp')).toBe(false);
  });
});

describe('restrictToBridgedFormats', () => {
  it('keeps PCMU, PCMA and telephone-event/8000 in the browser order and drops Opus, RED, G.722, CN, te/48000', () => {
    const restricted = restrictToBridgedFormats(CHROME_OFFER);
    const audio = audioOf(restricted);
    expect(audio.payloads).toBe('0 8 126');
    expect(audio.rtp.map((r) => `${r.payload} ${r.codec}/${r.rate}`)).toEqual([
      '0 PCMU/8000',
      '8 PCMA/8000',
      '126 telephone-event/8000',
    ]);
    expect(audio.rtcpFb ?? []).toEqual([]);
    // ICE and DTLS stay: the peer connection needs them.
    expect(audio.iceUfrag).toBe('z888');
    expect(audio.fingerprint?.type).toBe('sha-256');
  });

  it('refuses an Opus-only offer with NO_G711 (the edge does not transcode)', () => {
    expect(() => restrictToBridgedFormats(opusOnly())).toThrow(WebRtcError);
    try {
      restrictToBridgedFormats(opusOnly());
    } catch (error) {
      expect((error as WebRtcError).code).toBe('NO_G711');
    }
  });

  it('rejects a video line beside the audio and takes it out of BUNDLE', () => {
    const withVideo = CHROME_OFFER.replace('a=group:BUNDLE 0', 'a=group:BUNDLE 0 1').concat(
      [
        'm=video 50040 UDP/TLS/RTP/SAVPF 96',
        'c=IN IP4 127.0.0.1',
        'a=mid:1',
        'a=rtpmap:96 VP8/90000',
        '',
      ].join('\r\n'),
    );
    const restricted = parseSdp(restrictToBridgedFormats(withVideo));
    expect(restricted.media.map((m) => `${m.type} ${m.port}`)).toEqual(['audio 50040', 'video 0']);
    expect(String(restricted.groups?.[0]?.mids)).toBe('0');
  });
});

describe('plainFromWebRtc', () => {
  it('turns the browser offer into an RTP/AVP offer at the bridge socket with no ICE, DTLS or SSRC attributes', () => {
    const plain = plainFromWebRtc(CHROME_OFFER, { address: '127.0.0.1', port: 41000 });
    const sdp = parseSdp(plain);
    expect(sdp.media).toHaveLength(1);
    const audio = sdp.media[0]!;
    expect(audio.protocol).toBe('RTP/AVP');
    expect(audio.port).toBe(41000);
    expect(audio.connection?.ip ?? sdp.connection?.ip).toBe('127.0.0.1');
    expect(audio.payloads).toBe('0 8 126');
    expect(audio.direction).toBe('sendrecv');
    expect(plain).not.toMatch(/a=(candidate|ice-|fingerprint|setup|ssrc|msid|group|rtcp-mux|extmap)/);
  });

  it('keeps a hold (sendonly) and rejects a line without G.711', () => {
    const held = plainFromWebRtc(CHROME_OFFER.replace('a=sendrecv', 'a=sendonly'), {
      address: '127.0.0.1',
      port: 41000,
    });
    expect(audioOf(held).direction).toBe('sendonly');
    expect(audioOf(plainFromWebRtc(opusOnly(), { address: '127.0.0.1', port: 41000 })).port).toBe(0);
  });
});

describe('fitWebRtcDescription', () => {
  const plainAnswer = (payloads: string, direction = 'sendrecv', port = 12000) =>
    [
      'v=0',
      'o=- 5 1 IN IP4 198.51.100.1',
      's=-',
      'c=IN IP4 198.51.100.1',
      't=0 0',
      `m=audio ${port} RTP/AVP ${payloads}`,
      `a=${direction}`,
      '',
    ].join('\r\n');

  it('keeps only the codec the far side chose, puts the host candidate in c=/m= and writes the version', () => {
    const fitted = fitWebRtcDescription(WERIFT_ANSWER, plainAnswer('8 126'), { sessionVersion: 3 });
    const sdp = parseSdp(fitted);
    const audio = sdp.media[0]!;
    expect(audio.payloads).toBe('8 126');
    expect(audio.port).toBe(30000);
    expect(audio.connection?.ip).toBe('127.0.0.1');
    expect(sdp.origin.sessionVersion).toBe(3);
    expect(audio.iceUfrag).toBe('3eeb');
    expect(sdp.icelite).toBe('ice-lite');
    expect(audio.setup).toBe('active');
    expect(audio.rtcp).toBeUndefined();
  });

  it('follows the far side on hold and on rejection', () => {
    expect(
      audioOf(fitWebRtcDescription(WERIFT_ANSWER, plainAnswer('0', 'recvonly'), { sessionVersion: 1 }))
        .direction,
    ).toBe('recvonly');
    expect(
      audioOf(fitWebRtcDescription(WERIFT_ANSWER, plainAnswer('0', 'sendrecv', 0), { sessionVersion: 1 }))
        .port,
    ).toBe(0);
  });
});

describe('helpers', () => {
  it('reads ICE credentials and the bridged formats of a plain offer', () => {
    expect(iceCredentials(CHROME_OFFER)).toEqual({ ufrag: 'z888', pwd: 'PllrDuqmZWovMsJoQ5Q0XGbk' });
    expect(bridgedFormatsOf(PHONE_OFFER).map((f) => f.payloadType)).toEqual([8, 0, 101]);
  });
});
