import { describe, expect, it } from 'vitest';
import { CHROME_OFFER, LINPHONE_OFFER, plainOffer } from './offers.fixture';
import { anchorMedia, answerSetup, type RelayEndpoint } from './rewrite';
import { parseSdp, serializeSdp } from './session-description';

const relay = (index: number): RelayEndpoint => ({ address: '203.0.113.200', port: 30000 + 2 * index });

describe('anchorMedia', () => {
  it('points session and media c= and the port at the relay, leaving the original untouched', () => {
    const offer = parseSdp(LINPHONE_OFFER);
    const anchored = anchorMedia(offer, { endpoint: relay });
    expect(anchored.connection).toEqual({ version: 4, ip: '203.0.113.200' });
    expect(anchored.media[0]).toMatchObject({ port: 30000, connection: { version: 4, ip: '203.0.113.200' } });
    // Codecs and unrelated attributes ride along unchanged.
    expect(anchored.media[0]?.payloads).toBe(offer.media[0]?.payloads);
    expect(anchored.media[0]?.rtcpFb).toEqual(offer.media[0]?.rtcpFb);
    expect(offer.connection?.ip).toBe('192.168.1.20');
    expect(parseSdp(serializeSdp(anchored)).media[0]?.port).toBe(30000);
  });

  it('uses IPv6 connection lines for an IPv6 relay and signals a separate RTCP port (RFC 3605)', () => {
    const anchored = anchorMedia(parseSdp(plainOffer()), {
      endpoint: () => ({ address: '2001:db8::7', port: 30000, rtcpPort: 30011 }),
    });
    expect(anchored.media[0]?.connection).toEqual({ version: 6, ip: '2001:db8::7' });
    expect(anchored.media[0]?.rtcp).toEqual({ port: 30011, netType: 'IN', ipVer: 6, address: '2001:db8::7' });
  });

  it('turns a Chrome offer into plain RTP for a SIP trunk: no ICE, no DTLS, no AVPF feedback', () => {
    const anchored = anchorMedia(parseSdp(CHROME_OFFER.replace('m=video 9', 'm=video 0')), {
      endpoint: relay,
      ice: 'strip',
      dtls: 'strip',
      protocol: 'RTP/AVP',
    });
    const text = serializeSdp(anchored);
    for (const gone of [
      'a=candidate',
      'a=ice-',
      'a=fingerprint',
      'a=setup',
      'a=rtcp-fb',
      'a=rtcp:9 IN IP4 0.0.0.0',
    ]) {
      expect(text).not.toContain(gone);
    }
    expect(anchored.media[0]).toMatchObject({ protocol: 'RTP/AVP', port: 30000 });
    // The rejected video stays rejected; its protocol is not ours to change.
    expect(anchored.media[1]).toMatchObject({ port: 0, protocol: 'UDP/TLS/RTP/SAVPF' });
    expect(anchored.media[1]?.connection?.ip).toBe('203.0.113.200');
    // Stream identity survives for recording and RTCP correlation.
    expect(text).toContain('a=ssrc:3570614608 cname:4TOk42mSjXCkVIa6\r\n');
    expect(text).toContain('a=msid:5a9a1fd2-6d2f-4f8e-9b36-1c1d2d7e8f90');
  });

  it('gives a WebRTC leg our ICE-lite credentials, one host candidate at the relay and our DTLS fingerprint', () => {
    const fingerprint = { type: 'sha-256', hash: 'AA:BB:CC' };
    const anchored = anchorMedia(parseSdp(CHROME_OFFER), {
      endpoint: relay,
      ice: { ufrag: 'rly1', pwd: 'relaypassword0123456789', lite: true },
      dtls: { fingerprint, setup: answerSetup('actpass') },
    });
    expect(anchored.icelite).toBe('ice-lite');
    expect(anchored.media[0]).toMatchObject({
      iceUfrag: 'rly1',
      setup: 'active',
      fingerprint,
      rtcpMux: 'rtcp-mux',
    });
    // rtcp-mux: one component only; priority per RFC 8445 §5.1.2.1 for a host candidate.
    expect(anchored.media[0]?.candidates).toEqual([
      {
        foundation: '1',
        component: 1,
        transport: 'udp',
        priority: 126 * 2 ** 24 + 65535 * 2 ** 8 + 255,
        ip: '203.0.113.200',
        port: 30000,
        type: 'host',
      },
    ]);
    expect(anchored.media[0]?.iceOptions).toBeUndefined();
    expect(anchored.media[0]?.ssrcs).toEqual(parseSdp(CHROME_OFFER).media[0]?.ssrcs);
  });

  it('drops source-level attributes when asked (a relay that keeps one SSRC of its own)', () => {
    const anchored = anchorMedia(parseSdp(CHROME_OFFER), {
      endpoint: relay,
      ice: 'strip',
      dtls: 'strip',
      ssrc: 'strip',
    });
    const text = serializeSdp(anchored);
    expect(text).not.toContain('a=ssrc');
    expect(text).toContain('a=msid:5a9a1fd2-6d2f-4f8e-9b36-1c1d2d7e8f90');
  });

  it('keeps the RFC 2543 hold meaning as a=sendonly once 0.0.0.0 is replaced by the relay address', () => {
    const anchored = anchorMedia(parseSdp(plainOffer({ address: '0.0.0.0' })), { endpoint: relay });
    expect(anchored.connection?.ip).toBe('203.0.113.200');
    expect(anchored.media[0]?.direction).toBe('sendonly');
  });
});

describe('answerSetup (RFC 5763 §5)', () => {
  it('is active against actpass or passive, passive against active', () => {
    expect(answerSetup('actpass')).toBe('active');
    expect(answerSetup('passive')).toBe('active');
    expect(answerSetup('active')).toBe('passive');
  });
});
