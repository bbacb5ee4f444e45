import { describe, expect, it } from 'vitest';
import { RtpPacketizer } from './packetizer';
import { parseRtpPacket, serializeRtpPacket } from './rtp-packet';
import { parseTelephoneEvent } from './telephone-event';

/** A scripted random source: returns these values in order. */
const scripted = (...values: number[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

describe('RtpPacketizer', () => {
  it('takes the initial sequence number, timestamp and SSRC from the random source (RFC 3550 §5.1)', () => {
    const packetizer = new RtpPacketizer({
      payloadType: 0,
      random: scripted(0x1234fffe, 0xfffffff0, 0xcafebabe),
    });
    expect(packetizer.sequenceNumber).toBe(0xfffe); // low 16 bits
    expect(packetizer.timestamp).toBe(0xfffffff0);
    expect(packetizer.ssrc).toBe(0xcafebabe);
  });

  it('cuts 50 ms of G.711 into 20 ms packets of 160 octets, keeping the remainder', () => {
    const packetizer = new RtpPacketizer({ payloadType: 8, random: scripted(65535, 0xffffff00, 7) });
    const audio = Buffer.alloc(400, 0x55);
    const packets = packetizer.push(audio);
    expect(packets.map((p) => [p.marker, p.sequenceNumber, p.timestamp, p.payload.length])).toEqual([
      [true, 65535, 0xffffff00, 160],
      [false, 0, 0xffffffa0, 160], // sequence number and timestamp both wrap
    ]);
    expect(packetizer.timestamp).toBe(0x40);
    // the 80 octets left wait for more audio: 80 + 80 make the third frame
    const next = packetizer.push(Buffer.alloc(80, 0x55));
    expect(next.map((p) => [p.sequenceNumber, p.timestamp, p.payload.length])).toEqual([[1, 0x40, 160]]);
  });

  it('pads the last partial frame with silence on flush', () => {
    const packetizer = new RtpPacketizer({ payloadType: 0, random: scripted(1, 2, 3) });
    packetizer.push(Buffer.alloc(10, 0x11));
    const [last] = packetizer.flush();
    expect(last?.payload.subarray(0, 10)).toEqual(Buffer.alloc(10, 0x11));
    expect(last?.payload.subarray(10)).toEqual(Buffer.alloc(150, 0xff));
    expect(packetizer.flush()).toEqual([]);
  });

  it('counts samples, not octets, for 16-bit L16 at 16 kHz', () => {
    const packetizer = new RtpPacketizer({
      payloadType: 96,
      clockRate: 16000,
      bytesPerSample: 2,
      random: scripted(0, 0, 0),
    });
    const packets = packetizer.push(Buffer.alloc(1280));
    expect(packets.map((p) => [p.timestamp, p.payload.length])).toEqual([
      [0, 640],
      [320, 640],
    ]);
  });

  it('marks the first packet after a skipped silence period (RFC 3551 §4.1)', () => {
    const packetizer = new RtpPacketizer({ payloadType: 0, random: scripted(0, 1000, 0) });
    packetizer.push(Buffer.alloc(160));
    packetizer.skip(800);
    const [after] = packetizer.push(Buffer.alloc(160));
    expect(after).toMatchObject({ marker: true, timestamp: 1000 + 160 + 800 });
  });

  it('produces serialisable packets', () => {
    const packetizer = new RtpPacketizer({ payloadType: 0, random: scripted(5, 6, 7) });
    const [packet] = packetizer.push(Buffer.alloc(160, 0xff));
    expect(parseRtpPacket(serializeRtpPacket(packet!))).toMatchObject({
      sequenceNumber: 5,
      timestamp: 6,
      ssrc: 7,
    });
  });

  it('sends a key press in the same sequence space and resumes audio after it (RFC 4733 §2.1)', () => {
    const packetizer = new RtpPacketizer({ payloadType: 0, random: scripted(100, 8000, 9) });
    packetizer.push(Buffer.alloc(160));
    const events = packetizer.telephoneEvent(1, 100, { payloadType: 101 });
    expect(events.map((p) => [p.sequenceNumber, p.timestamp, p.payloadType, p.ssrc, p.marker])).toEqual([
      [101, 8160, 101, 9, true],
      [102, 8160, 101, 9, false],
      [103, 8160, 101, 9, false],
      [104, 8160, 101, 9, false],
    ]);
    expect(parseTelephoneEvent(events[3]!.payload)).toMatchObject({ event: 1, end: true, duration: 800 });
    const [audio] = packetizer.push(Buffer.alloc(160));
    expect(audio).toMatchObject({ sequenceNumber: 105, timestamp: 8160 + 800, marker: true });
  });
});
