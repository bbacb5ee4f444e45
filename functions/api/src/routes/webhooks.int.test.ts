import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import {
  type Cdr,
  createTenantInputSchema,
  createWebhookEndpointInputSchema,
  generateApiKey,
  newId,
  tenantSipDomain,
} from '@carillon/domain';
import { createDynamoClients, createTableInput, type Store } from '@carillon/store';
import {
  callEndedEvent,
  DeliveryWorker,
  exponentialRetryPolicy,
  HttpSender,
  messageIdOf,
  verifyMessage,
  WebhookDeliverer,
  WebhookOutbox,
} from '@carillon/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, integrationApi, seenBodies, tenantWithKey } from '../int-test-fixtures';

// The embedded/test URL policy: http://127.0.0.1 receivers are allowed (read when the routes are built).
process.env.CARILLON_WEBHOOK_ALLOW_LOOPBACK_HTTP = 'true';
// A table of our own: the delivery worker below takes every due delivery of its table, and must
// neither deliver other test files' messages nor have its own taken.
const table = `carillon-webhooks-${Date.now().toString(36)}`;
await createDynamoClients().client.send(new CreateTableCommand(createTableInput(table)));
const { app, store } = integrationApi({ CARILLON_TABLE_NAME: table });

/** A real HTTP receiver on loopback: answers each request with the next status of `script`, then 200. */
interface Received {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly status: number;
}
async function receiver(script: number[] = []) {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const status = script[received.length] ?? 200;
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), status });
      response
        .writeHead(status, { 'content-type': 'text/plain' })
        .end(status === 200 ? 'ok' : 'receiver down');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  servers.push(server);
  return { url: `http://127.0.0.1:${port}/hooks/carillon`, received };
}
const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
});

interface EndpointBody {
  id: string;
  url: string;
  version: number;
  state: string;
  enabled: boolean;
  eventTypes: string[];
  secret?: string;
  health: { consecutiveFailures: number; disabledAt: string | null };
}
interface DeliveryBody {
  id: string;
  status: string;
  attemptCount: number;
  eventType: string;
  attempts: { status: number | null; latencyMs: number; error: string | null }[];
  lastError: string | null;
}
interface ProblemBody {
  status: number;
  code: string;
  errors?: { field: string; message: string }[];
}

const SCOPES = ['webhooks:write'] as const;
async function tenant() {
  return tenantWithKey(store, [...SCOPES]);
}

async function createEndpoint(tenantId: string, key: string, body: Record<string, unknown>) {
  const created = await call(app, 'POST', `/tenants/${tenantId}/webhooks`, { key, body });
  expect(created.status, created.text).toBe(201);
  return created.json as EndpointBody;
}

/** A CDR as the call-control CDR writer stores it (`store.cdrs.record`). */
async function recordCdr(tenantId: string): Promise<Cdr> {
  const party = { number: '201', name: null };
  const startedAt = new Date(Date.now() - 60_000).toISOString();
  const endedAt = new Date().toISOString();
  const { cdr } = await store.cdrs.record(
    { tenantId },
    {
      callId: `call-${newId('cdr')}`,
      idempotencyKey: `edge-1:${newId('cdr')}`,
      direction: 'internal',
      caller: party,
      callee: { number: '202', name: null },
      startedAt,
      answeredAt: null,
      endedAt,
      durationSeconds: 60,
      billableSeconds: 0,
      disposition: 'no-answer',
      hangupCause: 19,
      hangupSide: 'caller',
      private: false,
      legs: [
        {
          legId: 'leg-1',
          kind: 'extension',
          caller: party,
          callee: party,
          deviceId: null,
          userId: null,
          trunkId: null,
          startedAt,
          answeredAt: null,
          endedAt,
          disposition: 'no-answer',
          hangupCause: 19,
          hangupSide: 'caller',
          codec: null,
          rtp: null,
        },
      ],
    },
  );
  return cdr;
}

/** The delivery pipeline of the embedded default, in-process, with millisecond retries for the test. */
function pipeline(options: { disableAfter?: number } = {}) {
  const deliverer = new WebhookDeliverer({
    store,
    sender: new HttpSender({ policy: { allowLoopbackHttp: true }, timeoutMs: 5000 }),
    retryPolicy: exponentialRetryPolicy({
      attempts: 5,
      initialDelayMs: 30,
      factor: 2,
      maxDelayMs: 200,
      jitter: 0.2,
    }),
    disablePolicy: { consecutiveFailures: options.disableAfter ?? 1000, failingForMs: 0 },
  });
  const worker = new DeliveryWorker({ store, deliverer, idleMs: 20 });
  return { deliverer, worker, outbox: new WebhookOutbox(store) };
}

/** Polls until `check` holds (bounded: at most ~10 s), for work done by the worker in the background. */
async function eventually<T>(probe: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  for (let round = 0; round < 200; round += 1) {
    const value = await probe();
    if (check(value)) return value;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('condition not reached in time');
}

async function deliveries(tenantId: string, key: string, endpointId: string) {
  const log = await call(app, 'GET', `/tenants/${tenantId}/webhooks/${endpointId}/deliveries`, { key });
  expect(log.status).toBe(200);
  return (log.json as { items: DeliveryBody[] }).items;
}

describe('webhook delivery (acceptance)', () => {
  it('an endpoint failing twice with 500 gets the event once successfully, signed, after 3 attempts in the log', async () => {
    const { tenantId, key } = await tenant();
    const hook = await receiver([500, 500]);
    const endpoint = await createEndpoint(tenantId, key, { url: hook.url, eventTypes: ['call.ended'] });
    const secret = endpoint.secret ?? '';
    expect(secret).toMatch(/^whsec_/);

    const { outbox, worker } = pipeline();
    const cdr = await recordCdr(tenantId);
    const refs = await outbox.emit(callEndedEvent(cdr));
    expect(refs).toHaveLength(1);
    worker.start();
    try {
      const log = await eventually(
        () => deliveries(tenantId, key, endpoint.id),
        (items) => items[0]?.status === 'succeeded',
      );
      expect(log).toHaveLength(1);
      const [delivery] = log;
      expect(delivery?.attemptCount).toBe(3);
      expect(delivery?.attempts.map((attempt) => attempt.status)).toEqual([500, 500, 200]);
      expect(delivery?.attempts[0]?.error).toBe('HTTP 500: receiver down');
      expect(delivery?.attempts.every((attempt) => attempt.latencyMs >= 0)).toBe(true);
      expect(delivery?.lastError).toBeNull();
    } finally {
      await worker.stop();
    }

    // The receiver saw three tries of one message: same webhook-id, each signature valid.
    expect(hook.received).toHaveLength(3);
    const ids = new Set(hook.received.map((request) => request.headers['webhook-id']));
    expect([...ids]).toEqual([refs[0]?.id]);
    for (const request of hook.received) {
      const headers = {
        'webhook-id': String(request.headers['webhook-id']),
        'webhook-timestamp': String(request.headers['webhook-timestamp']),
        'webhook-signature': String(request.headers['webhook-signature']),
      };
      expect(verifyMessage(secret, request.body, headers)).toMatchObject({
        type: 'call.ended',
        tenantId,
        data: { id: cdr.id, callId: cdr.callId },
      });
      expect(() =>
        verifyMessage(secret, request.body.replace('call.ended', 'call.endeD'), headers),
      ).toThrow();
    }
    expect(hook.received.filter((request) => request.status === 200)).toHaveLength(1);

    // Emitting the same event again (a retried CDR report) makes no second delivery.
    await outbox.emit(callEndedEvent(cdr));
    expect(await deliveries(tenantId, key, endpoint.id)).toHaveLength(1);
  });

  it('disables an endpoint after persistent failure, skips it from then on, and re-enables it on request', async () => {
    const { tenantId, key } = await tenant();
    const hook = await receiver(Array.from({ length: 50 }, () => 503));
    const endpoint = await createEndpoint(tenantId, key, { url: hook.url, eventTypes: ['call.ended'] });
    const { outbox, worker } = pipeline({ disableAfter: 3 });
    await outbox.emit(callEndedEvent(await recordCdr(tenantId)));
    worker.start();
    try {
      const read = await eventually(
        async () =>
          (await call(app, 'GET', `/tenants/${tenantId}/webhooks/${endpoint.id}`, { key }))
            .json as EndpointBody,
        (body) => body.state === 'disabled',
      );
      expect(read.health.consecutiveFailures).toBe(3);
      expect(read.health.disabledAt).not.toBeNull();
      const [failed] = await eventually(
        () => deliveries(tenantId, key, endpoint.id),
        (items) => items[0]?.status === 'failed',
      );
      expect(failed?.attemptCount).toBe(3);
      expect(failed?.lastError).toBe('HTTP 503: receiver down');

      // Disabled: a new event makes no delivery for it, and a test message is refused.
      expect(await outbox.emit(callEndedEvent(await recordCdr(tenantId)))).toEqual([]);
      const test = await call(app, 'POST', `/tenants/${tenantId}/webhooks/${endpoint.id}/test`, { key });
      expect(test.status).toBe(409);
      expect((test.json as ProblemBody).code).toBe('endpoint-disabled');

      const enabled = await call(app, 'POST', `/tenants/${tenantId}/webhooks/${endpoint.id}/enable`, { key });
      expect(enabled.status).toBe(200);
      expect(enabled.json).toMatchObject({
        state: 'active',
        health: { consecutiveFailures: 0, disabledAt: null },
      });
      expect(await outbox.emit(callEndedEvent(await recordCdr(tenantId)))).toHaveLength(1);
    } finally {
      await worker.stop();
    }
  });

  it('a delivery taken by a worker that died is delivered by the next one, with the same webhook-id', async () => {
    const { tenantId, key } = await tenant();
    const hook = await receiver();
    const endpoint = await createEndpoint(tenantId, key, { url: hook.url, eventTypes: ['call.ended'] });
    const { outbox, worker } = pipeline();
    const [ref] = await outbox.emit(callEndedEvent(await recordCdr(tenantId)));
    if (ref === undefined) throw new Error('nothing queued');
    // A worker claims the delivery and dies before recording anything (its lease is 300 ms here).
    const dead = await store.webhookDeliveries.claim(ref, new Date(), 300);
    expect(dead).toBeDefined();
    worker.start();
    try {
      const [delivery] = await eventually(
        () => deliveries(tenantId, key, endpoint.id),
        (items) => items[0]?.status === 'succeeded',
      );
      expect(delivery?.attemptCount).toBe(1);
    } finally {
      await worker.stop();
    }
    expect(hook.received.map((request) => request.headers['webhook-id'])).toEqual([ref.id]);
    // The dead worker's late write cannot overwrite the outcome: its lease is gone.
    const late = await store.webhookDeliveries.finish(ref, dead?.leaseToken ?? '', {
      status: 'failed',
      attempts: [],
      attemptCount: 9,
      lastError: 'late',
      nextAttemptAt: null,
    });
    expect(late).toBe(false);
  });

  it('sends a test message to the endpoint through the queue', async () => {
    const { tenantId, key } = await tenant();
    const hook = await receiver();
    const endpoint = await createEndpoint(tenantId, key, {
      url: hook.url,
      eventTypes: ['device.registered'],
    });
    const test = await call(app, 'POST', `/tenants/${tenantId}/webhooks/${endpoint.id}/test`, { key });
    expect(test.status).toBe(202);
    const { messageId } = test.json as { messageId: string };
    const { worker } = pipeline();
    worker.start();
    try {
      await eventually(
        () => deliveries(tenantId, key, endpoint.id),
        (items) => items[0]?.status === 'succeeded',
      );
    } finally {
      await worker.stop();
    }
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]?.headers['webhook-id']).toBe(messageId);
    expect(JSON.parse(hook.received[0]?.body ?? '{}')).toMatchObject({
      type: 'webhook.test',
      tenantId,
      data: { endpointId: endpoint.id },
    });
  });
});

describe('webhook endpoints over the API (contract)', () => {
  const valid = () => ({ url: 'https://93.184.215.14/hooks', eventTypes: ['call.ended'] });

  it('creates (secret shown once), reads, lists, changes and deletes an endpoint, with an ETag per version', async () => {
    const { tenantId, key } = await tenant();
    const created = await call(app, 'POST', `/tenants/${tenantId}/webhooks`, { key, body: valid() });
    expect(created.status).toBe(201);
    const endpoint = created.json as EndpointBody;
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(endpoint).toMatchObject({ state: 'active', enabled: true, eventTypes: ['call.ended'] });
    expect(created.response.headers.get('etag')).toBe('"1"');
    const path = `/tenants/${tenantId}/webhooks/${endpoint.id}`;
    expect(created.response.headers.get('location')).toBe(`/v1${path}`);

    const read = await call(app, 'GET', path, { key });
    expect(read.status).toBe(200);
    expect(read.text).not.toContain('whsec_');
    expect(read.json).toMatchObject({ id: endpoint.id, health: { consecutiveFailures: 0 } });
    const listed = await call(app, 'GET', `/tenants/${tenantId}/webhooks`, { key });
    expect((listed.json as { items: EndpointBody[] }).items.map((item) => item.id)).toEqual([endpoint.id]);
    expect(listed.text).not.toContain('whsec_');

    const paused = await call(app, 'PATCH', path, {
      key,
      body: { enabled: false },
      headers: { 'if-match': '"1"' },
    });
    expect(paused.status).toBe(200);
    expect(paused.json).toMatchObject({ state: 'paused', version: 2 });
    expect((await call(app, 'POST', `${path}/test`, { key })).status).toBe(409);

    const deleted = await call(app, 'DELETE', path, { key, headers: { 'if-match': '"2"' } });
    expect(deleted.status).toBe(204);
    expect((await call(app, 'GET', path, { key })).status).toBe(404);
  });

  const requiredFields = Object.entries(createWebhookEndpointInputSchema.shape)
    .filter(([, schema]) => !schema.safeParse(undefined).success)
    .map(([field]) => field);

  it.each(requiredFields)('refuses an endpoint without %s with 422 naming that field', async (field) => {
    const { tenantId, key } = await tenant();
    const { [field]: _omitted, ...body } = valid() as Record<string, unknown>;
    const response = await call(app, 'POST', `/tenants/${tenantId}/webhooks`, { key, body });
    expect(response.status).toBe(422);
    expect((response.json as ProblemBody).errors).toEqual([{ field, message: `${field} is required` }]);
  });

  it.each([
    ['url', { url: 'not a url' }, 'url must be an absolute URL'],
    ['url', { url: 'http://hooks.example.com/x' }, 'url must be https (http only to 127.0.0.1)'],
    [
      'url',
      { url: 'https://169.254.169.254/latest/meta-data/' },
      'url host 169.254.169.254 is not a public address',
    ],
    ['url', { url: 'https://10.0.0.8/' }, 'url host 10.0.0.8 is not a public address'],
    ['url', { url: 'https://[::1]/' }, 'url host ::1 is not a public address'],
    ['url', { url: 'https://user:pw@hooks.example.com/' }, 'url must not contain a user name or password'],
    ['eventTypes.0', { eventTypes: ['call.started'] }, 'event type must be one of'],
    ['eventTypes', { eventTypes: [] }, 'at least one event type is required'],
  ])('refuses an invalid %s (%j) with 422 naming it', async (field, change, message) => {
    const { tenantId, key } = await tenant();
    const response = await call(app, 'POST', `/tenants/${tenantId}/webhooks`, {
      key,
      body: { ...valid(), ...change },
    });
    expect(response.status).toBe(422);
    const errors = (response.json as ProblemBody).errors ?? [];
    expect(errors.map((error) => error.field)).toContain(field);
    expect(errors.map((error) => error.message).join()).toContain(message);
  });

  it('replays a repeated Idempotency-Key (same secret, one endpoint)', async () => {
    const { tenantId, key } = await tenant();
    const headers = { 'idempotency-key': 'hook-1' };
    const first = await call(app, 'POST', `/tenants/${tenantId}/webhooks`, { key, body: valid(), headers });
    const replay = await call(app, 'POST', `/tenants/${tenantId}/webhooks`, { key, body: valid(), headers });
    expect(replay.status).toBe(201);
    expect(replay.text).toBe(first.text);
    const listed = await call(app, 'GET', `/tenants/${tenantId}/webhooks`, { key });
    expect((listed.json as { items: unknown[] }).items).toHaveLength(1);
  });

  it('pages through endpoints and the delivery log exactly once', async () => {
    const { tenantId, key } = await tenant();
    const created: string[] = [];
    for (let index = 0; index < 5; index += 1)
      created.push((await createEndpoint(tenantId, key, valid())).id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = cursor === undefined ? '?limit=2' : `?limit=2&cursor=${encodeURIComponent(cursor)}`;
      const page = (await call(app, 'GET', `/tenants/${tenantId}/webhooks${query}`, { key })).json as {
        items: EndpointBody[];
        nextCursor?: string;
      };
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(seen.sort()).toEqual(created.sort());

    const endpointId = created[0] ?? '';
    // Queued far in the future: no worker (of this or another test file) tries this unreachable URL.
    for (let index = 0; index < 3; index += 1) {
      const event = callEndedEvent(await recordCdr(tenantId));
      await store.webhookDeliveries.enqueue(
        {
          ownerKey: `t#${tenantId}`,
          id: messageIdOf(event.id, endpointId),
          endpointId,
          eventId: event.id,
          eventType: event.type,
          tenantId,
          payload: JSON.stringify(event),
        },
        new Date('2099-01-01T00:00:00.000Z'),
      );
    }
    const logIds: string[] = [];
    cursor = undefined;
    do {
      const query = cursor === undefined ? '?limit=2' : `?limit=2&cursor=${encodeURIComponent(cursor)}`;
      const page = (
        await call(app, 'GET', `/tenants/${tenantId}/webhooks/${endpointId}/deliveries${query}`, { key })
      ).json as { items: DeliveryBody[]; nextCursor?: string };
      logIds.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor !== undefined);
    expect(new Set(logIds).size).toBe(3);
  });

  it('refuses a stale If-Match with 412 and a missing one with 428', async () => {
    const { tenantId, key } = await tenant();
    const endpoint = await createEndpoint(tenantId, key, valid());
    const path = `/tenants/${tenantId}/webhooks/${endpoint.id}`;
    await call(app, 'PATCH', path, { key, body: { description: 'CRM' }, headers: { 'if-match': '"1"' } });
    const stale = await call(app, 'PATCH', path, {
      key,
      body: { description: 'x' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect((await call(app, 'PATCH', path, { key, body: { description: 'y' } })).status).toBe(428);
    expect((await call(app, 'DELETE', path, { key, headers: { 'if-match': '"1"' } })).status).toBe(412);
  });

  it("answers another tenant with 404 for a tenant's endpoints, and a read-only key with 403 on writes", async () => {
    const a = await tenant();
    const b = await tenant();
    const endpoint = await createEndpoint(a.tenantId, a.key, valid());
    const path = `/tenants/${a.tenantId}/webhooks/${endpoint.id}`;
    const statuses = [
      (await call(app, 'GET', `/tenants/${a.tenantId}/webhooks`, { key: b.key })).status,
      (await call(app, 'GET', path, { key: b.key })).status,
      (await call(app, 'GET', `${path}/deliveries`, { key: b.key })).status,
      (await call(app, 'POST', `${path}/test`, { key: b.key })).status,
      (await call(app, 'GET', `/tenants/${b.tenantId}/webhooks/${endpoint.id}`, { key: b.key })).status,
    ];
    expect(statuses).toEqual([404, 404, 404, 404, 404]);
    const reader = await tenantWithKey(store, ['webhooks:read']);
    expect((await call(app, 'GET', `/tenants/${reader.tenantId}/webhooks`, { key: reader.key })).status).toBe(
      200,
    );
    const write = await call(app, 'POST', `/tenants/${reader.tenantId}/webhooks`, {
      key: reader.key,
      body: valid(),
    });
    expect(write.status).toBe(403);
    const usersOnly = await tenantWithKey(store, ['users:write']);
    expect(
      (await call(app, 'GET', `/tenants/${usersOnly.tenantId}/webhooks`, { key: usersOnly.key })).status,
    ).toBe(403);
  });

  it("lets a reseller register endpoints that hear its tenants' events; other resellers get 404", async () => {
    const resellerId = newId('rsl');
    const key = await resellerKey(store, resellerId);
    const tenantId = (await seedTenantOf(store, resellerId)).id;
    const hookUrl = (await receiver()).url;
    const created = await call(app, 'POST', `/resellers/${resellerId}/webhooks`, {
      key,
      body: { url: hookUrl, eventTypes: ['call.ended'] },
    });
    expect(created.status, created.text).toBe(201);
    const endpoint = created.json as EndpointBody & { tenantId: string | null; owner: unknown };
    expect(endpoint).toMatchObject({ tenantId: null, owner: { kind: 'reseller', id: resellerId } });
    const refs = await new WebhookOutbox(store).emit(callEndedEvent(await recordCdr(tenantId)));
    expect(refs.map((ref) => ref.ownerKey)).toEqual([`r#${resellerId}`]);

    const other = await resellerKey(store, newId('rsl'));
    expect((await call(app, 'GET', `/resellers/${resellerId}/webhooks`, { key: other })).status).toBe(404);
    expect(
      (await call(app, 'GET', `/resellers/${resellerId}/webhooks/${endpoint.id}`, { key: other })).status,
    ).toBe(404);
    const tenantAdmin = await tenant();
    expect(
      (await call(app, 'GET', `/resellers/${resellerId}/webhooks`, { key: tenantAdmin.key })).status,
    ).toBe(404);
  });

  it('never shows a secret after creation', () => {
    const secrets = seenBodies.filter((body) => body.includes('whsec_'));
    // Only creation responses (201 bodies with "secret") carry one.
    expect(secrets.every((body) => body.includes('"secret":"whsec_'))).toBe(true);
  });
});

beforeAll(() => {
  expect(process.env.CARILLON_WEBHOOK_ALLOW_LOOPBACK_HTTP).toBe('true');
});

async function resellerKey(target: Store, resellerId: string): Promise<string> {
  const { key, displayPrefix, keyHash } = generateApiKey();
  await target.apiKeys.create({
    name: 'reseller integration',
    scopes: ['webhooks:write', 'tenants:read'],
    expiresAt: null,
    owner: { kind: 'reseller', id: resellerId },
    tenantId: null,
    displayPrefix,
    keyHash,
    lastUsedAt: null,
    revokedAt: null,
  });
  return key;
}

async function seedTenantOf(target: Store, resellerId: string) {
  const slug = `t${newId('tnt').slice(4, 16)}`;
  return target.tenants.create({
    ...createTenantInputSchema.parse({
      name: `Tenant ${slug}`,
      slug,
      country: 'DE',
      timeZone: 'Europe/Berlin',
    }),
    resellerId,
    sipDomain: tenantSipDomain(slug, 'pbx.test'),
    status: 'active',
    deletionScheduledAt: null,
  });
}
