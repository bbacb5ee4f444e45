import { generateWebhookSecret } from '@carillon/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CallStack, startCallStack } from './call-stack';
import { buildRegister, SipTestClient, withCredentials } from './sip-test-client';

/*
 * device.registered / device.unregistered end to end: a phone registers through the edge, the edge
 * tells the real call-control app, which queues a webhook delivery for the tenant's endpoint.
 * Checked in the delivery log (the endpoint is unreachable; nothing is sent in this test).
 */

let stack: CallStack;

beforeAll(async () => {
  stack = await startCallStack('registration-notices', {
    SIP_TCP_ENABLED: 'false',
    SIP_TLS_ENABLED: 'false',
    SIP_WS_ENABLED: 'false',
    SIP_WSS_ENABLED: 'false',
    REGISTER_MIN_EXPIRES: '1',
    REGISTRATION_SWEEP_SECONDS: '1',
  });
}, 30_000);

const queued: { ownerKey: string; id: string }[] = [];

afterAll(async () => {
  // Leave no due delivery behind for a webhook worker of another test file to try.
  for (const ref of queued) {
    const claimed = await stack.store.webhookDeliveries.claim(ref, new Date(), 60_000);
    if (claimed === undefined) continue;
    await stack.store.webhookDeliveries.finish(ref, claimed.leaseToken, {
      status: 'skipped',
      attempts: [],
      attemptCount: 0,
      lastError: 'test cleanup',
      nextAttemptAt: null,
    });
  }
  await stack?.stop();
});

async function registerFor(client: SipTestClient, who: 'alice' | 'bob', expires: number, cseq: number) {
  const device = stack[who];
  const request = buildRegister(client, {
    domain: stack.tenant.sipDomain,
    username: device.device.sipUsername,
    expires,
    callId: `notices-${who}`,
    cseq,
  });
  const challenge = await client.request(request);
  expect(challenge?.status).toBe(401);
  const ok = await client.request(
    withCredentials(request, challenge!, device.device.sipUsername, device.sipPassword),
  );
  expect(ok?.status).toBe(200);
}

async function deliveries(ownerKey: string, endpointId: string, count: number) {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const page = await stack.store.webhookDeliveries.listByEndpoint(ownerKey, endpointId);
    if (page.items.length >= count) return page.items;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return (await stack.store.webhookDeliveries.listByEndpoint(ownerKey, endpointId)).items;
}

describe('registration notices', () => {
  it('tells a new binding, not its refresh, then its removal and a lapse, as webhook events', async () => {
    const { store, tenant, edge } = stack;
    const endpoint = await store.webhookEndpoints.create({
      url: 'https://192.0.2.1/hook',
      description: '',
      eventTypes: ['device.registered', 'device.unregistered'],
      enabled: true,
      owner: { kind: 'tenant', id: tenant.id },
      tenantId: tenant.id,
      secret: generateWebhookSecret(),
    });
    const ownerKey = `t#${tenant.id}`;
    const port = edge.ports.UDP;
    if (port === undefined) throw new Error('no UDP port');
    const alice = await SipTestClient.open('UDP', port);
    const bob = await SipTestClient.open('UDP', port);
    try {
      await registerFor(alice, 'alice', 600, 1);
      await registerFor(alice, 'alice', 600, 3); // a refresh: no news
      await registerFor(alice, 'alice', 0, 5); // removal
      await registerFor(bob, 'bob', 1, 1); // lapses after a second, never refreshed

      const log = await deliveries(ownerKey, endpoint.id, 4);
      for (const entry of log) queued.push({ ownerKey, id: entry.id });
      const events: string[] = [];
      for (const entry of log) {
        const queuedDelivery = await store.webhookDeliveries.get({ ownerKey, id: entry.id });
        const event = JSON.parse(queuedDelivery?.payload ?? '{}') as {
          type: string;
          data: { deviceId: string };
        };
        events.push(`${event.type} ${event.data.deviceId}`);
      }
      events.sort();
      expect(events).toEqual(
        [
          `device.registered ${stack.alice.device.id}`,
          `device.unregistered ${stack.alice.device.id}`,
          `device.registered ${stack.bob.device.id}`,
          `device.unregistered ${stack.bob.device.id}`,
        ].sort(),
      );
    } finally {
      alice.close();
      bob.close();
    }
  }, 20_000);
});
