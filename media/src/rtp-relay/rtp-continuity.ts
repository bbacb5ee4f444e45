/** RTP clock of the codecs the relay carries (G.711, RFC 3551 §4.5.14); only sizes the gap at a switch. */
const DEFAULT_CLOCK_RATE = 8000;

/**
 * One outgoing RTP stream per leg, whatever feeds it. A leg's output changes source when a call is
 * transferred (the far party is now someone else), when a prompt starts or stops, or when a
 * browser leg is replaced; each source has its own SSRC, sequence numbers and timestamps (RFC 3550
 * §5.1 picks them at random). Receivers are entitled to see an SSRC change as a new stream, but
 * phones commonly keep their jitter buffer's position and drop the new source's packets as "old"
 * when its timestamps land more than half the 32-bit range behind — silence after a transfer,
 * half the time. So the leg keeps the SSRC it first sent with and continues its sequence numbers
 * and timestamps across a switch (what SBCs call RTP normalisation, Asterisk "constant_ssrc"),
 * marking the first packet of the new source as the start of a talkspurt (RFC 3551 §4.1).
 *
 * Until the first switch packets go out untouched and unallocated; after it, each packet is a
 * rewritten copy (the input buffer may still be read by the receiving leg's listeners).
 */
export class RtpContinuity {
  #ssrcOut: number | undefined;
  #ssrcIn = 0;
  #seqDelta = 0;
  #tsDelta = 0;
  #lastSeqOut = 0;
  #lastTsOut = 0;
  #lastSentMs = 0;
  #rewriting = false;
  #markNext = false;

  constructor(private readonly clockRate: number = DEFAULT_CLOCK_RATE) {}

  /** The packet to send for `packet` (a valid RTP packet of at least 12 octets). */
  apply(packet: Uint8Array, nowMs: number): Uint8Array {
    // Read in place: this runs for every forwarded packet, which allocates nothing until a switch.
    const ssrc = readUint32(packet, 8);
    const seq = (packet[2]! << 8) | packet[3]!;
    const ts = readUint32(packet, 4);
    if (this.#ssrcOut === undefined) {
      this.#ssrcOut = ssrc;
      this.#ssrcIn = ssrc;
    } else if (ssrc !== this.#ssrcIn) {
      // A new source: continue right after what the receiver saw last, the timestamp advanced by
      // the time that passed since (at least one sample), so its playout clock stays monotonic.
      const elapsed = Math.max(1, Math.round(((nowMs - this.#lastSentMs) * this.clockRate) / 1000));
      this.#seqDelta = (this.#lastSeqOut + 1 - seq) & 0xffff;
      this.#tsDelta = (this.#lastTsOut + elapsed - ts) >>> 0;
      this.#ssrcIn = ssrc;
      this.#rewriting = this.#seqDelta !== 0 || this.#tsDelta !== 0 || ssrc !== this.#ssrcOut;
      this.#markNext = true;
    }
    this.#lastSentMs = nowMs;
    if (!this.#rewriting) {
      this.#lastSeqOut = seq;
      this.#lastTsOut = ts;
      return packet;
    }
    const out = new Uint8Array(packet);
    this.#lastSeqOut = (seq + this.#seqDelta) & 0xffff;
    this.#lastTsOut = (ts + this.#tsDelta) >>> 0;
    out[2] = this.#lastSeqOut >>> 8;
    out[3] = this.#lastSeqOut & 0xff;
    writeUint32(out, 4, this.#lastTsOut);
    writeUint32(out, 8, this.#ssrcOut);
    if (this.#markNext) {
      out[1] = out[1]! | 0x80;
      this.#markNext = false;
    }
    return out;
  }
}

function readUint32(bytes: Uint8Array, offset: number): number {
  return (
    ((bytes[offset]! << 24) | (bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!) >>>
    0
  );
}

function writeUint32(bytes: Uint8Array, offset: number, value: number): void {
  bytes[offset] = value >>> 24;
  bytes[offset + 1] = (value >>> 16) & 0xff;
  bytes[offset + 2] = (value >>> 8) & 0xff;
  bytes[offset + 3] = value & 0xff;
}
