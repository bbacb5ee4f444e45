import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cdr } from '@carillon/domain';
import type { Store } from '@carillon/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrationStore, type SeededDevice, seedTenantWithDevice } from '../edge-harness';
import { type Child, freePort, REPO_ROOT, spawnTs, stopChild } from './child-process';

/**
 * Issue 4 acceptance: killing the edge with SIGKILL during calls loses no
 * CDR. The edge's CDR path runs in a child process that is really killed;
 * the CDRs are written by the real control plane (`functions/call-control`,
 * its Node server in another child) into DynamoDB Local, and read back with
 * the store.
 */
const EDGE_TOKEN = 'cdr-crash-test-edge-token-0123456789abcdef';
const SCRIPT = join(REPO_ROOT, 'media/test/cdr/edge-crash-script.ts');

let store: Store;
let seeded: SeededDevice;
let controlPlane: Child;
let controlPlaneUrl: string;
let dataDir: string;
const children: Child[] = [];

beforeAll(async () => {
  store = integrationStore();
  seeded = await seedTenantWithDevice(store);
  const port = await freePort();
  controlPlane = spawnTs(join(REPO_ROOT, 'functions/call-control/src/server.ts'), [], {
    PORT: String(port),
    HOST: '127.0.0.1',
    CARILLON_EDGE_TOKEN: EDGE_TOKEN,
    CARILLON_CALL_STATE_KEYS: 'cdr-crash-test-call-state-key-0123456789abcdef',
    LOG_LEVEL: 'fatal',
  });
  controlPlaneUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(controlPlaneUrl, 20_000);
  dataDir = mkdtempSync(join(tmpdir(), 'carillon-cdr-crash-'));
}, 40_000);

afterAll(async () => {
  for (const child of children) await stopChild(child, 'SIGKILL');
  if (controlPlane) await stopChild(controlPlane);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`control plane not healthy within ${timeoutMs} ms: ${controlPlane.stderr().slice(-2000)}`);
}

interface RestartOutput {
  recovery: { failedCalls: string[]; alreadyReported: number };
  receipts: { callId: string; created: boolean }[];
  pending: number;
}

function edgeRun(mode: 'calls' | 'restart', url: string, calls: { ended: string; active: string }) {
  const child = spawnTs(SCRIPT, [mode], {
    CDR_DATA_DIR: dataDir,
    EDGE_NODE_ID: 'edge-crash-1',
    CONTROL_PLANE_URL: url,
    EDGE_TOKEN,
    TENANT_ID: seeded.tenantId,
    DEVICE_ID: seeded.deviceId,
    ENDED_CALL_ID: calls.ended,
    ACTIVE_CALL_ID: calls.active,
  });
  children.push(child);
  return child;
}

async function restart(calls: { ended: string; active: string }): Promise<RestartOutput> {
  const child = edgeRun('restart', controlPlaneUrl, calls);
  const output = (await child.firstJsonLine(20_000)) as RestartOutput;
  expect(await child.exited).toBe(0);
  return output;
}

async function cdrsOfTenant(from: number): Promise<Cdr[]> {
  const range = {
    from: new Date(from - 60_000).toISOString(),
    to: new Date(Date.now() + 60_000).toISOString(),
  };
  return (await store.cdrs.list({ tenantId: seeded.tenantId }, range)).items;
}

describe('CDRs across an edge killed with SIGKILL', () => {
  it('reports the ended call normally and the call it was holding as failed, once each', async () => {
    const testStart = Date.now();
    const calls = {
      ended: `ended-${randomBytes(4).toString('hex')}`,
      active: `active-${randomBytes(4).toString('hex')}`,
    };
    // The first run's control plane is unreachable, so nothing leaves the edge before the kill.
    const crashing = edgeRun('calls', `http://127.0.0.1:${await freePort()}`, calls);
    const ready = (await crashing.firstJsonLine(20_000)) as { at: number };
    await new Promise((resolve) => setTimeout(resolve, 300));
    const killedAt = Date.now();
    await stopChild(crashing, 'SIGKILL');
    expect(crashing.process.signalCode).toBe('SIGKILL');
    const afterCrash = mkdtempSync(join(tmpdir(), 'carillon-cdr-after-crash-'));
    cpSync(dataDir, afterCrash, { recursive: true });

    const first = await restart(calls);

    expect(first.recovery).toMatchObject({ failedCalls: [calls.active], alreadyReported: 0 });
    expect(first.receipts.map((r) => [r.callId, r.created]).sort()).toEqual(
      [
        [calls.active, true],
        [calls.ended, true],
      ].sort(),
    );
    expect(first.pending).toBe(0);
    const stored = await cdrsOfTenant(testStart);
    expect(stored).toHaveLength(2);
    const normal = stored.find((cdr) => cdr.callId === calls.ended)!;
    const failed = stored.find((cdr) => cdr.callId === calls.active)!;
    expect(normal).toMatchObject({ disposition: 'answered', hangupCause: 16, hangupSide: 'caller' });
    expect(normal.billableSeconds).toBeGreaterThanOrEqual(1);
    expect(normal.legs[0]?.rtp?.packetsReceived).toBe(54);
    expect(failed).toMatchObject({
      disposition: 'failed',
      hangupCause: 41,
      hangupSide: 'system',
      billableSeconds: 0,
    });
    // The failed call ends at the killed edge's last heartbeat, not at the restart.
    expect(Date.parse(failed.endedAt)).toBeGreaterThanOrEqual(ready.at);
    expect(Date.parse(failed.endedAt)).toBeLessThanOrEqual(killedAt);

    // Replay the crash: the same disk state, recovered and sent again.
    rmSync(dataDir, { recursive: true, force: true });
    cpSync(afterCrash, dataDir, { recursive: true });
    rmSync(afterCrash, { recursive: true, force: true });

    const second = await restart(calls);

    expect(second.receipts.map((r) => r.created)).toEqual([false, false]);
    const again = await cdrsOfTenant(testStart);
    expect(again.map((cdr) => cdr.id).sort()).toEqual(stored.map((cdr) => cdr.id).sort());
  }, 60_000);
});
