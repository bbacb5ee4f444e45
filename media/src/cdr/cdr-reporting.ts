import { join } from 'node:path';
import type { Logger } from '@carillon/logger';
import type { BackoffOptions } from './backoff';
import { CallJournal } from './call-journal';
import { type CallReporter, JournalingCallReporter } from './call-reporter';
import { CdrOutbox } from './cdr-outbox';
import { CdrSender, type CdrSink } from './cdr-sender';
import { claimNodeDirectory, releaseNodeDirectory } from './node-directory';
import { type RecoveryResult, recoverCalls } from './recover';
import { systemWallClock, type WallClock } from './wall-clock';

export interface CdrReportingOptions {
  /** Root of the CDR data, e.g. `/var/lib/carillon/cdr`; each node uses `<dataDir>/<edgeNodeId>/`. */
  readonly dataDir: string;
  readonly edgeNodeId: string;
  /** The `ControlPlaneClient`. */
  readonly sink: CdrSink;
  readonly clock?: WallClock;
  readonly log?: Logger;
  readonly heartbeatMs?: number;
  readonly maxSegmentBytes?: number;
  readonly maxOutboxReports?: number;
  readonly backoff?: BackoffOptions;
  readonly sendConcurrency?: number;
}

export interface CdrReporting {
  /** Hand this to the B2BUA. */
  readonly reporter: CallReporter;
  readonly outbox: CdrOutbox;
  readonly sender: CdrSender;
  readonly recovery: RecoveryResult;
  /**
   * Stop sending and close the journal. Unsent reports stay in the outbox
   * and calls still up stay in the journal; the next start reports them.
   */
  stop(): Promise<void>;
}

/**
 * The edge's CDR path, in start-up order: claim the node's directory,
 * recover the calls a previous run left (into the outbox), open a fresh
 * journal, and start sending the outbox.
 */
export function startCdrReporting(options: CdrReportingOptions): CdrReporting {
  const clock = options.clock ?? systemWallClock;
  const log = options.log;
  const nodeDir = claimNodeDirectory(options.dataDir, options.edgeNodeId);
  const journalDir = join(nodeDir, 'journal');
  const outbox = new CdrOutbox({
    dir: join(nodeDir, 'outbox'),
    clock,
    ...(log ? { log } : {}),
    ...(options.maxOutboxReports !== undefined ? { maxReports: options.maxOutboxReports } : {}),
  });
  const recovery = recoverCalls({
    journalDir,
    outbox,
    edgeNodeId: options.edgeNodeId,
    clock,
    ...(log ? { log } : {}),
  });
  const journal = new CallJournal({
    dir: journalDir,
    clock,
    ...(log ? { log } : {}),
    ...(options.heartbeatMs !== undefined ? { heartbeatMs: options.heartbeatMs } : {}),
    ...(options.maxSegmentBytes !== undefined ? { maxSegmentBytes: options.maxSegmentBytes } : {}),
  });
  const sender = new CdrSender({
    outbox,
    sink: options.sink,
    ...(log ? { log } : {}),
    ...(options.backoff ? { backoff: options.backoff } : {}),
    ...(options.sendConcurrency !== undefined ? { concurrency: options.sendConcurrency } : {}),
  });
  const reporter = new JournalingCallReporter({
    journal,
    outbox,
    edgeNodeId: options.edgeNodeId,
    clock,
    onReport: () => sender.notify(),
    ...(log ? { log } : {}),
  });
  sender.start();
  return {
    reporter,
    outbox,
    sender,
    recovery,
    async stop() {
      // Reports still waiting for an acknowledgement go to disk before the journal closes.
      await outbox.writeHeld();
      await reporter.settled();
      await sender.stop();
      journal.close();
      releaseNodeDirectory(nodeDir);
    },
  };
}
