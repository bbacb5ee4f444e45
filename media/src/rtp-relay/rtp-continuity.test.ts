import { describe, expect, it } from 'vitest';
import { RtpContinuity } from './rtp-continuity';

function rtp(ssrc: number, seq: number, ts: number, marker = false): Uint8Array {
  const packet = new Uint8Array(12 + 160);
  const view = new DataView(packet.buffer);
  packet[0] = 0x80;
  packet[1] = (marker ? 0x80 : 0) | 0;
  view.setUint16(2, seq);
  view.setUint32(4, ts);
  view.setUint32(8, ssrc);
  return packet;
}

function header(packet: Uint8Array) {
  const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
  return {
    marker: (packet[1]! & 0x80) !== 0,
    seq: view.getUint16(2),
    ts: view.getUint32(4),
    ssrc: view.getUint32(8),
  };
}

describe('RtpContinuity', () => {
  it('passes the first source through untouched, without a copy', () => {
    const out = new RtpContinuity();
    const first = rtp(0x1111, 100, 1000);
    expect(out.apply(first, 0)).toBe(first);
    const second = rtp(0x1111, 101, 1160);
    expect(out.apply(second, 20)).toBe(second);
  });

  it('keeps SSRC, sequence and timestamp continuous across a source switch, marking the new talkspurt', () => {
    const out = new RtpContinuity();
    out.apply(rtp(0x1111, 65_535, 4_294_967_000), 0);
    // A new source 2^31 samples "behind": a receiver comparing timestamps would call it old.
    const input = rtp(0x2222, 7, 4_294_967_000 - 2 ** 31);
    const switched = out.apply(input, 40);
    expect(switched).not.toBe(input);
    expect(header(input)).toEqual({ marker: false, seq: 7, ts: 4_294_967_000 - 2 ** 31, ssrc: 0x2222 });
    expect(header(switched)).toEqual({ marker: true, seq: 0, ts: (4_294_967_000 + 320) >>> 0, ssrc: 0x1111 });
    // The new source's own gaps survive the mapping; only the first packet carries the marker.
    expect(header(out.apply(rtp(0x2222, 9, 4_294_967_000 - 2 ** 31 + 320), 80))).toEqual({
      marker: false,
      seq: 2,
      ts: (4_294_967_000 + 640) >>> 0,
      ssrc: 0x1111,
    });
  });

  it('maps each later switch from where the receiver is, including back to the first source', () => {
    const out = new RtpContinuity();
    out.apply(rtp(0xa, 10, 800), 0);
    out.apply(rtp(0xb, 500, 90_000), 20); // → seq 11, ts 960
    const back = header(out.apply(rtp(0xa, 11, 960), 40)); // the first source resumes: continue after 11
    expect(back).toEqual({ marker: true, seq: 12, ts: 1120, ssrc: 0xa });
  });
});
