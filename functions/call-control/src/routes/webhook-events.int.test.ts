import { cdrIdempotencyKey } from '@carillon/call-control';
import { type Tenant, WEBHOOK_EVENT_TYPES } from '@carillon/domain';
import { EDGE_API_PATHS } from '@carillon/edge-api';
import { generateWebhookSecret, WebhookOutbox, webhookEventSchema } from '@carillon/webhooks';
import { afterAll, describe, expect, it } from 'vitest';
import { createCallControlApp } from '../app';
import { EDGE_TOKEN, seedDevice, seedTenant, testConfig, testStore } from '../int-test-fixtures';

/**
 * Events leave call control as pending deliveries in the table (the queue),
 * written where they happen: the CDR writer (call.ended) and the registration
 * notice (device.*). Nothing is sent over HTTP on these paths.
 */
const store = testStore();
const app = createCallControlApp(testConfig(), { store, webhooks: new WebhookOutbox(store) });
const auth = { authorization: `Bearer ${EDGE_TOKEN}` };
const queued: { ownerKey: string; id: string }[] = [];

function post(path: string, body: unknown) {
  return app.request(path, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function endpointOf(tenant: Tenant, eventTypes: string[]) {
  return store.webhookEndpoints.create({
    // A URL no test worker can reach: these deliveries are checked in the table, then taken out of the queue.
    url: 'https://192.0.2.1/hook',
    description: '',
    eventTypes: eventTypes as never,
    enabled: true,
    owner: { kind: 'tenant', id: tenant.id },
    tenantId: tenant.id,
    secret: generateWebhookSecret(),
  });
}

/** A CDR report of an answered internal call, as the edge sends it. */
function cdrReport(tenant: Tenant, deviceId: string | null) {
  const callId = `wh-call-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const startedAt = Date.now() - 60_000;
  const at = (seconds: number) => new Date(startedAt + seconds * 1000).toISOString();
  const party = { number: '201', name: null };
  return {
    idempotencyKey: cdrIdempotencyKey(callId),
    callId,
    tenantId: tenant.id,
    edgeNodeId: 'edge-1',
    direction: 'internal',
    caller: party,
    callee: { number: '202', name: null },
    startedAt: at(0),
    answeredAt: at(5),
    endedAt: at(35),
    cause: 16,
    side: 'caller',
    termination: 'normal',
    legs: [
      {
        legId: 'leg-a',
        kind: 'extension',
        caller: party,
        callee: party,
        deviceId,
        startedAt: at(0),
        answeredAt: at(5),
        endedAt: at(35),
        cause: 16,
        side: 'caller',
        codec: 'PCMU',
        rtp: null,
      },
    ],
  };
}

async function logOf(tenant: Tenant, endpointId: string) {
  const page = await store.webhookDeliveries.listByEndpoint(`t#${tenant.id}`, endpointId);
  for (const item of page.items) queued.push({ ownerKey: `t#${tenant.id}`, id: item.id });
  return page.items;
}

// Leave no due delivery behind for a worker of another test file to try.
afterAll(async () => {
  for (const ref of queued) {
    const claimed = await store.webhookDeliveries.claim(ref, new Date(), 60_000);
    if (claimed === undefined) continue;
    await store.webhookDeliveries.finish(ref, claimed.leaseToken, {
      status: 'skipped',
      attempts: [],
      attemptCount: 0,
      lastError: 'test cleanup',
      nextAttemptAt: null,
    });
  }
});

describe('call control queues webhook events', () => {
  it('a CDR report queues one call.ended delivery carrying the CDR, however often the edge repeats it', async () => {
    const tenant = await seedTenant(store);
    const { device } = await seedDevice(store, tenant, null);
    const endpoint = await endpointOf(tenant, ['call.ended']);
    const silent = await endpointOf(tenant, ['device.registered']);
    const report = cdrReport(tenant, device.id);

    const first = await post(EDGE_API_PATHS.cdrReports, report);
    const again = await post(EDGE_API_PATHS.cdrReports, report);
    expect([first.status, again.status]).toEqual([201, 200]);
    const { cdrId } = (await first.json()) as { cdrId: string };

    const log = await logOf(tenant, endpoint.id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ status: 'pending', eventType: 'call.ended', attemptCount: 0 });
    const queuedDelivery = await store.webhookDeliveries.get({
      ownerKey: `t#${tenant.id}`,
      id: log[0]?.id ?? '',
    });
    const event = webhookEventSchema.parse(JSON.parse(queuedDelivery?.payload ?? '{}'));
    expect(event).toMatchObject({
      type: 'call.ended',
      tenantId: tenant.id,
      data: { id: cdrId, callId: report.callId },
    });
    expect(await logOf(tenant, silent.id)).toEqual([]);
  });

  it('registration notices queue device.registered and device.unregistered for subscribers', async () => {
    const tenant = await seedTenant(store);
    const { device } = await seedDevice(store, tenant, null);
    const endpoint = await endpointOf(tenant, [...WEBHOOK_EVENT_TYPES]);
    const notice = {
      tenantId: tenant.id,
      deviceId: device.id,
      aor: `sip:${device.sipUsername}@${tenant.sipDomain}`,
      contactUri: `sip:${device.sipUsername}@10.0.0.1:5060`,
      transport: 'udp',
      edgeNodeId: 'edge-1',
    };
    const registered = await post(EDGE_API_PATHS.registrationEvents, {
      ...notice,
      event: 'device.registered',
      at: '2026-11-25T06:00:00.000Z',
      expiresAt: '2026-11-25T07:00:00.000Z',
    });
    const unregistered = await post(EDGE_API_PATHS.registrationEvents, {
      ...notice,
      event: 'device.unregistered',
      at: '2026-11-25T06:30:00.000Z',
      expiresAt: null,
    });
    expect([registered.status, unregistered.status]).toEqual([202, 202]);
    const log = await logOf(tenant, endpoint.id);
    expect(log.map((entry) => entry.eventType).sort()).toEqual(['device.registered', 'device.unregistered']);
  });

  it('a disabled endpoint is not queued for', async () => {
    const tenant = await seedTenant(store);
    const endpoint = await endpointOf(tenant, ['call.ended']);
    await store.webhookHealth.disable(`t#${tenant.id}`, endpoint.id, new Date(), 'test');
    const response = await post(EDGE_API_PATHS.cdrReports, cdrReport(tenant, null));
    expect(response.status).toBe(201);
    expect(await logOf(tenant, endpoint.id)).toEqual([]);
  });
});
