import { parseRtpPacket, serializeRtpPacket } from '@carillon/rtp';

/*
 * RTP header rewriting on the bridge, pure. Toward the browser every packet goes out with the one
 * SSRC the edge's description announced (a=ssrc): what arrives from the relay can change source —
 * the far phone, then the media engine's prompt, then the phone again, or a new SSRC after a
 * re-INVITE — and a WebRTC receiver expects one continuous stream per m= line. On a change of
 * source the sequence number continues by one and the timestamp by the wall-clock time that passed
 * (RFC 3550 §5.1: the timestamp advances with the sampling clock), with the marker bit set to mark a
 * new talkspurt (RFC 3551 §4.1). RFC 4733 events keep their payload type and their own timestamp
 * relation to the audio, since both go through the same offsets.
 *
 * Toward the relay only RFC 8285 header extensions are dropped: they were negotiated on the
 * WebRTC hop and mean nothing to a phone.
 */

const SEQ_MOD = 0x1_0000;
const TS_MOD = 0x1_0000_0000;

export interface RewriterOptions {
  /** The SSRC announced to the browser. */
  readonly ssrc: number;
  /** RTP clock of the audio (8000 for G.711). */
  readonly clockRate: number;
  /** First sequence number and timestamp on the wire (random, RFC 3550 §5.1). */
  readonly initialSequence: number;
  readonly initialTimestamp: number;
}

export class OutboundRtpRewriter {
  readonly #o: RewriterOptions;
  #source: number | undefined;
  #seqOffset = 0;
  #tsOffset = 0;
  #lastSeq: number | undefined;
  #lastTs = 0;
  #lastAtMs = 0;

  constructor(options: RewriterOptions) {
    this.#o = options;
  }

  /** The packet as the browser gets it; throws RtpError for something that is not RTP. */
  rewrite(data: Uint8Array, arrivalMs: number): Buffer {
    const packet = parseRtpPacket(data);
    let marker = packet.marker;
    if (packet.ssrc !== this.#source) {
      const seq = this.#lastSeq === undefined ? this.#o.initialSequence : (this.#lastSeq + 1) % SEQ_MOD;
      const elapsed = Math.max(1, Math.round(((arrivalMs - this.#lastAtMs) * this.#o.clockRate) / 1000));
      const ts = this.#lastSeq === undefined ? this.#o.initialTimestamp : (this.#lastTs + elapsed) % TS_MOD;
      this.#seqOffset = mod(seq - packet.sequenceNumber, SEQ_MOD);
      this.#tsOffset = mod(ts - packet.timestamp, TS_MOD);
      this.#source = packet.ssrc;
      marker = true;
    }
    const sequenceNumber = (packet.sequenceNumber + this.#seqOffset) % SEQ_MOD;
    const timestamp = (packet.timestamp + this.#tsOffset) % TS_MOD;
    // Only move forward: a late packet of the old source must not pull the reference back.
    if (this.#lastSeq === undefined || isNewer(sequenceNumber, this.#lastSeq)) {
      this.#lastSeq = sequenceNumber;
      this.#lastTs = timestamp;
      this.#lastAtMs = arrivalMs;
    }
    return serializeRtpPacket({
      marker,
      payloadType: packet.payloadType,
      sequenceNumber,
      timestamp,
      ssrc: this.#o.ssrc,
      payload: packet.payload,
    });
  }
}

/** A packet from the browser for the relay: header extensions and CSRCs dropped, the rest as sent. */
export function toPlainRtp(data: Uint8Array): Buffer {
  const packet = parseRtpPacket(data);
  return serializeRtpPacket({
    marker: packet.marker,
    payloadType: packet.payloadType,
    sequenceNumber: packet.sequenceNumber,
    timestamp: packet.timestamp,
    ssrc: packet.ssrc,
    payload: packet.payload,
  });
}

function mod(value: number, modulus: number): number {
  return ((value % modulus) + modulus) % modulus;
}

/** RFC 1982 serial number arithmetic on 16 bits. */
function isNewer(a: number, b: number): boolean {
  const diff = mod(a - b, SEQ_MOD);
  return diff !== 0 && diff < SEQ_MOD / 2;
}
