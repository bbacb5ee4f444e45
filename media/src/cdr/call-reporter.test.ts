import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallJournal } from './call-journal';
import { JournalingCallReporter } from './call-reporter';
import { CdrOutbox } from './cdr-outbox';
import { byeFromCaller, calleeLeg, capturingLogger, ManualClock, sampleCall, tempDir } from './test-support';

let temp: ReturnType<typeof tempDir>;
let clock: ManualClock;
let journal: CallJournal;
let outbox: CdrOutbox;
let reporter: JournalingCallReporter;
let lines: Record<string, unknown>[];
let notified: number;

beforeEach(() => {
  temp = tempDir();
  clock = new ManualClock();
  const captured = capturingLogger();
  lines = captured.lines;
  notified = 0;
  journal = new CallJournal({ dir: join(temp.dir, 'journal'), clock, heartbeatMs: 0, log: captured.log });
  outbox = new CdrOutbox({ dir: join(temp.dir, 'outbox'), clock, log: captured.log });
  reporter = new JournalingCallReporter({
    journal,
    outbox,
    edgeNodeId: 'edge-1',
    clock,
    log: captured.log,
    onReport: () => {
      notified += 1;
    },
  });
});
afterEach(() => {
  journal.close();
  temp.cleanup();
});

describe('JournalingCallReporter', () => {
  it('turns a call the B2BUA ended into one report in the outbox and forgets it', async () => {
    reporter.callStarted(sampleCall('call-1'));
    reporter.legStarted('call-1', calleeLeg('call-1'));
    clock.advance(4000);
    reporter.legAnswered('call-1', 'call-1-b', 'PCMU');
    reporter.legAnswered('call-1', 'call-1-a', 'PCMU');
    clock.advance(30_000);
    reporter.legEnded('call-1', 'call-1-a', byeFromCaller);

    reporter.callEnded('call-1', { cause: 16, side: 'caller' });
    await reporter.settled();

    expect(journal.calls.size).toBe(0);
    expect(notified).toBe(1);
    const report = outbox.read(outbox.pending()[0]!);
    expect(report?.legs?.map((leg) => [leg.legId, leg.answeredAt !== null, leg.rtp !== null])).toEqual([
      ['call-1-a', true, true],
      ['call-1-b', true, false],
    ]);
  });

  it('never throws into the B2BUA: bad input and unknown calls are logged', () => {
    expect(() => reporter.callStarted({ ...sampleCall('call-1'), tenantId: '' })).not.toThrow();
    expect(() => reporter.legAnswered('nobody', 'x', null)).not.toThrow();
    expect(() => reporter.callEnded('nobody', { cause: 16, side: 'caller' })).not.toThrow();

    expect(lines.filter((line) => line.level === 'error' || line.level === 'warn')).toHaveLength(3);
    expect(outbox.size).toBe(0);
  });

  it('reports a call once when the B2BUA ends it twice', async () => {
    reporter.callStarted(sampleCall('call-1'));
    reporter.callEnded('call-1', { cause: 16, side: 'caller' });
    reporter.callEnded('call-1', { cause: 16, side: 'caller' });
    await reporter.settled();

    expect(outbox.pending()).toHaveLength(1);
  });

  it('wakes the sender as soon as the report is sendable, and forgets the call once it is acknowledged', async () => {
    const holding = new CdrOutbox({ dir: join(temp.dir, 'held'), clock, holdMs: 60_000 });
    let woken = 0;
    const held = new JournalingCallReporter({
      journal,
      outbox: holding,
      edgeNodeId: 'edge-1',
      clock,
      onReport: () => {
        woken += 1;
      },
    });
    held.callStarted(sampleCall('call-9'));

    held.callEnded('call-9', { cause: 16, side: 'caller' });

    expect(woken).toBe(1);
    const [name] = holding.pending();
    expect(holding.read(name!)?.callId).toBe('call-9');
    // Not acknowledged yet: the journal still holds the call's ending for recovery.
    expect(journal.calls.size).toBe(1);

    holding.remove(name!);
    await held.settled();

    expect(journal.calls.size).toBe(0);
  });
});
