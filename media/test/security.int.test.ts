import { Writable } from 'node:stream';
import { createLogger } from '@carillon/logger';
import type { Store } from '@carillon/store';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Edge, startEdge } from '../src/edge';
import { StoreCredentialSource } from '../src/registrar/store-credential-source';
import { integrationStore, type SeededDevice, seedTenantWithDevice, testConfig } from './edge-harness';
import { buildOptions, SipTestClient } from './sip-test-client';
import { runSipp } from './sipp-runner';

let store: Store;
let device: SeededDevice;
let edge: Edge | undefined;

beforeAll(async () => {
  store = integrationStore();
  device = await seedTenantWithDevice(store);
});

afterEach(async () => {
  await edge?.stop(200);
  edge = undefined;
});

/** An edge whose log lines are kept for assertions. */
async function edgeWith(overrides: Record<string, string>) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n'))
        if (line) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const config = testConfig({ LOG_LEVEL: 'info', ...overrides });
  edge = await startEdge(config, {
    credentials: new StoreCredentialSource(store),
    bindings: store.registrations,
    logger: createLogger({ service: 'edge-test', level: 'info', destination }),
  });
  return { edge, lines };
}

async function ping(port: number, transport: 'UDP' | 'TCP' = 'UDP', timeoutMs = 800) {
  const client = await SipTestClient.open(transport, port).catch(() => undefined);
  if (!client) return undefined;
  try {
    return (await client.request(buildOptions(client, device.domain), timeoutMs))?.status;
  } finally {
    client.close();
  }
}

describe('ban after repeated authentication failures', () => {
  it('bans the source after N failures (logged with its IP), drops its packets, and lifts the ban on time', async () => {
    const { edge, lines } = await edgeWith({ AUTH_BAN_MAX_FAILURES: '3', AUTH_BAN_DURATION_SECONDS: '2' });
    const port = edge.ports.UDP ?? 0;
    expect(await ping(port)).toBe(200);
    for (let i = 0; i < 3; i++) {
      const run = await runSipp({
        scenario: 'register-rejected.xml',
        transport: 'UDP',
        edgePort: port,
        service: device.username,
        username: device.username,
        password: `wrong-${i}`,
        keys: { domain: device.domain },
        authUri: device.domain,
      });
      expect(run.code, run.output).toBe(0);
    }
    const banLine = lines.find((l) => l.msg === 'source banned after repeated authentication failures');
    expect(banLine).toMatchObject({ source: '127.0.0.1', failures: 3, level: 'warn' });

    // Banned: UDP is dropped unanswered, a new TCP connection is closed at once.
    expect(await ping(port)).toBeUndefined();
    expect(await ping(edge.ports.TCP ?? 0, 'TCP')).toBeUndefined();

    await new Promise((r) => setTimeout(r, 2100));
    expect(await ping(port)).toBe(200);
  });
});

describe('per-source rate limit', () => {
  it('drops requests beyond the burst and admits them again as tokens refill', async () => {
    const { edge } = await edgeWith({ RATE_LIMIT_REQUESTS_PER_SECOND: '2', RATE_LIMIT_BURST: '5' });
    const client = await SipTestClient.open('UDP', edge.ports.UDP ?? 0);
    try {
      const burst = await Promise.all(
        Array.from({ length: 12 }, () => client.request(buildOptions(client, device.domain), 600)),
      );
      const answered = burst.filter((r) => r?.status === 200).length;
      expect(answered).toBe(5);
      // The burst's unanswered requests waited 600 ms: at 2/s about one token came back, not four.
      const later = await Promise.all(
        Array.from({ length: 4 }, () => client.request(buildOptions(client, device.domain), 600)),
      );
      const admitted = later.filter((r) => r?.status === 200).length;
      expect(admitted).toBeGreaterThanOrEqual(1);
      expect(admitted).toBeLessThan(4);
    } finally {
      client.close();
    }
  });
});
