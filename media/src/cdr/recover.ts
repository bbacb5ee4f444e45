import type { Logger } from '@carillon/logger';
import { removeSegments, replayJournal } from './call-journal';
import type { CdrOutbox } from './cdr-outbox';
import { buildCdrReport, buildFailureReport } from './cdr-report-builder';
import type { WallClock } from './wall-clock';

export interface RecoveryOptions {
  readonly journalDir: string;
  readonly outbox: CdrOutbox;
  readonly edgeNodeId: string;
  readonly clock: WallClock;
  readonly log?: Logger;
}

export interface RecoveryResult {
  /** Calls the previous run was holding, now in the outbox as ended by failure. */
  readonly failedCalls: readonly string[];
  /** Ended in the journal, but the crash came before the report reached the outbox: reported normally now. */
  readonly endedCalls: number;
  /** Still in the journal but already in the outbox: the crash came before the journal forgot the call. */
  readonly alreadyReported: number;
  /** When the previous run was last known alive (epoch ms); the failed calls end here. Null when it left nothing. */
  readonly lastAliveAt: number | null;
  readonly skippedLines: number;
}

/**
 * Run before the journal opens, on every start: every call the previous run
 * of this node left active gets a report ended by failure
 * (`termination: edge-failure`, Q.850 cause 41, side system), ending at the
 * journal's last activity — a fact or a heartbeat — rather than now: the
 * calls died with the edge, and the restart may come much later. Then the
 * old segments go. A crash during recovery repeats it safely: calls already
 * in the outbox are skipped, and a report sent twice is absorbed by its
 * idempotency key.
 */
export function recoverCalls(options: RecoveryOptions): RecoveryResult {
  const { journalDir, outbox, edgeNodeId, log } = options;
  const replay = replayJournal(journalDir);
  const lastAliveAt = replay.table.lastActivityAt;
  const failedCalls: string[] = [];
  let alreadyReported = 0;
  let endedCalls = 0;
  for (const call of replay.table.active()) {
    if (outbox.has(call.callId)) {
      alreadyReported += 1;
      continue;
    }
    if (call.ended !== null) {
      // The B2BUA had ended it; the crash came before its report reached the outbox.
      outbox.put(buildCdrReport(call, call.ended.ending, call.ended.at, edgeNodeId));
      endedCalls += 1;
      continue;
    }
    outbox.put(buildFailureReport(call, lastAliveAt ?? options.clock.now(), edgeNodeId));
    failedCalls.push(call.callId);
  }
  removeSegments(journalDir, replay.segments);
  if (failedCalls.length > 0 || replay.skippedLines > 0) {
    log?.warn(
      {
        failedCalls: failedCalls.length,
        endedCalls,
        alreadyReported,
        skippedLines: replay.skippedLines,
        lastAliveAt: lastAliveAt === null ? null : new Date(lastAliveAt).toISOString(),
      },
      'calls of the previous edge run reported as ended by failure',
    );
  }
  return { failedCalls, endedCalls, alreadyReported, lastAliveAt, skippedLines: replay.skippedLines };
}
