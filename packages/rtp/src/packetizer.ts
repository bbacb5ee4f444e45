import { assertInteger, RtpError } from './errors';
import type { RtpPacketInit } from './rtp-packet';
import { planTelephoneEvent } from './telephone-event';

export interface RtpPacketizerOptions {
  readonly payloadType: number;
  /** A source of random unsigned 32-bit integers (e.g. from `crypto.getRandomValues`). */
  readonly random: () => number;
  /** RTP clock rate; default 8000. */
  readonly clockRate?: number;
  /** Packet duration; default 20 ms (RFC 3551 §4.2 default ptime for G.711). */
  readonly ptimeMs?: number;
  /** Octets per sample in the payload: 1 for G.711 (default), 2 for L16. */
  readonly bytesPerSample?: 1 | 2;
  /** Octet used to pad the last partial frame; default 0xff (μ-law silence). */
  readonly silence?: number;
  /** Fixed SSRC, otherwise random (RFC 3550 §8.1). */
  readonly ssrc?: number;
}

export interface OutgoingRtpPacket extends RtpPacketInit {
  readonly marker: boolean;
  readonly payload: Buffer;
  /** For telephone events: when to send it relative to the first packet of the event. */
  readonly sendAtMs?: number;
}

/**
 * Cuts a stream of encoded audio into RTP packets of one ptime (160 octets = 20 ms of G.711 at
 * 8 kHz), numbering them. Per RFC 3550 §5.1 the initial sequence number and timestamp are random
 * (from the injected source); the marker bit is set on the first packet and after a `skip`
 * (RFC 3551 §4.1: first packet of a talkspurt).
 */
export class RtpPacketizer {
  readonly ssrc: number;
  readonly #payloadType: number;
  readonly #clockRate: number;
  readonly #frameBytes: number;
  readonly #bytesPerSample: number;
  readonly #silence: number;
  #sequenceNumber: number;
  #timestamp: number;
  #marker = true;
  #pending: Buffer = Buffer.alloc(0);

  constructor(options: RtpPacketizerOptions) {
    assertInteger('payloadType', options.payloadType, 0, 127);
    this.#payloadType = options.payloadType;
    this.#clockRate = options.clockRate ?? 8000;
    this.#bytesPerSample = options.bytesPerSample ?? 1;
    const samplesPerFrame = (this.#clockRate * (options.ptimeMs ?? 20)) / 1000;
    assertInteger('samples per frame', samplesPerFrame, 1, 65535);
    this.#frameBytes = samplesPerFrame * this.#bytesPerSample;
    this.#silence = options.silence ?? 0xff;
    this.#sequenceNumber = (options.random() >>> 0) & 0xffff;
    this.#timestamp = options.random() >>> 0;
    this.ssrc = options.ssrc ?? options.random() >>> 0;
  }

  /** Sequence number the next packet will carry. */
  get sequenceNumber(): number {
    return this.#sequenceNumber;
  }

  /** RTP timestamp the next packet will carry. */
  get timestamp(): number {
    return this.#timestamp;
  }

  /** Packets for every complete frame in what has been pushed so far; the rest waits. */
  push(data: Uint8Array): OutgoingRtpPacket[] {
    const buffered = this.#pending.length > 0 ? Buffer.concat([this.#pending, data]) : Buffer.from(data);
    const packets: OutgoingRtpPacket[] = [];
    let offset = 0;
    for (; offset + this.#frameBytes <= buffered.length; offset += this.#frameBytes) {
      packets.push(this.packet(buffered.subarray(offset, offset + this.#frameBytes)));
    }
    this.#pending = Buffer.from(buffered.subarray(offset));
    return packets;
  }

  /** The last partial frame, padded with silence to a full frame (none if nothing is waiting). */
  flush(): OutgoingRtpPacket[] {
    if (this.#pending.length === 0) return [];
    const frame = Buffer.alloc(this.#frameBytes, this.#silence);
    this.#pending.copy(frame);
    this.#pending = Buffer.alloc(0);
    return [this.packet(frame)];
  }

  /** One packet of exactly this payload, advancing the timestamp by the samples it holds. */
  packet(payload: Uint8Array): OutgoingRtpPacket {
    if (payload.length % this.#bytesPerSample !== 0) {
      throw new RtpError('INVALID_ARGUMENT', 'payload is not a whole number of samples');
    }
    const packet: OutgoingRtpPacket = {
      marker: this.#marker,
      payloadType: this.#payloadType,
      sequenceNumber: this.#sequenceNumber,
      timestamp: this.#timestamp,
      ssrc: this.ssrc,
      payload: Buffer.from(payload),
    };
    this.#marker = false;
    this.#sequenceNumber = (this.#sequenceNumber + 1) & 0xffff;
    this.#timestamp = (this.#timestamp + payload.length / this.#bytesPerSample) >>> 0;
    return packet;
  }

  /** Moves time on without sending (silence suppression, hold); the next packet is marked. */
  skip(samples: number): void {
    assertInteger('samples', samples, 0, 0xffffffff);
    this.#timestamp = (this.#timestamp + samples) >>> 0;
    this.#marker = true;
  }

  /**
   * The RFC 4733 packets for one key press on this stream (same SSRC and sequence space, §2.1),
   * timestamped now. Audio time moves on by the event's duration: the caller sends no audio meanwhile.
   */
  telephoneEvent(
    event: number,
    durationMs: number,
    options: { readonly payloadType: number; readonly volume?: number; readonly intervalMs?: number },
  ): OutgoingRtpPacket[] {
    assertInteger('payloadType', options.payloadType, 0, 127);
    const planned = planTelephoneEvent({
      event,
      durationMs,
      timestamp: this.#timestamp,
      firstSequenceNumber: this.#sequenceNumber,
      clockRate: this.#clockRate,
      ...(options.volume === undefined ? {} : { volume: options.volume }),
      ...(options.intervalMs === undefined ? {} : { intervalMs: options.intervalMs }),
    });
    this.#sequenceNumber = (this.#sequenceNumber + planned.length) & 0xffff;
    this.skip(Math.round((durationMs * this.#clockRate) / 1000));
    return planned.map((p) => ({ ...p, payloadType: options.payloadType, ssrc: this.ssrc }));
  }
}
