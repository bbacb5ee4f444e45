import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RtpError } from './errors';
import { isRtcpPacket, parseRtpPacket, rtpPayloadLength, serializeRtpPacket } from './rtp-packet';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

describe('parseRtpPacket (RFC 3550 §5.1)', () => {
  it('reads a minimal PCMU packet field by field', () => {
    // V=2 P=0 X=0 CC=0 | M=0 PT=0 | seq 0x1234 | ts 1000 | SSRC 0xdeadbeef | 2 payload octets
    const packet = parseRtpPacket(hex('80 00 1234 000003e8 deadbeef ffff'));
    expect(packet).toMatchObject({
      version: 2,
      marker: false,
      payloadType: 0,
      sequenceNumber: 0x1234,
      timestamp: 1000,
      ssrc: 0xdeadbeef,
      csrcs: [],
      paddingLength: 0,
    });
    expect(packet.extension).toBeUndefined();
    expect(Buffer.from(packet.payload)).toEqual(hex('ffff'));
  });

  it('reads CSRCs, a header extension and padding, and leaves the padding out of the payload', () => {
    // 0xb1: V=2 P=1 X=1 CC=1; 0xe0: M=1 PT=96; extension 0xbede with one word; 3 octets of padding
    const bytes = hex('b1 e0 ffff ffffffff 01020304 0a0b0c0d bede 0001 10aa0000 010203 000003');
    const packet = parseRtpPacket(bytes);
    expect(packet.marker).toBe(true);
    expect(packet.payloadType).toBe(96);
    expect(packet.sequenceNumber).toBe(65535);
    expect(packet.timestamp).toBe(0xffffffff);
    expect(packet.csrcs).toEqual([0x0a0b0c0d]);
    expect(packet.extension?.profile).toBe(0xbede);
    expect(Buffer.from(packet.extension?.data ?? [])).toEqual(hex('10aa0000'));
    expect(Buffer.from(packet.payload)).toEqual(hex('010203'));
    expect(packet.paddingLength).toBe(3);
    // and the same fields serialize to the same octets
    expect(serializeRtpPacket(packet)).toEqual(bytes);
  });

  it.each([
    ['shorter than the fixed header', '80 00 1234 000003e8 deadbe', 'TOO_SHORT'],
    ['version 1', '40 00 1234 000003e8 deadbeef', 'BAD_VERSION'],
    ['version 0 (e.g. a STUN message)', '00 01 0000 2112a442 00000000', 'BAD_VERSION'],
    ['a CSRC count larger than the packet', '82 00 1234 000003e8 deadbeef 00000001', 'BAD_CSRC'],
    ['a truncated extension header', '90 00 1234 000003e8 deadbeef be', 'BAD_EXTENSION'],
    [
      'an extension longer than the packet',
      '90 00 1234 000003e8 deadbeef bede 0002 00000000',
      'BAD_EXTENSION',
    ],
    ['a padding count of zero', 'a0 00 1234 000003e8 deadbeef 0000', 'BAD_PADDING'],
    ['a padding count past the header', 'a0 00 1234 000003e8 deadbeef 00 05', 'BAD_PADDING'],
  ])('rejects %s with RtpError', (_reason, bytes, code) => {
    expect(() => parseRtpPacket(hex(bytes))).toThrow(expect.objectContaining({ name: 'RtpError', code }));
  });

  it('never throws anything but RtpError on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        try {
          const packet = parseRtpPacket(bytes);
          // whatever parses must account for every octet
          const csrcOctets = packet.csrcs.length * 4;
          const extOctets = packet.extension ? 4 + packet.extension.data.length : 0;
          expect(12 + csrcOctets + extOctets + packet.payload.length + packet.paddingLength).toBe(
            bytes.length,
          );
        } catch (error) {
          if (!(error instanceof RtpError)) throw error;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips any valid packet through serialize and parse', () => {
    const init = fc.record({
      marker: fc.boolean(),
      payloadType: fc.integer({ min: 0, max: 127 }),
      sequenceNumber: fc.integer({ min: 0, max: 0xffff }),
      timestamp: fc.integer({ min: 0, max: 0xffffffff }),
      ssrc: fc.integer({ min: 0, max: 0xffffffff }),
      csrcs: fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 15 }),
      paddingLength: fc.integer({ min: 0, max: 255 }),
      payload: fc.uint8Array({ maxLength: 200 }),
    });
    fc.assert(
      fc.property(init, (fields) => {
        const parsed = parseRtpPacket(serializeRtpPacket(fields));
        expect({ ...parsed, payload: Buffer.from(parsed.payload) }).toEqual({
          version: 2,
          ...fields,
          payload: Buffer.from(fields.payload),
        });
      }),
    );
  });
});

describe('rtpPayloadLength (the allocation-free check of a forwarding relay)', () => {
  it('gives the payload length of a PCMU packet and of one with CSRCs, extension and padding', () => {
    expect(
      rtpPayloadLength(
        serializeRtpPacket({
          payloadType: 0,
          sequenceNumber: 1,
          timestamp: 2,
          ssrc: 3,
          payload: new Uint8Array(160),
        }),
      ),
    ).toBe(160);
    const full = serializeRtpPacket({
      payloadType: 8,
      sequenceNumber: 1,
      timestamp: 2,
      ssrc: 3,
      csrcs: [7, 8],
      extension: { profile: 0xbede, data: new Uint8Array(8) },
      paddingLength: 3,
      payload: new Uint8Array(20),
    });
    expect(rtpPayloadLength(full)).toBe(20);
  });

  it('agrees with parseRtpPacket on random bytes: -1 exactly where parsing throws', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.boolean(), (bytes, forceV2) => {
        if (forceV2 && bytes.length > 0) bytes[0] = (bytes[0]! & 0x3f) | 0x80;
        let expected: number;
        try {
          expected = parseRtpPacket(bytes).payload.length;
        } catch {
          expected = -1;
        }
        expect(rtpPayloadLength(bytes)).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('serializeRtpPacket', () => {
  it('writes the octets of RFC 3550 §5.1 for a marked PCMA packet', () => {
    const bytes = serializeRtpPacket({
      marker: true,
      payloadType: 8,
      sequenceNumber: 1,
      timestamp: 160,
      ssrc: 0x11223344,
      payload: hex('d5d5'),
    });
    expect(bytes.toString('hex')).toBe('80880001000000a011223344d5d5');
  });

  it.each([
    ['payload type 128', { payloadType: 128 }],
    ['sequence number 65536', { sequenceNumber: 65536 }],
    ['a negative timestamp', { timestamp: -1 }],
    ['16 CSRCs', { csrcs: new Array(16).fill(1) }],
    ['an extension that is not whole words', { extension: { profile: 1, data: new Uint8Array(3) } }],
  ])('refuses %s', (_reason, override) => {
    const base = { payloadType: 0, sequenceNumber: 0, timestamp: 0, ssrc: 0, payload: new Uint8Array(0) };
    expect(() => serializeRtpPacket({ ...base, ...override })).toThrow(RtpError);
  });
});

describe('isRtcpPacket (RFC 5761 §4)', () => {
  it('tells an RTCP receiver report from an RTP packet on a muxed port', () => {
    expect(isRtcpPacket(hex('80c90001 deadbeef'))).toBe(true);
    expect(isRtcpPacket(hex('80 00 1234 000003e8 deadbeef'))).toBe(false);
    expect(isRtcpPacket(hex('80 e0 1234 000003e8 deadbeef'))).toBe(false); // M=1 PT=96 is 0xe0 = 224
  });
});
