import { type ReceiveStatistics, RtpReceiveStats } from '@carillon/rtp';

/** What the CDR takes per leg (the shape of `RtpStats` in @carillon/call-control, without MOS). */
export interface LegMediaStatistics {
  readonly packetsReceived: number;
  readonly bytesReceived: number;
  /** RFC 3550 §6.4.1 cumulative lost, never negative (duplicates do not mask losses). */
  readonly packetsLost: number;
  readonly packetsExpected: number;
  /** RFC 3550 §A.8 interarrival jitter of the current source, ms. */
  readonly jitterMs: number;
  readonly packetsSent: number;
  readonly bytesSent: number;
  /** Packets dropped because they were not RTP/RTCP or came from an untrusted source. */
  readonly packetsRejected: number;
  /** RTCP packets received from this leg's remote. */
  readonly rtcpReceived: number;
}

/**
 * Receive statistics of one leg over its whole life. `RtpReceiveStats` follows one SSRC (RFC 3550
 * §A.1); a phone that restarts its stream, or a re-INVITE to another device, brings a new SSRC, so
 * the figures of each finished source are added up here and a fresh counter follows the new one.
 */
export class LegStatistics {
  readonly #clockRate: number;
  #ssrc: number | undefined;
  #current: RtpReceiveStats;
  #closed = { packetsReceived: 0, bytesReceived: 0, packetsLost: 0, packetsExpected: 0 };
  packetsSent = 0;
  bytesSent = 0;
  packetsRejected = 0;
  rtcpReceived = 0;

  constructor(clockRate = 8000) {
    this.#clockRate = clockRate;
    this.#current = new RtpReceiveStats({ clockRate });
  }

  received(
    packet: { readonly ssrc: number; readonly sequenceNumber: number; readonly timestamp: number },
    payloadBytes: number,
    arrivalMs: number,
  ): void {
    if (this.#ssrc !== packet.ssrc) {
      if (this.#ssrc !== undefined) this.#closeSource();
      this.#ssrc = packet.ssrc;
    }
    this.#current.record(packet, payloadBytes, arrivalMs);
  }

  sent(bytes: number): void {
    this.packetsSent++;
    this.bytesSent += bytes;
  }

  #closeSource(): void {
    const s = this.#current.snapshot();
    this.#closed = add(this.#closed, s);
    this.#current = new RtpReceiveStats({ clockRate: this.#clockRate });
  }

  snapshot(): LegMediaStatistics {
    const current = this.#current.snapshot();
    return {
      ...add(this.#closed, current),
      jitterMs: current.jitterMs,
      packetsSent: this.packetsSent,
      bytesSent: this.bytesSent,
      packetsRejected: this.packetsRejected,
      rtcpReceived: this.rtcpReceived,
    };
  }
}

function add(closed: LegStatisticsTotals, s: ReceiveStatistics): LegStatisticsTotals {
  return {
    packetsReceived: closed.packetsReceived + s.packetsReceived,
    bytesReceived: closed.bytesReceived + s.bytesReceived,
    packetsLost: closed.packetsLost + s.packetsLost,
    packetsExpected: closed.packetsExpected + s.packetsExpected,
  };
}

interface LegStatisticsTotals {
  readonly packetsReceived: number;
  readonly bytesReceived: number;
  readonly packetsLost: number;
  readonly packetsExpected: number;
}
