import { parseRtpPacket, serializeRtpPacket } from '@carillon/rtp';
import { describe, expect, it } from 'vitest';
import { carveWebRtcPorts } from './port-range';
import { OutboundRtpRewriter, toPlainRtp } from './rtp-rewriter';

function packet(ssrc: number, seq: number, ts: number, payloadType = 0, marker = false): Buffer {
  return serializeRtpPacket({
    ssrc,
    sequenceNumber: seq,
    timestamp: ts,
    payloadType,
    marker,
    payload: new Uint8Array(160).fill(0x55),
  });
}

describe('OutboundRtpRewriter', () => {
  const options = {
    ssrc: 0xabcdef01,
    clockRate: 8000,
    initialSequence: 65_534,
    initialTimestamp: 4_294_967_000,
  };

  it('sends one SSRC with continuous sequence numbers across a change of source, wrapping at 2^16 and 2^32', () => {
    const rewriter = new OutboundRtpRewriter(options);
    const out = [
      rewriter.rewrite(packet(1, 100, 1000), 0),
      rewriter.rewrite(packet(1, 101, 1160), 20),
      // The prompt of the media engine takes over: another SSRC, unrelated numbers, 40 ms later.
      rewriter.rewrite(packet(2, 7, 900_000), 60),
      rewriter.rewrite(packet(2, 8, 900_160), 80),
    ].map((p) => parseRtpPacket(p));
    expect(out.map((p) => p.ssrc)).toEqual(Array(4).fill(options.ssrc));
    expect(out.map((p) => p.sequenceNumber)).toEqual([65_534, 65_535, 0, 1]);
    expect(out[1]!.timestamp).toBe((options.initialTimestamp + 160) % 2 ** 32);
    // 40 ms at 8 kHz after the last packet of the old source.
    expect(out[2]!.timestamp).toBe((options.initialTimestamp + 160 + 320) % 2 ** 32);
    expect(out[3]!.timestamp).toBe((out[2]!.timestamp + 160) % 2 ** 32);
    expect(out.map((p) => p.marker)).toEqual([true, false, true, false]);
  });

  it('keeps an RFC 4733 event on its payload type and its timestamp relation to the audio', () => {
    const rewriter = new OutboundRtpRewriter(options);
    const audio = parseRtpPacket(rewriter.rewrite(packet(5, 10, 8000), 0));
    const event = parseRtpPacket(rewriter.rewrite(packet(5, 11, 8000, 101, true), 20));
    expect(event.payloadType).toBe(101);
    expect(event.timestamp).toBe(audio.timestamp);
    expect(event.sequenceNumber).toBe((audio.sequenceNumber + 1) % 65_536);
  });

  it('throws on something that is not RTP', () => {
    expect(() => new OutboundRtpRewriter(options).rewrite(new Uint8Array(4), 0)).toThrow();
  });
});

describe('toPlainRtp', () => {
  it('drops the header extension of the WebRTC hop and keeps everything else', () => {
    const withExtension = serializeRtpPacket({
      ssrc: 9,
      sequenceNumber: 3,
      timestamp: 480,
      payloadType: 8,
      extension: { profile: 0xbede, data: new Uint8Array([0x10, 0x7f, 0, 0]) },
      payload: new Uint8Array([1, 2, 3]),
    });
    const plain = parseRtpPacket(toPlainRtp(withExtension));
    expect(plain.extension).toBeUndefined();
    expect([plain.ssrc, plain.sequenceNumber, plain.timestamp, plain.payloadType]).toEqual([9, 3, 480, 8]);
    expect([...plain.payload]).toEqual([1, 2, 3]);
  });
});

describe('carveWebRtcPorts', () => {
  it('gives WebRTC the top share of the media range at an even port and the relay the rest', () => {
    expect(carveWebRtcPorts(10_000, 20_000, 20)).toEqual({
      relay: { min: 10_000, max: 17_999 },
      webrtc: { min: 18_000, max: 20_000 },
    });
  });

  it('refuses a share out of range and a range too small to split', () => {
    expect(() => carveWebRtcPorts(10_000, 20_000, 0)).toThrow(RangeError);
    expect(() => carveWebRtcPorts(10_000, 20_000, 100)).toThrow(RangeError);
    expect(() => carveWebRtcPorts(10_000, 10_002, 50)).toThrow(RangeError);
  });
});
