import { describe, expect, it } from 'vitest';
import { G722, intersectEvents, OPUS, PCMA, PCMU } from './codecs';
import { createOffer } from './offer';
import { createOrigin, LocalSessionDescription } from './origin';
import { parseSdp, payloadTypes, serializeSdp } from './session-description';

const randomBytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => i + 1);
const endpoint = { address: '203.0.113.200', port: 30000 };

describe('createOffer', () => {
  it('lists codecs in preference order, numbers dynamic PTs from 96 and adds events per clock rate', () => {
    const origin = createOrigin({ address: '203.0.113.200', randomBytes });
    const sdp = parseSdp(
      serializeSdp(
        createOffer({
          origin,
          streams: [{ type: 'audio', endpoint, codecs: [OPUS, G722, PCMA], ptime: 20 }],
        }),
      ),
    );
    const m = sdp.media[0]!;
    expect(payloadTypes(m)).toEqual([96, 9, 8, 97, 98]);
    expect(m.rtp).toEqual([
      { payload: 96, codec: 'opus', rate: 48000, encoding: 2 },
      { payload: 9, codec: 'G722', rate: 8000 },
      { payload: 8, codec: 'PCMA', rate: 8000 },
      { payload: 97, codec: 'telephone-event', rate: 8000 },
      { payload: 98, codec: 'telephone-event', rate: 48000 },
    ]);
    expect(m.fmtp).toContainEqual({ payload: 96, config: 'minptime=10;useinbandfec=1' });
    expect(m).toMatchObject({ port: 30000, ptime: 20, direction: 'sendrecv', protocol: 'RTP/AVP' });
    expect(sdp.connection?.ip).toBe('203.0.113.200');
  });

  it('offers no 48 kHz telephone-event when no 48 kHz codec is offered (RFC 4733 §2.1)', () => {
    const origin = createOrigin({ address: '203.0.113.200', randomBytes });
    const m = createOffer({ origin, streams: [{ type: 'audio', endpoint, codecs: [PCMU] }] }).media[0]!;
    expect(m.rtp.map((r) => `${r.codec}/${r.rate}`)).toEqual(['PCMU/8000', 'telephone-event/8000']);
  });
});

describe('LocalSessionDescription (RFC 3264 §8)', () => {
  it('keeps the version for an unchanged description and adds one for each change', () => {
    const local = new LocalSessionDescription(createOrigin({ address: '203.0.113.200', randomBytes }));
    const stream = { type: 'audio' as const, endpoint, codecs: [PCMU] };
    const offer = (direction: 'sendrecv' | 'sendonly') =>
      local.describe(createOffer({ origin: local.origin, streams: [{ ...stream, direction }] }));
    const first = offer('sendrecv');
    const refresh = offer('sendrecv');
    const hold = offer('sendonly');
    const resume = offer('sendrecv');
    const versions = [first, refresh, hold, resume].map((s) => s.origin.sessionVersion);
    expect(versions).toEqual([
      first.origin.sessionVersion,
      first.origin.sessionVersion,
      first.origin.sessionVersion + 1,
      first.origin.sessionVersion + 2,
    ]);
    expect(new Set([first, hold, resume].map((s) => s.origin.sessionId)).size).toBe(1);
  });
});

describe('createOrigin', () => {
  it('derives the session id from the injected randomness and keeps it exact through SDP text', () => {
    const origin = createOrigin({
      address: '2001:db8::1',
      randomBytes: () => new Uint8Array([255, 255, 255, 255, 255, 255]),
    });
    expect(origin).toMatchObject({ sessionId: String(2 ** 48 - 1), ipVer: 6 });
    const text = serializeSdp(
      createOffer({ origin, streams: [{ type: 'audio', endpoint, codecs: [PCMU] }] }),
    );
    expect(parseSdp(text).origin.sessionId).toBe(String(2 ** 48 - 1));
  });
});

describe('intersectEvents (RFC 4733 §7.1.1)', () => {
  it.each([
    ['0-16', '0-15', '0-15'],
    [undefined, '0-16', '0-15'],
    ['0-15,66,70', '0-16,66', '0-15,66'],
    ['32-40', '0-16', undefined],
  ])('%s ∩ %s = %s', (offered, ours, expected) => {
    expect(intersectEvents(offered, ours)).toBe(expected);
  });
});
