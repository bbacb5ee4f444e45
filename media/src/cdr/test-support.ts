import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CdrReportInput } from '@carillon/edge-api';
import { createLogger, type Logger } from '@carillon/logger';
import { type CallStart, callStartSchema, type LegEnding, type LegStart } from './call-facts';
import { CallTable } from './call-state';
import { buildCdrReport } from './cdr-report-builder';
import type { WallClock } from './wall-clock';

/** A wall clock tests move by hand; starts at 2025-03-01T10:00:00Z. */
export class ManualClock implements WallClock {
  #now = Date.parse('2025-03-01T10:00:00.000Z');

  now(): number {
    return this.#now;
  }

  advance(ms: number): void {
    this.#now += ms;
  }

  set(epochMs: number): void {
    this.#now = epochMs;
  }
}

/** A fresh directory per test, removed by the returned cleanup. */
export function tempDir(): { readonly dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'carillon-cdr-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A logger whose lines the test can read. */
export function capturingLogger(): { readonly log: Logger; readonly lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({
    service: 'cdr-test',
    level: 'debug',
    destination: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  return { log, lines };
}

const party = (number: string) => ({ number, name: null });

export const TENANT_ID = 'tnt_0000000000000000000000000a';

/** Extension 201 calls 202: the caller's leg as the B2BUA reports it. */
export function sampleCall(callId: string, overrides: Partial<CallStart> = {}): CallStart {
  return {
    callId,
    tenantId: TENANT_ID,
    direction: 'internal',
    caller: party('201'),
    callee: party('202'),
    leg: {
      legId: `${callId}-a`,
      kind: 'extension',
      caller: party('201'),
      callee: party('202'),
      deviceId: 'dev_caller',
    },
    ...overrides,
  };
}

/** The B2BUA's INVITE toward the callee's phone. */
export function calleeLeg(callId: string, suffix = 'b'): LegStart {
  return {
    legId: `${callId}-${suffix}`,
    kind: 'extension',
    caller: party('201'),
    callee: party('202'),
    deviceId: `dev_callee_${suffix}`,
  };
}

export const sampleRtp = {
  packetsSent: 1500,
  packetsReceived: 1490,
  bytesSent: 258_000,
  bytesReceived: 256_280,
  packetsLost: 10,
  jitterMs: 4.5,
  mos: 4.2,
};

/** A BYE from the caller after a conversation. */
export const byeFromCaller: LegEnding = { cause: 16, side: 'caller', rtp: sampleRtp };

/** A valid report of an unanswered call, for tests that only move reports around. */
export function sampleReport(callId: string, clock: WallClock = new ManualClock()): CdrReportInput {
  const table = new CallTable();
  table.apply({ t: 'call-started', at: clock.now(), call: callStartSchema.parse(sampleCall(callId)) });
  return buildCdrReport(table.get(callId)!, { cause: 16, side: 'caller' }, clock.now() + 1000, 'edge-test');
}
