import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type CdrReceipt,
  type CdrReportInput,
  ControlPlaneError,
  type RequestOptions,
} from '@carillon/edge-api';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CdrOutbox } from './cdr-outbox';
import { CdrSender } from './cdr-sender';
import { capturingLogger, ManualClock, sampleReport, tempDir } from './test-support';

type Answer = 'ok' | 'hang' | number | 'unreachable';

/** Stands in for the control plane: answers each post from a script, then 201. */
class ScriptedSink {
  readonly received: string[] = [];
  readonly #script: Answer[];

  constructor(script: Answer[] = []) {
    this.#script = script;
  }

  async postCdrReport(report: CdrReportInput, options: RequestOptions = {}): Promise<CdrReceipt> {
    this.received.push(report.callId);
    const answer = this.#script.shift() ?? 'ok';
    const details = { method: 'POST', path: '/edge/v1/cdr-reports' };
    if (answer === 'hang') {
      await new Promise((_, reject) =>
        options.signal?.addEventListener('abort', () =>
          reject(new ControlPlaneError('aborted', 'cancelled by the caller', details)),
        ),
      );
    }
    if (answer === 'unreachable') throw new ControlPlaneError('unreachable', 'ECONNREFUSED', details);
    if (typeof answer === 'number') {
      throw new ControlPlaneError('http-status', `status ${answer}`, { ...details, status: answer });
    }
    return { cdrId: `cdr-${report.callId}`, created: true };
  }
}

let temp: ReturnType<typeof tempDir>;
let clock: ManualClock;
let outbox: CdrOutbox;
let sender: CdrSender | undefined;

beforeEach(() => {
  temp = tempDir();
  clock = new ManualClock();
  outbox = new CdrOutbox({ dir: temp.dir, clock, log: capturingLogger().log });
});
afterEach(async () => {
  await sender?.stop();
  sender = undefined;
  temp.cleanup();
});

function enqueue(...callIds: string[]) {
  for (const callId of callIds) {
    outbox.put(sampleReport(callId, clock));
    clock.advance(1);
  }
}

function startSender(sink: ScriptedSink, log = capturingLogger().log) {
  sender = new CdrSender({ outbox, sink, log, backoff: { baseMs: 1, maxMs: 4 }, concurrency: 1 });
  sender.start();
  return sender;
}

describe('CdrSender', () => {
  it('delivers the outbox oldest first and deletes each report the control plane took', async () => {
    enqueue('first', 'second', 'third');
    const sink = new ScriptedSink();

    await startSender(sink).idle();

    expect(sink.received).toEqual(['first', 'second', 'third']);
    expect(outbox.size).toBe(0);
    // Files of delivered reports are deleted on the thread pool, a moment after the outbox forgot them.
    await vi.waitFor(() =>
      expect(readdirSync(temp.dir).filter((name) => name.endsWith('.json'))).toEqual([]),
    );
  });

  it('keeps a report through an outage and delivers it when the control plane is back', async () => {
    enqueue('call-1');
    const { log, lines } = capturingLogger();
    const sink = new ScriptedSink([503, 'unreachable', 429]);

    await startSender(sink, log).idle();

    expect(sink.received).toEqual(['call-1', 'call-1', 'call-1', 'call-1']);
    expect(outbox.size).toBe(0);
    expect(lines.filter((line) => line.msg === 'CDR reports not accepted; retrying later')).toHaveLength(3);
    expect(sender?.failures).toBe(0);
  });

  it('moves a report the control plane refuses as invalid aside and goes on with the rest', async () => {
    enqueue('bad', 'good');
    const sink = new ScriptedSink([422]);

    await startSender(sink).idle();

    expect(sink.received).toEqual(['bad', 'good']);
    expect(readdirSync(join(temp.dir, 'rejected'))).toHaveLength(1);
    expect(outbox.size).toBe(0);
  });

  it('sends a report put in the outbox after it went idle, when notified', async () => {
    const sink = new ScriptedSink();
    const running = startSender(sink);
    await running.idle();

    enqueue('late');
    running.notify();
    await running.idle();

    expect(sink.received).toEqual(['late']);
  });

  it('stops at once with a request in flight and leaves that report on disk', async () => {
    enqueue('call-1');
    const sink = new ScriptedSink(['hang']);
    const running = startSender(sink);
    await vi.waitFor(() => expect(sink.received).toHaveLength(1));

    await running.stop();

    expect(sink.received).toEqual(['call-1']);
    expect(new CdrOutbox({ dir: temp.dir, clock }).has('call-1')).toBe(true);
    expect(readdirSync(join(temp.dir, 'rejected'))).toEqual([]);
  });
});
