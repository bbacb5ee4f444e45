import { getContact } from '@carillon/sip';
import type { Store } from '@carillon/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Edge } from '../src/edge';
import { integrationStore, type SeededDevice, seedTenantWithDevice, startTestEdge } from './edge-harness';
import { buildRegister, SipTestClient, withCredentials } from './sip-test-client';

/*
 * "A restarted edge keeps its registrations" with group commit: bindings written through batched
 * BatchWriteItem requests are in DynamoDB once the 200 is sent, and a new edge process with the same
 * node id (empty in-memory view) finds and serves them.
 */
const PHONES = 6;
let store: Store;
let devices: SeededDevice[];
const edges: Edge[] = [];

beforeAll(async () => {
  store = integrationStore();
  devices = await Promise.all(Array.from({ length: PHONES }, () => seedTenantWithDevice(store)));
});

afterAll(async () => {
  for (const edge of edges) await edge.stop(500);
});

async function register(device: SeededDevice, client: SipTestClient, contact: boolean) {
  const request = buildRegister(client, { domain: device.domain, username: device.username });
  if (!contact) request.headers.delete('contact');
  const challenge = await client.request(request);
  if (challenge?.status !== 401) throw new Error(`expected 401, got ${challenge?.status}`);
  return client.request(withCredentials(request, challenge, device.username, device.password));
}

describe('bindings written by group commit', () => {
  it('are durable when the 200 is sent and survive an edge restart', async () => {
    // A long linger puts the concurrent REGISTERs into shared BatchWriteItem requests.
    const overrides = { EDGE_NODE_ID: `edge-restart-${Date.now()}`, LOCATION_COMMIT_LINGER_MS: '50' };
    const first = await startTestEdge(store, overrides);
    edges.push(first);
    const clients = await Promise.all(devices.map(() => SipTestClient.open('UDP', first.ports.UDP ?? 0)));
    try {
      const answers = await Promise.all(devices.map((d, i) => register(d, clients[i]!, true)));
      expect(answers.map((a) => a?.status)).toEqual(devices.map(() => 200));
      // Storage holds every binding already: the 200 came after the batch was written.
      for (const [i, device] of devices.entries()) {
        const stored = await store.registrations.listByAor(
          { tenantId: device.tenantId },
          `sip:${device.username}@${device.domain}`,
        );
        expect(stored.map((b) => b.sourceAddress)).toEqual([`127.0.0.1:${clients[i]!.localPort}`]);
        expect(stored[0]?.edgeNodeId).toBe(overrides.EDGE_NODE_ID);
      }
      await first.stop(500);

      const second = await startTestEdge(store, overrides);
      edges.push(second);
      for (const [i, device] of devices.entries()) {
        const located = await second.location.locate(
          device.tenantId,
          `sip:${device.username}@${device.domain}`,
        );
        expect(located).toHaveLength(1);
        expect(located[0]?.local).toBe(true);
        expect(located[0]?.destination.port).toBe(clients[i]!.localPort);
      }
      // A query REGISTER (no Contact, §10.2.3) on the new process lists the binding from before.
      const query = await SipTestClient.open('UDP', second.ports.UDP ?? 0);
      try {
        const listed = await register(devices[0]!, query, false);
        expect(listed?.status).toBe(200);
        const contacts = listed ? getContact(listed).contacts : [];
        expect(contacts).toHaveLength(1);
        expect(contacts[0]?.uri.kind === 'sip' ? contacts[0].uri.port : undefined).toBe(
          clients[0]!.localPort,
        );
      } finally {
        query.close();
      }
    } finally {
      for (const client of clients) client.close();
    }
  });
});
