import { describe, expect, it } from 'vitest';
import { BARESIP_OFFER, CHROME_OFFER } from './offers.fixture';
import { SdpError } from './sdp-error';
import { parseSdp, payloadTypes, serializeSdp } from './session-description';

describe('parseSdp', () => {
  it('reads the m= line, formats and connection of a baresip offer', () => {
    const sdp = parseSdp(BARESIP_OFFER);
    expect(sdp.media).toHaveLength(1);
    expect(sdp.media[0]).toMatchObject({ type: 'audio', port: 10014, protocol: 'RTP/AVP' });
    expect(payloadTypes(sdp.media[0]!)).toEqual([9, 0, 8, 101]);
    expect(sdp.connection?.ip).toBe('10.0.0.5');
  });

  it('keeps a 19-digit Chrome session id exactly, as a string', () => {
    expect(parseSdp(CHROME_OFFER).origin.sessionId).toBe('4611731400430051336');
  });

  it('keeps ICE, DTLS, rtcp-mux, ssrc and msid intact through parse and serialize', () => {
    const text = serializeSdp(parseSdp(CHROME_OFFER));
    for (const line of [
      'a=candidate:842163049 1 udp 1677729535 203.0.113.45 50743 typ srflx raddr 192.168.1.33 rport 50743 generation 0 network-cost 999',
      'a=ice-ufrag:uTqN',
      'a=setup:actpass',
      'a=rtcp-mux',
      'a=ssrc:3570614608 cname:4TOk42mSjXCkVIa6',
      'a=msid:5a9a1fd2-6d2f-4f8e-9b36-1c1d2d7e8f90 7a3b2c1d-0e9f-4a8b-b7c6-d5e4f3a2b1c0',
      'a=group:BUNDLE 0 1',
    ]) {
      expect(text).toContain(`${line}\r\n`);
    }
    expect(parseSdp(text)).toEqual(parseSdp(CHROME_OFFER));
  });

  it('accepts bare LF line ends, which some UAs send', () => {
    expect(parseSdp(BARESIP_OFFER.replace(/\r\n/g, '\n')).media[0]?.port).toBe(10014);
  });

  it.each([
    ['text that is not SDP', 'hello world', /must start with v=0/],
    ['a line that is not type=value', BARESIP_OFFER.replace('s=-', 's=-\r\ngarbage'), /line 4 is not/],
    ['no o= line', BARESIP_OFFER.replace(/o=[^\r]*\r\n/, ''), /without o= line/],
    ['a malformed o= line', BARESIP_OFFER.replace(/o=[^\r]*/, 'o=foo'), /malformed o= line/],
    ['a non-numeric port', BARESIP_OFFER.replace('m=audio 10014', 'm=audio abc'), /malformed m= line/],
    ['a port above 65535', BARESIP_OFFER.replace('m=audio 10014', 'm=audio 70000'), /malformed m= line/],
    ['no c= anywhere', BARESIP_OFFER.replace(/c=[^\r]*\r\n/, ''), /no c= line/],
  ])('rejects %s with an SdpError', (_, text, message) => {
    expect(() => parseSdp(text)).toThrow(SdpError);
    expect(() => parseSdp(text)).toThrow(message);
  });
});
