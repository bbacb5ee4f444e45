import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cdrIdempotencyKey } from '@carillon/call-control';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CdrOutbox } from './cdr-outbox';
import { capturingLogger, ManualClock, sampleReport, tempDir } from './test-support';

let temp: ReturnType<typeof tempDir>;
let clock: ManualClock;

beforeEach(() => {
  temp = tempDir();
  clock = new ManualClock();
});
afterEach(() => temp.cleanup());

const report = (callId: string) => sampleReport(callId);

describe('CdrOutbox', () => {
  it('keeps each report in its own complete file, named for its call', () => {
    const outbox = new CdrOutbox({ dir: temp.dir, clock });

    expect(outbox.put(report('call-1'))).toBe('stored');

    const [name] = outbox.pending();
    expect(name).toContain(cdrIdempotencyKey('call-1'));
    expect(JSON.parse(readFileSync(join(temp.dir, name!), 'utf8'))).toEqual(report('call-1'));
    expect(outbox.has('call-1')).toBe(true);
    expect(outbox.has('call-2')).toBe(false);
  });

  it('holds one report per call', () => {
    const outbox = new CdrOutbox({ dir: temp.dir, clock });
    outbox.put(report('call-1'));

    expect(outbox.put(report('call-1'))).toBe('duplicate');
    expect(outbox.size).toBe(1);
  });

  it('finds the reports of an earlier run, oldest first, and drops a write the crash cut short', () => {
    const first = new CdrOutbox({ dir: temp.dir, clock });
    first.put(report('older'));
    clock.advance(1000);
    first.put(report('newer'));
    writeFileSync(join(temp.dir, `.tmp-${clock.now()}-${cdrIdempotencyKey('torn')}.json`), '{"callId":');

    const reopened = new CdrOutbox({ dir: temp.dir, clock });

    expect(reopened.pending().map((name) => reopened.read(name)?.callId)).toEqual(['older', 'newer']);
    expect(readdirSync(temp.dir).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
  });

  it('when full keeps what it holds, refuses the new report and logs it whole', () => {
    const { log, lines } = capturingLogger();
    const outbox = new CdrOutbox({ dir: temp.dir, clock, log, maxReports: 2 });
    outbox.put(report('call-1'));
    outbox.put(report('call-2'));

    const outcome = outbox.put(report('call-3'));

    expect(outcome).toBe('full');
    expect(outbox.pending().map((name) => outbox.read(name)?.callId)).toEqual(['call-1', 'call-2']);
    const refusal = lines.find((line) => line.level === 'error');
    expect(refusal?.report).toEqual(report('call-3'));
  });

  it('moves a rejected report aside, where it no longer counts as pending', () => {
    const outbox = new CdrOutbox({ dir: temp.dir, clock, log: capturingLogger().log });
    outbox.put(report('call-1'));
    const [name] = outbox.pending();

    outbox.reject(name!, 'status 422');

    expect(outbox.pending()).toEqual([]);
    expect(readdirSync(join(temp.dir, 'rejected'))).toEqual([name]);
  });
});

describe('CdrOutbox.store', () => {
  it('writes reports stored together each to its own complete file, and sends none twice', async () => {
    const outbox = new CdrOutbox({ dir: temp.dir, clock, holdMs: 0 });

    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => outbox.store(report(`call-${i}`))),
    );

    expect(outcomes).toEqual(Array.from({ length: 20 }, () => 'stored'));
    const names = outbox.pending();
    expect(names).toHaveLength(20);
    for (const name of names) {
      const onDisk = JSON.parse(readFileSync(join(temp.dir, name), 'utf8'));
      expect(outbox.read(name)).toEqual(onDisk);
    }
    expect(readdirSync(temp.dir).filter((name) => name.startsWith('.tmp-'))).toEqual([]);
    expect(await outbox.store(report('call-3'))).toBe('duplicate');
  });

  it('fails the store when the report cannot be written, leaving nothing pending', async () => {
    const outbox = new CdrOutbox({ dir: temp.dir, clock, holdMs: 0 });
    temp.cleanup();

    await expect(outbox.store(report('call-1'))).rejects.toThrow(/ENOENT/);
    expect(outbox.pending()).toEqual([]);
    expect(outbox.size).toBe(0);
  });

  it('holds a report in memory, sendable at once, and never writes it once acknowledged', async () => {
    const outbox = new CdrOutbox({ dir: temp.dir, clock, holdMs: 60_000 });
    let outcome: string | undefined;
    const stored = outbox.store(report('call-1')).then((o) => {
      outcome = o;
    });

    const [name] = outbox.pending();
    expect(outbox.read(name!)).toEqual(report('call-1'));
    expect(outbox.has('call-1')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(outcome).toBeUndefined();

    outbox.remove(name!);
    await stored;

    expect(outcome).toBe('stored');
    expect(readdirSync(temp.dir).filter((file) => file !== 'rejected')).toEqual([]);
  });

  it('writes a held report to disk when no acknowledgement comes in time, then resolves', async () => {
    const outbox = new CdrOutbox({ dir: temp.dir, clock, holdMs: 10 });

    expect(await outbox.store(report('call-1'))).toBe('stored');

    const [name] = outbox.pending();
    expect(JSON.parse(readFileSync(join(temp.dir, name!), 'utf8'))).toEqual(report('call-1'));
  });

  it('writes every held report at once on writeHeld (a clean stop)', async () => {
    const outbox = new CdrOutbox({ dir: temp.dir, clock, holdMs: 60_000 });
    const stored = Promise.all([outbox.store(report('call-1')), outbox.store(report('call-2'))]);

    await outbox.writeHeld();

    expect(await stored).toEqual(['stored', 'stored']);
    const reopened = new CdrOutbox({ dir: temp.dir, clock });
    expect(reopened.pending().map((name) => reopened.read(name)?.callId)).toEqual(['call-1', 'call-2']);
  });

  it('moves a held report the control plane rejects into rejected/', async () => {
    const outbox = new CdrOutbox({ dir: temp.dir, clock, holdMs: 60_000, log: capturingLogger().log });
    const stored = outbox.store(report('call-1'));
    const [name] = outbox.pending();

    outbox.reject(name!, 'status 422');

    expect(await stored).toBe('stored');
    expect(outbox.pending()).toEqual([]);
    expect(JSON.parse(readFileSync(join(temp.dir, 'rejected', name!), 'utf8'))).toEqual(report('call-1'));
  });
});
