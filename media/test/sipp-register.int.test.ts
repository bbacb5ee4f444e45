import type { Store } from '@carillon/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Edge } from '../src/edge';
import { integrationStore, type SeededDevice, seedTenantWithDevice, startTestEdge } from './edge-harness';
import { runSipp } from './sipp-runner';

/* Registration driven by a real peer: sipp (Debian sip-tester) with the scenarios in ./scenarios. */

let store: Store;
let edge: Edge;
let device: SeededDevice;

beforeAll(async () => {
  store = integrationStore();
  device = await seedTenantWithDevice(store);
  edge = await startTestEdge(store);
});

afterAll(async () => {
  await edge?.stop(500);
});

const aor = () => `sip:${device.username}@${device.domain}`;

describe.each(['UDP', 'TCP'] as const)('sipp over %s', (transport) => {
  const base = () => ({
    transport,
    edgePort: edge.ports[transport] ?? 0,
    service: device.username,
    username: device.username,
    keys: { domain: device.domain, expires: '300' },
    authUri: device.domain,
  });

  it('registers with digest auth and the binding lands in the store with sipp as user agent', async () => {
    const run = await runSipp({ ...base(), scenario: 'register-auth.xml', password: device.password });
    expect(run.code, run.output).toBe(0);
    const bindings = await edge.location.list(device.tenantId, aor());
    const mine = bindings.find((b) => b.transport === transport.toLowerCase() && b.userAgent === 'sipp');
    expect(mine?.deviceId).toBe(device.deviceId);
    expect(Date.parse(mine?.expiresAt ?? '') - Date.now()).toBeGreaterThan(290_000);
  });

  it('de-registers with Expires: 0, which removes the binding it made', async () => {
    const before = (await edge.location.list(device.tenantId, aor())).length;
    const run = await runSipp({ ...base(), scenario: 'register-deregister.xml', password: device.password });
    expect(run.code, run.output).toBe(0);
    expect((await edge.location.list(device.tenantId, aor())).length).toBe(before);
  });

  it('answers 423 with Min-Expires to a too brief Expires', async () => {
    const run = await runSipp({ ...base(), scenario: 'register-too-brief.xml', password: device.password });
    expect(run.code, run.output).toBe(0);
  });

  it('challenges a wrong password again, and an unknown user exactly the same way', async () => {
    const wrong = await runSipp({ ...base(), scenario: 'register-rejected.xml', password: 'wrong-password' });
    expect(wrong.code, wrong.output).toBe(0);
    const unknown = await runSipp({
      ...base(),
      scenario: 'register-rejected.xml',
      service: 'ghost',
      username: 'ghost',
      password: 'anything',
    });
    expect(unknown.code, unknown.output).toBe(0);
  });
});
