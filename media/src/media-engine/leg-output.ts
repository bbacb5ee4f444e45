import { randomInt } from 'node:crypto';
import { encodeG711, type G711Law, RtpPacketizer, serializeRtpPacket } from '@carillon/rtp';
import type { RelayLeg } from '../rtp-relay/relay-leg';

/**
 * What the media engine sends on one leg, across plays: one SSRC and one sequence/timestamp space for
 * the leg's life (RFC 3550 §5.1), so a phone sees one continuous stream however many prompts and
 * tones follow each other. Between plays the timestamp moves on by the time that passed and the
 * next packet carries the marker bit (RFC 3551 §4.1: start of a talkspurt).
 */
export class LegOutput {
  readonly #leg: RelayLeg;
  #packetizer: RtpPacketizer | undefined;
  #payloadType = -1;
  #lastFrameAtMs: number | undefined;

  constructor(leg: RelayLeg) {
    this.#leg = leg;
  }

  sendFrame(samples: Int16Array, law: G711Law, payloadType: number, nowMs: number): void {
    if (this.#packetizer === undefined || payloadType !== this.#payloadType) {
      this.#packetizer = new RtpPacketizer({ payloadType, random: () => randomInt(0, 2 ** 32) >>> 0 });
      this.#payloadType = payloadType;
    } else if (this.#lastFrameAtMs !== undefined) {
      const gapMs = nowMs - this.#lastFrameAtMs;
      if (gapMs > 60) this.#packetizer.skip(Math.round(((gapMs - 20) * 8000) / 1000));
    }
    this.#lastFrameAtMs = nowMs;
    this.#leg.sendRtp(serializeRtpPacket(this.#packetizer.packet(encodeG711(samples, law))));
  }
}
