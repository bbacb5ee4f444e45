import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RtpError } from './errors';
import {
  buildBye,
  buildReceiverReport,
  buildSdesCname,
  buildSenderReport,
  ntpMiddle32,
  ntpTimestampFromUnixMs,
  parseRtcpCompound,
} from './rtcp';

const hex = (s: string) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

const block = {
  ssrc: 0xaabbccdd,
  fractionLost: 64,
  cumulativeLost: -2,
  extendedHighestSequence: 0x00010005,
  jitter: 37,
  lastSenderReport: 0x12345678,
  delaySinceLastSenderReport: 0x00010000,
};
// RC=1 PT=201 length=7 words-1; loss word = fraction 0x40 | -2 as 24-bit two's complement 0xfffffe
const rrHex = '81c90007 01020304 aabbccdd 40fffffe 00010005 00000025 12345678 00010000';

describe('RTCP builders (RFC 3550 §6.4–§6.6)', () => {
  it('builds a receiver report octet for octet', () => {
    expect(buildReceiverReport(0x01020304, [block])).toEqual(hex(rrHex));
  });

  it('builds an SDES CNAME chunk null-terminated and padded to 32 bits', () => {
    expect(buildSdesCname(0x01020304, 'a@b')).toEqual(hex('81ca0003 01020304 0103 614062 000000'));
  });

  it('builds a BYE with a reason', () => {
    expect(buildBye([0x01020304], 'bye')).toEqual(hex('81cb0002 01020304 03 627965'));
  });

  it('saturates a cumulative loss beyond 24 bits instead of wrapping', () => {
    const [rr] = parseRtcpCompound(buildReceiverReport(1, [{ ...block, cumulativeLost: 10_000_000 }]));
    expect(rr?.type === 'rr' && rr.reports[0]?.cumulativeLost).toBe(0x7fffff);
  });
});

describe('parseRtcpCompound', () => {
  it('splits SR + SDES + BYE and reads the report blocks of the SR', () => {
    const sender = {
      ntpSeconds: 3_900_000_000,
      ntpFraction: 0x80000000,
      rtpTimestamp: 160,
      packetCount: 50,
      octetCount: 8000,
    };
    const compound = Buffer.concat([
      buildSenderReport(7, sender, [block]),
      buildSdesCname(7, 'edge-1@carillon'),
      buildBye([7], 'hangup'),
    ]);
    const packets = parseRtcpCompound(compound);
    expect(packets.map((p) => p.type)).toEqual(['sr', 'sdes', 'bye']);
    const [sr, sdes, bye] = packets;
    expect(sr).toMatchObject({ type: 'sr', ssrc: 7, sender, reports: [block] });
    expect(sdes).toMatchObject({ chunks: [{ source: 7, items: [{ type: 1, value: 'edge-1@carillon' }] }] });
    expect(bye).toMatchObject({ sources: [7], reason: 'hangup' });
    // raw slices re-assemble the datagram exactly, which is what a relay forwards
    expect(Buffer.concat(packets.map((p) => p.raw))).toEqual(compound);
  });

  it('reads an APP packet and keeps unknown types (RTPFB) opaque', () => {
    // APP: subtype 3, SSRC 9, name "CRLN", 4 data octets; then a generic NACK (PT 205, FMT 1)
    const bytes = hex('83cc0003 00000009 43524c4e 01020304  81cd0003 00000009 0000000a 00050000');
    const [app, fb] = parseRtcpCompound(bytes);
    expect(app).toMatchObject({ type: 'app', subtype: 3, ssrc: 9, name: 'CRLN' });
    expect(app?.type === 'app' && Buffer.from(app.data)).toEqual(hex('01020304'));
    expect(fb).toMatchObject({ type: 'other', packetType: 205, count: 1 });
  });

  it.each([
    ['a length running past the datagram', '81c90007 01020304', 'BAD_RTCP'],
    ['a report count that does not fit', `82c90007${'00'.repeat(28)}`, 'BAD_RTCP'],
    ['version 1', '41c90001 01020304', 'BAD_VERSION'],
    ['padding on a packet that is not last', 'a0c90001 01020304 80c90001 01020304', 'BAD_PADDING'],
    ['three stray octets', '80c90001 01020304 000000', 'BAD_RTCP'],
    ['an SDES chunk without a null item', '81ca0002 01020304 01026162', 'BAD_RTCP'],
  ])('rejects %s', (_reason, bytes, code) => {
    expect(() => parseRtcpCompound(hex(bytes))).toThrow(expect.objectContaining({ code }));
  });

  it('never throws anything but RtpError on random bytes', () => {
    // bias towards plausible headers so the inner parsers are reached
    const datagram = fc
      .tuple(
        fc.constantFrom(0x80, 0x81, 0x82, 0xa1, 0x9f),
        fc.integer({ min: 200, max: 207 }),
        fc.uint8Array({ maxLength: 64 }),
      )
      .map(([b0, pt, rest]) => {
        const out = new Uint8Array(4 + rest.length);
        out.set([b0, pt, 0, rest.length >> 2], 0);
        out.set(rest, 4);
        return out;
      });
    fc.assert(
      fc.property(fc.oneof(datagram, fc.uint8Array({ maxLength: 64 })), (bytes) => {
        try {
          parseRtcpCompound(bytes);
        } catch (error) {
          if (!(error instanceof RtpError)) throw error;
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('NTP timestamps (RFC 3550 §4)', () => {
  it('counts from 1900 and takes the middle 32 bits for LSR', () => {
    // 1970-01-01T00:00:00.5Z is 2 208 988 800 s after the NTP epoch, fraction one half
    const ntp = ntpTimestampFromUnixMs(500);
    expect(ntp).toEqual({ seconds: 2_208_988_800, fraction: 0x80000000 });
    expect(ntpMiddle32(ntp.seconds, ntp.fraction)).toBe(((2_208_988_800 & 0xffff) * 65536 + 0x8000) >>> 0);
  });
});
