import { join } from 'node:path';
import { cdrReportSchema } from '@carillon/edge-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallJournal, listSegments } from './call-journal';
import { JournalingCallReporter } from './call-reporter';
import { CdrOutbox } from './cdr-outbox';
import { buildCdrReport, EDGE_FAILURE_CAUSE } from './cdr-report-builder';
import { recoverCalls } from './recover';
import { byeFromCaller, calleeLeg, capturingLogger, ManualClock, sampleCall, tempDir } from './test-support';

let temp: ReturnType<typeof tempDir>;
let clock: ManualClock;
const journals: CallJournal[] = [];

beforeEach(() => {
  temp = tempDir();
  clock = new ManualClock();
});
afterEach(() => {
  for (const journal of journals.splice(0)) journal.close();
  temp.cleanup();
});

const journalDir = () => join(temp.dir, 'journal');
const outboxDir = () => join(temp.dir, 'outbox');

/** One run of the edge's CDR path; "crashing" is simply dropping it without closing anything. */
function edgeRun() {
  const log = capturingLogger().log;
  const outbox = new CdrOutbox({ dir: outboxDir(), clock, log });
  const recovery = recoverCalls({ journalDir: journalDir(), outbox, edgeNodeId: 'edge-1', clock, log });
  const journal = new CallJournal({ dir: journalDir(), clock, heartbeatMs: 0, log });
  journals.push(journal);
  const reporter = new JournalingCallReporter({ journal, outbox, edgeNodeId: 'edge-1', clock, log });
  return { outbox, recovery, journal, reporter };
}

function reportsIn(outbox: CdrOutbox) {
  return outbox.pending().map((name) => cdrReportSchema.parse(outbox.read(name)));
}

/** Two calls up; the first ends by a BYE, the second is talking when the edge dies. */
async function twoCallsOneEnded(run: ReturnType<typeof edgeRun>) {
  for (const callId of ['ended', 'talking']) {
    run.reporter.callStarted(sampleCall(callId));
    run.reporter.legStarted(callId, calleeLeg(callId));
    clock.advance(3000);
    run.reporter.legAnswered(callId, `${callId}-b`, 'PCMU');
    run.reporter.legAnswered(callId, `${callId}-a`, 'PCMU');
  }
  clock.advance(20_000);
  run.reporter.legEnded('ended', 'ended-a', byeFromCaller);
  run.reporter.callEnded('ended', { cause: 16, side: 'caller' });
  await run.reporter.settled();
  clock.advance(10_000);
  run.journal.heartbeat();
  return clock.now();
}

describe('recoverCalls', () => {
  it('reports a call the dead edge was holding as ended by failure at its last heartbeat', async () => {
    const lastAliveAt = await twoCallsOneEnded(edgeRun());
    clock.advance(3_600_000); // the edge comes back an hour later

    const restarted = edgeRun();

    expect(restarted.recovery.failedCalls).toEqual(['talking']);
    const reports = reportsIn(restarted.outbox);
    expect(reports.map((report) => [report.callId, report.termination])).toEqual([
      ['ended', 'normal'],
      ['talking', 'edge-failure'],
    ]);
    const failed = reports[1]!;
    expect(failed).toMatchObject({
      cause: EDGE_FAILURE_CAUSE,
      side: 'system',
      answeredAt: expect.any(String),
    });
    expect(failed.endedAt).toBe(new Date(lastAliveAt).toISOString());
    expect(reports[0]?.legs[0]?.rtp).toEqual(byeFromCaller.rtp);
  });

  it('does not report a call twice when the crash came between its report and the end of its journal', () => {
    const run = edgeRun();
    run.reporter.callStarted(sampleCall('call-1'));
    clock.advance(5000);
    // The first half of `callEnded`: the report is in the outbox; the edge dies before the journal's `call-ended`.
    run.outbox.put(
      buildCdrReport(run.journal.calls.get('call-1')!, { cause: 16, side: 'caller' }, clock.now(), 'edge-1'),
    );

    const restarted = edgeRun();

    expect(restarted.recovery).toMatchObject({ failedCalls: [], alreadyReported: 1 });
    expect(reportsIn(restarted.outbox).map((report) => report.termination)).toEqual(['normal']);
  });

  it('reports a call normally when the crash came after its ending but before its report', () => {
    const run = edgeRun();
    run.reporter.callStarted(sampleCall('call-1'));
    clock.advance(3000);
    run.reporter.legAnswered('call-1', 'call-1-a', 'PCMA');
    clock.advance(7000);
    // The first step of `callEnded`; the edge dies before the report's write completes.
    run.journal.append({
      t: 'call-ending',
      at: clock.now(),
      callId: 'call-1',
      ending: { cause: 16, side: 'callee' },
    });
    const endedAt = new Date(clock.now()).toISOString();
    clock.advance(60_000);

    const restarted = edgeRun();

    expect(restarted.recovery).toMatchObject({ failedCalls: [], endedCalls: 1 });
    const [report] = reportsIn(restarted.outbox);
    expect(report).toMatchObject({ termination: 'normal', cause: 16, side: 'callee', endedAt });
  });

  it('leaves nothing to recover after a clean run, and a second restart reports nothing new', async () => {
    await twoCallsOneEnded(edgeRun());
    const second = edgeRun();

    const third = edgeRun();

    expect(second.recovery.failedCalls).toHaveLength(1);
    expect(third.recovery.failedCalls).toEqual([]);
    expect(third.outbox.size).toBe(2);
    expect(listSegments(journalDir())).toHaveLength(1);
  });
});
