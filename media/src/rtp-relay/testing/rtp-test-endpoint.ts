import { createSocket, type Socket } from 'node:dgram';
import {
  decodeG711,
  encodeG711,
  type G711Law,
  generateSine,
  isRtcpPacket,
  parseRtpPacket,
  type RtpPacket,
  RtpPacketizer,
  serializeRtpPacket,
} from '@carillon/rtp';

/*
 * A fake phone for tests and the benchmark: an RTP and an RTCP socket on 127.0.0.1 that send
 * G.711 and keep what they receive, so a test can decode it and check the tone (audio verified,
 * not assumed: ARCHITECTURE.md §7).
 */

export interface ReceivedDatagram {
  readonly data: Buffer;
  readonly fromPort: number;
  readonly atMs: number;
}

function bound(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      socket.off('error', reject);
      resolve(socket);
    });
  });
}

export class RtpTestEndpoint {
  readonly rtp: Socket;
  readonly rtcp: Socket;
  readonly rtpReceived: ReceivedDatagram[] = [];
  readonly rtcpReceived: ReceivedDatagram[] = [];
  /** RTCP that arrived on the RTP socket (the endpoint as an rtcp-mux peer). */
  readonly muxedRtcpReceived: ReceivedDatagram[] = [];

  private constructor(rtp: Socket, rtcp: Socket) {
    this.rtp = rtp;
    this.rtcp = rtcp;
    rtp.on('message', (data, from) => {
      const entry = { data, fromPort: from.port, atMs: performance.now() };
      (isRtcpPacket(data) ? this.muxedRtcpReceived : this.rtpReceived).push(entry);
    });
    rtcp.on('message', (data, from) => {
      this.rtcpReceived.push({ data, fromPort: from.port, atMs: performance.now() });
    });
  }

  static async open(): Promise<RtpTestEndpoint> {
    return new RtpTestEndpoint(await bound(), await bound());
  }

  get rtpPort(): number {
    return this.rtp.address().port;
  }

  get rtcpPort(): number {
    return this.rtcp.address().port;
  }

  send(data: Uint8Array, port: number): void {
    this.rtp.send(data, port, '127.0.0.1');
  }

  sendRtcp(data: Uint8Array, port: number): void {
    this.rtcp.send(data, port, '127.0.0.1');
  }

  /** RTP packets received, parsed, in sequence order, of one payload type. */
  packets(payloadType?: number): RtpPacket[] {
    const parsed = this.rtpReceived.map((r) => parseRtpPacket(r.data));
    const wanted = payloadType === undefined ? parsed : parsed.filter((p) => p.payloadType === payloadType);
    // sequence order with wrap (serial arithmetic against the first)
    const base = wanted[0]?.sequenceNumber ?? 0;
    return wanted.sort((a, b) => ((a.sequenceNumber - base) & 0xffff) - ((b.sequenceNumber - base) & 0xffff));
  }

  /** What was heard: received G.711 payloads decoded and joined. */
  decoded(law: G711Law, payloadType: number): Int16Array {
    const payloads = this.packets(payloadType).map((p) => p.payload);
    const joined = new Uint8Array(payloads.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const p of payloads) {
      joined.set(p, offset);
      offset += p.length;
    }
    return decodeG711(joined, law);
  }

  close(): void {
    this.rtp.close();
    this.rtcp.close();
  }
}

/** 20 ms G.711 packets of a sine, ready to send (levels in dBFS). */
export function tonePackets(options: {
  readonly frequency: number;
  readonly levelDbfs: number;
  readonly durationMs: number;
  readonly law: G711Law;
  readonly payloadType: number;
  readonly ssrc?: number;
}): Buffer[] {
  const samples = generateSine(options.frequency, options.levelDbfs, { durationMs: options.durationMs });
  let seed = 0x1234_5678 ^ (options.ssrc ?? 1);
  const packetizer = new RtpPacketizer({
    payloadType: options.payloadType,
    random: () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed;
    },
    ...(options.ssrc === undefined ? {} : { ssrc: options.ssrc }),
  });
  return packetizer.push(encodeG711(samples, options.law)).map((p) => serializeRtpPacket(p));
}

/** Resolves once `condition` holds; rejects after `timeoutMs` (tests bound every wait). */
export async function waitFor(condition: () => boolean, timeoutMs = 2000, what = 'condition'): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Sends packets a few at a time, yielding between groups so loopback buffers never overflow. */
export async function sendAll(
  send: (p: Buffer) => void,
  packets: readonly Buffer[],
  perGroup = 10,
): Promise<void> {
  for (let i = 0; i < packets.length; i++) {
    send(packets[i]!);
    if ((i + 1) % perGroup === 0) await new Promise((r) => setImmediate(r));
  }
}

/** An even random port base for a test file's relay range, so parallel test files rarely collide. */
export function randomPortBase(): number {
  return 40_000 + 2 * Math.floor(Math.random() * 10_000);
}
