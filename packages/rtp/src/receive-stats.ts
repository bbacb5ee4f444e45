import { assertInteger } from './errors';
import type { RtcpReportBlock } from './rtcp';

const RTP_SEQ_MOD = 0x10000;
/** How far back duplicates are recognised; beyond it a late packet counts as merely reordered. */
const DUPLICATE_WINDOW = 1024;

export interface ReceiveStatsOptions {
  /** RTP clock rate of the payload (8000 for G.711), to express jitter in ms. */
  readonly clockRate: number;
  /** RFC 3550 §A.1 MIN_SEQUENTIAL: in-order packets needed before a source is valid. Default 2. */
  readonly minSequential?: number;
  /** §A.1 MAX_DROPOUT: largest forward jump still accepted. Default 3000. */
  readonly maxDropout?: number;
  /** §A.1 MAX_MISORDER: largest backward jump still counted as a late packet. Default 100. */
  readonly maxMisorder?: number;
}

/** What happened to one packet; only `accepted` and `reordered` (and `duplicate`) are counted. */
export type ReceiveOutcome = 'probation' | 'accepted' | 'reordered' | 'duplicate' | 'restarted' | 'discarded';

export interface ReceiveStatistics {
  /** Packets counted by RFC 3550 §A.1 (duplicates included, as the RFC does). */
  readonly packetsReceived: number;
  /** Payload octets of the counted packets. */
  readonly bytesReceived: number;
  /** §A.3: extended highest sequence number − base + 1. */
  readonly packetsExpected: number;
  /** §A.3: expected − received; negative when duplicates outnumber losses. */
  readonly cumulativeLost: number;
  /** Losses not masked by duplicates: expected − distinct packets received, never negative. */
  readonly packetsLost: number;
  /** §A.3: loss since the last report, in 1/256 (what goes into the RTCP report block). */
  readonly fractionLost: number;
  readonly duplicates: number;
  /** Packets that arrived after a higher sequence number (and were not duplicates). */
  readonly reordered: number;
  readonly extendedHighestSequence: number;
  /** §A.8 interarrival jitter, timestamp units. */
  readonly jitter: number;
  readonly jitterMs: number;
  /** True until MIN_SEQUENTIAL in-order packets have arrived. */
  readonly onProbation: boolean;
}

/**
 * Per-SSRC reception statistics of RFC 3550 Appendix A: sequence validation with wrap-around and
 * probation (§A.1), expected and lost counts (§A.3) and interarrival jitter (§A.8). Arrival times are
 * passed in, in milliseconds on any monotonic clock.
 *
 * One deliberate departure from §A.1: the packets that pass probation are counted (the RFC's code
 * drops all but the last), so a test that sends 50 packets sees 50 received.
 */
export class RtpReceiveStats {
  readonly #clockRate: number;
  readonly #minSequential: number;
  readonly #maxDropout: number;
  readonly #maxMisorder: number;

  #started = false;
  #maxSeq = 0;
  #cycles = 0;
  #baseSeq = 0;
  #badSeq = RTP_SEQ_MOD + 1;
  #probation = 0;
  #probationBytes = 0;
  #received = 0;
  #bytes = 0;
  #duplicates = 0;
  #reordered = 0;
  #expectedPrior = 0;
  #receivedPrior = 0;
  #jitter = 0;
  #lastArrivalMs = 0;
  #lastTimestamp = 0;
  #hasTransit = false;
  readonly #seen = new Float64Array(DUPLICATE_WINDOW).fill(-1);

  constructor(options: ReceiveStatsOptions) {
    assertInteger('clockRate', options.clockRate, 1, 1_000_000);
    assertInteger('minSequential', options.minSequential ?? 2, 1, 100);
    this.#clockRate = options.clockRate;
    this.#minSequential = options.minSequential ?? 2;
    this.#maxDropout = options.maxDropout ?? 3000;
    this.#maxMisorder = options.maxMisorder ?? 100;
  }

  /** §A.1 init_seq. */
  #initSeq(seq: number): void {
    this.#baseSeq = seq;
    this.#maxSeq = seq;
    this.#badSeq = RTP_SEQ_MOD + 1;
    this.#cycles = 0;
    this.#received = 0;
    this.#bytes = 0;
    this.#duplicates = 0;
    this.#reordered = 0;
    this.#receivedPrior = 0;
    this.#expectedPrior = 0;
    this.#seen.fill(-1);
  }

  /** Records one RTP packet; `payloadBytes` is its payload length. */
  record(
    packet: { readonly sequenceNumber: number; readonly timestamp: number },
    payloadBytes: number,
    arrivalMs: number,
  ): ReceiveOutcome {
    const seq = packet.sequenceNumber;
    if (!this.#started) {
      // §A.1: a new source starts on probation with max_seq = seq - 1.
      this.#started = true;
      this.#initSeq(seq);
      this.#maxSeq = (seq - 1 + RTP_SEQ_MOD) % RTP_SEQ_MOD;
      this.#probation = this.#minSequential;
      this.#probationBytes = 0;
    }
    const udelta = (seq - this.#maxSeq + RTP_SEQ_MOD) % RTP_SEQ_MOD;

    if (this.#probation > 0) {
      if (seq !== (this.#maxSeq + 1) % RTP_SEQ_MOD) {
        // out of order during probation: start probation again from this packet
        this.#probation = this.#minSequential - 1;
        this.#probationBytes = payloadBytes;
        this.#maxSeq = seq;
        this.#updateJitter(packet.timestamp, arrivalMs, true);
        return 'probation';
      }
      this.#probation--;
      this.#maxSeq = seq;
      this.#probationBytes += payloadBytes;
      this.#updateJitter(packet.timestamp, arrivalMs, false);
      if (this.#probation > 0) return 'probation';
      const first = (seq - (this.#minSequential - 1) + RTP_SEQ_MOD) % RTP_SEQ_MOD;
      const bytes = this.#probationBytes;
      this.#initSeq(first);
      this.#maxSeq = seq;
      this.#received = this.#minSequential;
      this.#bytes = bytes;
      for (let i = 0; i < this.#minSequential; i++) this.#markSeen(first + i);
      return 'accepted';
    }

    let outcome: ReceiveOutcome;
    let extended: number;
    if (udelta < this.#maxDropout) {
      // in order, with permissible gap; §A.1 counts a wrap as another cycle
      if (seq < this.#maxSeq) this.#cycles += RTP_SEQ_MOD;
      this.#maxSeq = seq;
      extended = this.#cycles + seq;
      outcome = 'accepted';
    } else if (udelta <= RTP_SEQ_MOD - this.#maxMisorder) {
      // a very large jump: a restarted source if the next packet follows this one
      if (seq === this.#badSeq) {
        this.#initSeq(seq);
        this.#received = 1;
        this.#bytes = payloadBytes;
        this.#markSeen(seq);
        this.#updateJitter(packet.timestamp, arrivalMs, true);
        return 'restarted';
      }
      this.#badSeq = (seq + 1) % RTP_SEQ_MOD;
      return 'discarded';
    } else {
      // duplicate or late packet, possibly from before the last wrap
      extended = this.#cycles + seq - (seq > this.#maxSeq ? RTP_SEQ_MOD : 0);
      outcome = 'reordered';
    }

    this.#received++;
    this.#bytes += payloadBytes;
    if (this.#isSeen(extended)) {
      this.#duplicates++;
      return 'duplicate';
    }
    this.#markSeen(extended);
    if (outcome === 'reordered') this.#reordered++;
    // §A.8 uses every packet; a late packet still measures the network's variation
    this.#updateJitter(packet.timestamp, arrivalMs, false);
    return outcome;
  }

  #isSeen(extended: number): boolean {
    return extended >= 0 && this.#seen[extended % DUPLICATE_WINDOW] === extended;
  }

  #markSeen(extended: number): void {
    if (extended >= 0) this.#seen[extended % DUPLICATE_WINDOW] = extended;
  }

  /**
   * §A.8: J += (|D(i−1,i)| − J) / 16 with D the difference of relative transit times. RTP timestamps
   * are compared as a signed 32-bit difference so the 2^32 wrap costs nothing.
   */
  #updateJitter(timestamp: number, arrivalMs: number, reset: boolean): void {
    if (this.#hasTransit && !reset) {
      const arrivalDelta = ((arrivalMs - this.#lastArrivalMs) * this.#clockRate) / 1000;
      const timestampDelta = (timestamp - this.#lastTimestamp) | 0;
      const d = Math.abs(arrivalDelta - timestampDelta);
      this.#jitter += (d - this.#jitter) / 16;
    }
    this.#hasTransit = true;
    this.#lastArrivalMs = arrivalMs;
    this.#lastTimestamp = timestamp >>> 0;
  }

  #expected(): number {
    return this.#started && this.#probation === 0 ? this.#cycles + this.#maxSeq - this.#baseSeq + 1 : 0;
  }

  #fraction(expected: number): number {
    const expectedInterval = expected - this.#expectedPrior;
    const lostInterval = expectedInterval - (this.#received - this.#receivedPrior);
    return expectedInterval === 0 || lostInterval <= 0
      ? 0
      : Math.floor((lostInterval * 256) / expectedInterval);
  }

  /** The figures so far, without starting a new reporting interval. */
  snapshot(): ReceiveStatistics {
    const expected = this.#expected();
    const received = this.#probation === 0 ? this.#received : 0;
    return {
      packetsReceived: received,
      bytesReceived: this.#probation === 0 ? this.#bytes : 0,
      packetsExpected: expected,
      cumulativeLost: expected - received,
      packetsLost: Math.max(0, expected - (received - this.#duplicates)),
      fractionLost: this.#fraction(expected),
      duplicates: this.#duplicates,
      reordered: this.#reordered,
      extendedHighestSequence: (this.#cycles + this.#maxSeq) >>> 0,
      jitter: this.#jitter,
      jitterMs: (this.#jitter * 1000) / this.#clockRate,
      onProbation: this.#probation > 0 || !this.#started,
    };
  }

  /**
   * An RTCP report block for this source (RFC 3550 §6.4.1), starting a new interval for the fraction
   * lost (§A.3). LSR/DLSR come from the caller, who saw the sender's last SR.
   */
  reportBlock(ssrc: number, lastSenderReport = 0, delaySinceLastSenderReport = 0): RtcpReportBlock {
    const stats = this.snapshot();
    this.#expectedPrior = stats.packetsExpected;
    this.#receivedPrior = stats.packetsReceived;
    return {
      ssrc,
      fractionLost: stats.fractionLost,
      cumulativeLost: stats.cumulativeLost,
      extendedHighestSequence: stats.extendedHighestSequence,
      jitter: Math.floor(stats.jitter),
      lastSenderReport,
      delaySinceLastSenderReport,
    };
  }
}
