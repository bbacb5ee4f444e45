import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callStartSchema, legStartSchema } from './call-facts';
import { CallJournal, replayJournal } from './call-journal';
import { CdrReportingError } from './cdr-reporting-error';
import { calleeLeg, ManualClock, sampleCall, tempDir } from './test-support';

let temp: ReturnType<typeof tempDir>;
let clock: ManualClock;
let journal: CallJournal | undefined;

beforeEach(() => {
  temp = tempDir();
  clock = new ManualClock();
});
afterEach(() => {
  journal?.close();
  journal = undefined;
  temp.cleanup();
});

function open(options: { maxSegmentBytes?: number; idleRotateBytes?: number } = {}) {
  journal = new CallJournal({ dir: temp.dir, clock, heartbeatMs: 0, ...options });
  return journal;
}

function start(j: CallJournal, callId: string) {
  j.append({ t: 'call-started', at: clock.now(), call: callStartSchema.parse(sampleCall(callId)) });
}

function segments() {
  return readdirSync(temp.dir).filter((name) => name.endsWith('.jsonl'));
}

describe('CallJournal', () => {
  it('lets a replay rebuild the calls that were up when the process stopped without closing', () => {
    const j = open();
    start(j, 'call-1');
    clock.advance(200);
    j.append({
      t: 'leg-started',
      at: clock.now(),
      callId: 'call-1',
      leg: legStartSchema.parse(calleeLeg('call-1')),
    });
    clock.advance(3000);
    j.append({ t: 'leg-answered', at: clock.now(), callId: 'call-1', legId: 'call-1-b', codec: 'PCMA' });
    const answeredAt = clock.now();
    start(j, 'call-2');
    j.append({ t: 'call-ended', at: clock.now(), callId: 'call-2' });
    clock.advance(10_000);
    j.heartbeat();

    // No close(): what is on disk is what a SIGKILL would leave.
    const replay = replayJournal(temp.dir);

    expect(replay.table.active().map((call) => call.callId)).toEqual(['call-1']);
    const legs = replay.table.get('call-1')?.legs ?? [];
    expect(legs.map((leg) => [leg.legId, leg.answeredAt, leg.codec])).toEqual([
      ['call-1-a', null, null],
      ['call-1-b', answeredAt, 'PCMA'],
    ]);
    expect(replay.table.lastActivityAt).toBe(clock.now());
  });

  it('skips a line torn by a crash and keeps the facts before it', () => {
    const j = open();
    start(j, 'call-1');
    appendFileSync(join(temp.dir, j.currentSegment.name), '{"t":"leg-star');

    const replay = replayJournal(temp.dir);

    expect(replay.skippedLines).toBe(1);
    expect(replay.table.get('call-1')).toBeDefined();
  });

  it('starts an empty segment and deletes the old one when the last active call ends past the idle threshold', () => {
    const j = open({ idleRotateBytes: 600 });
    start(j, 'call-1');
    j.append({ t: 'call-ended', at: clock.now(), callId: 'call-1' });
    const first = j.currentSegment.name;
    expect(segments()).toEqual([first]);
    start(j, 'call-2');

    j.append({ t: 'call-ended', at: clock.now(), callId: 'call-2' });

    expect(segments()).toEqual([j.currentSegment.name]);
    expect(j.currentSegment.name).not.toBe(first);
    expect(j.currentSegment.bytes).toBe(0);
  });

  it('rotates a busy segment with a snapshot, so a long call survives the deletion of its start', () => {
    const j = open({ maxSegmentBytes: 4096 });
    start(j, 'long-call');
    j.append({
      t: 'leg-answered',
      at: clock.now(),
      callId: 'long-call',
      legId: 'long-call-a',
      codec: 'PCMU',
    });
    for (let index = 0; index < 40; index += 1) {
      clock.advance(1000);
      start(j, `short-${index}`);
      j.append({ t: 'call-ended', at: clock.now(), callId: `short-${index}` });
    }

    const replay = replayJournal(temp.dir);

    expect(segments()).toHaveLength(1);
    expect(j.currentSegment.bytes).toBeLessThan(4096);
    expect(replay.table.active().map((call) => call.callId)).toEqual(['long-call']);
    expect(replay.table.get('long-call')?.legs[0]?.codec).toBe('PCMU');
  });

  it('ignores and does not write a fact about a call it never saw started', () => {
    const j = open();

    const written = j.append({
      t: 'leg-answered',
      at: clock.now(),
      callId: 'unknown',
      legId: 'x',
      codec: null,
    });

    expect(written).toBe(false);
    expect(readFileSync(join(temp.dir, j.currentSegment.name), 'utf8')).toBe('');
  });

  it('refuses to start over segments of an earlier run that were not recovered', () => {
    const j = open();
    start(j, 'call-1');
    j.close();
    journal = undefined;

    expect(() => open()).toThrow(CdrReportingError);
  });

  it('writes a heartbeat only while calls are up', () => {
    const j = open();
    j.heartbeat();
    expect(j.currentSegment.bytes).toBe(0);

    start(j, 'call-1');
    const before = j.currentSegment.bytes;
    clock.advance(10_000);
    j.heartbeat();

    expect(j.currentSegment.bytes).toBeGreaterThan(before);
    expect(replayJournal(temp.dir).table.lastActivityAt).toBe(clock.now());
  });
});
