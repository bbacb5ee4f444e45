import type { RtpStats } from '@carillon/call-control';
import type { Logger } from '@carillon/logger';
import {
  type CallEnding,
  type CallStart,
  callEndingSchema,
  callStartSchema,
  type LegEnding,
  type LegStart,
  legEndingSchema,
  legStartSchema,
} from './call-facts';
import type { CallJournal } from './call-journal';
import type { CdrOutbox } from './cdr-outbox';
import { buildCdrReport } from './cdr-report-builder';
import type { WallClock } from './wall-clock';

export type { CallEnding, CallStart, LegEnding, LegStart, RtpStats };

/**
 * What the B2BUA tells the CDR path about each call. Times are taken when a
 * method is called, so call it as the event happens (the INVITE arrived,
 * the 200 OK was sent, the BYE was received).
 *
 * Methods never throw: a CDR problem (a full disk) is logged loudly but must
 * not break a live call. Facts about a call or leg that was never started
 * are logged and ignored.
 */
export interface CallReporter {
  /** The initial INVITE arrived; `call.leg` is the caller's leg (a CDR has at least one). */
  callStarted(call: CallStart): void;
  /** The B2BUA sent an INVITE for another leg (a fork, a hunt attempt, a transfer target). */
  legStarted(callId: string, leg: LegStart): void;
  /** The leg was answered (200 OK), with the negotiated audio codec (`PCMU`, `opus`) or null. */
  legAnswered(callId: string, legId: string, codec: string | null): void;
  /** The leg is over: cause and side, its final SIP status if unanswered, and its RTP statistics. */
  legEnded(callId: string, legId: string, ending: LegEnding): void;
  /**
   * The call is over; legs still up end with it. Its ending is in the
   * journal when this returns; the report reaches the outbox moments later,
   * without blocking the caller on a disk flush.
   */
  callEnded(callId: string, ending: CallEnding): void;
}

export interface JournalingCallReporterOptions {
  readonly journal: CallJournal;
  readonly outbox: CdrOutbox;
  readonly edgeNodeId: string;
  readonly clock: WallClock;
  /** Told when a report is in the outbox, ready to send (the sender's `notify`). */
  readonly onReport?: () => void;
  readonly log?: Logger;
}

/**
 * The edge's `CallReporter`: each fact goes to the journal. A call's end is
 * three steps — the ending into the journal, the report into the outbox
 * (safe once the control plane acknowledged it or it is on disk, see
 * `CdrOutbox.store`), then the journal forgets the call — so a crash at any point leaves either
 * a journal that can rebuild the same normal report, or a report that
 * recovery finds in the outbox by its key; never a call without a CDR, and
 * never an ended call reported as failed.
 */
export class JournalingCallReporter implements CallReporter {
  readonly #options: JournalingCallReporterOptions;
  readonly #writes = new Set<Promise<void>>();

  constructor(options: JournalingCallReporterOptions) {
    this.#options = options;
  }

  callStarted(call: CallStart): void {
    this.#guard('callStarted', call.callId, () => {
      this.#options.journal.append({ t: 'call-started', at: this.#now(), call: callStartSchema.parse(call) });
    });
  }

  legStarted(callId: string, leg: LegStart): void {
    this.#guard('legStarted', callId, () => {
      this.#options.journal.append({
        t: 'leg-started',
        at: this.#now(),
        callId,
        leg: legStartSchema.parse(leg),
      });
    });
  }

  legAnswered(callId: string, legId: string, codec: string | null): void {
    this.#guard('legAnswered', callId, () => {
      this.#options.journal.append({ t: 'leg-answered', at: this.#now(), callId, legId, codec });
    });
  }

  legEnded(callId: string, legId: string, ending: LegEnding): void {
    this.#guard('legEnded', callId, () => {
      const fact = {
        t: 'leg-ended',
        at: this.#now(),
        callId,
        legId,
        ending: legEndingSchema.parse(ending),
      } as const;
      this.#options.journal.append(fact);
    });
  }

  callEnded(callId: string, ending: CallEnding): void {
    this.#guard('callEnded', callId, () => {
      const { journal, outbox, edgeNodeId } = this.#options;
      const at = this.#now();
      // First the ending, in the journal: from here a crash still yields this call's normal report.
      if (!journal.append({ t: 'call-ending', at, callId, ending: callEndingSchema.parse(ending) })) return;
      const call = journal.calls.get(callId)!;
      const report = buildCdrReport(call, call.ended!.ending, at, edgeNodeId);
      const written = outbox.store(report).then(() => {
        // `full` was logged with the whole report; the journal forgets the call either way, or it would be reported twice.
        journal.append({ t: 'call-ended', at: this.#now(), callId });
      });
      // The report is sendable now, before it is safe: `store` settles on its acknowledgement (or
      // once on disk), so the sender must be woken here, not when `store` settles.
      if (outbox.has(callId)) this.#options.onReport?.();
      this.#writes.add(written);
      written
        .catch((error: unknown) =>
          this.#options.log?.error(
            { err: error, callId },
            'CDR report not written; the next start reports it',
          ),
        )
        .finally(() => this.#writes.delete(written));
    });
  }

  /** Resolves when the reports of calls ended so far are in the outbox (a clean stop waits for this). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#writes]);
  }

  #now(): number {
    return this.#options.clock.now();
  }

  #guard(method: string, callId: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      this.#options.log?.error({ err: error, callId, method }, 'CDR reporting failed for this call');
    }
  }
}
