import { type CallEventInput, cdrIdempotencyKey, type Reply, replySchema } from '@carillon/call-control';
import type { Device, Tenant, User } from '@carillon/domain';
import {
  ControlPlaneClient,
  EDGE_API_PATHS,
  PROBLEM_CONTENT_TYPE,
  sipCredentialsPath,
  tenantByDomainPath,
} from '@carillon/edge-api';
import { PROMPT_KEYS } from '@carillon/routing';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCallControlApp } from './app';
import {
  EDGE_TOKEN,
  register,
  seedDevice,
  seedTenant,
  seedUser,
  testConfig,
  testStore,
} from './int-test-fixtures';

const store = testStore();
const app = createCallControlApp(testConfig(), { store });
const auth = { authorization: `Bearer ${EDGE_TOKEN}` };

function post(path: string, body: unknown, headers: Record<string, string> = auth) {
  return app.request(path, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

let callCounter = 0;

type CallNewInput = Extract<CallEventInput, { event: 'call.new' }>;

function callNew(tenant: Tenant, device: Device, dialled: string): CallNewInput {
  callCounter += 1;
  return {
    protocolVersion: 1,
    event: 'call.new',
    callId: `int-call-${Date.now()}-${callCounter}@10.0.0.21`,
    legId: 'leg-a',
    tenantId: tenant.id,
    seq: 1,
    at: new Date().toISOString(),
    edgeNodeId: 'edge-1',
    state: null,
    call: {
      from: { uri: `sip:${device.sipUsername}@${tenant.sipDomain}`, user: device.sipUsername },
      to: { uri: `sip:${dialled}@${tenant.sipDomain}`, user: dialled },
      requestUri: `sip:${dialled}@${tenant.sipDomain}`,
      source: { kind: 'extension', deviceId: device.id },
      signalling: { transport: 'udp', remoteAddress: '10.0.0.21', remotePort: 5060 },
      codecs: ['PCMU'],
      startedAt: new Date().toISOString(),
    },
  };
}

async function replyTo(event: CallEventInput): Promise<Reply> {
  const response = await post(EDGE_API_PATHS.events, event);
  expect(response.status).toBe(200);
  return replySchema.parse(await response.json());
}

describe('call-control app: extension calls', () => {
  let tenant: Tenant;
  let alice: User;
  let aliceDesk: Device;
  let bobDesk: Device;
  let bobSoft: Device;
  let carolPhone: Device;

  beforeAll(async () => {
    tenant = await seedTenant(store);
    alice = await seedUser(store, tenant, '201', 'Alice');
    const bob = await seedUser(store, tenant, '202', 'Bob');
    const carol = await seedUser(store, tenant, '203', 'Carol');
    aliceDesk = (await seedDevice(store, tenant, alice)).device;
    bobDesk = (await seedDevice(store, tenant, bob)).device;
    bobSoft = (await seedDevice(store, tenant, bob)).device;
    carolPhone = (await seedDevice(store, tenant, carol)).device;
    await register(store, tenant, aliceDesk, 'sip:alice@10.0.0.21:5060');
    await register(store, tenant, bobDesk, 'sip:bob@10.0.0.22:5060', { edgeNodeId: 'edge-1' });
    await register(store, tenant, bobSoft, 'sip:bob-soft@10.0.0.23:5062;transport=tcp', {
      edgeNodeId: 'edge-2',
    });
    // Past its expiry but still in the table (TTL deletion lags): must not ring.
    await register(store, tenant, bobSoft, 'sip:bob-old@10.0.0.99:5060', { expiresInSeconds: 0 });
    // Carol's only binding has expired: she is not registered.
    await register(store, tenant, carolPhone, 'sip:carol@10.0.0.24:5060', { expiresInSeconds: 0 });
  });

  it('rings every live contact of 202 in parallel for 30 s, presenting the caller as 201', async () => {
    const reply = await replyTo(callNew(tenant, aliceDesk, '202'));
    expect(reply.actions).toHaveLength(1);
    const [dial] = reply.actions;
    if (dial?.type !== 'dial') throw new Error(`expected dial, got ${dial?.type}`);
    expect(dial.strategy).toBe('parallel');
    expect(dial.timeoutMs).toBe(30_000);
    expect(dial.targetTimeoutMs).toBe(30_000);
    expect(dial.callerId).toMatchObject({ number: '201', name: 'Alice Test' });
    expect(
      dial.targets.map((target) => (target.kind === 'contact' ? target.uri : target.kind)).sort(),
    ).toEqual(['sip:bob-soft@10.0.0.23:5062;transport=tcp', 'sip:bob@10.0.0.22:5060']);
    expect(reply.state).toMatch(/^v1\./);
  });

  it('plays busy and hangs up 486 when the callee is busy, carrying the decision in sealed state', async () => {
    const first = callNew(tenant, aliceDesk, '202');
    const ringing = await replyTo(first);
    const reply = await replyTo({
      ...first,
      event: 'action.done',
      seq: 2,
      state: ringing.state,
      result: { action: 'dial', index: 0, status: 'busy', sipStatus: 486, durationMs: 300 },
    });
    expect(reply.actions.map((action) => action.type)).toEqual(['play', 'hangup']);
    expect(reply.actions[0]).toMatchObject({ source: { kind: 'tone', tone: 'busy', country: 'DE' } });
    expect(reply.actions[1]).toMatchObject({ sipStatus: 486, cause: 17 });
  });

  it('ends a call whose state was forged with 500 rather than guessing', async () => {
    const first = callNew(tenant, aliceDesk, '202');
    const ringing = await replyTo(first);
    const reply = await replyTo({
      ...first,
      callId: `${first.callId}-other`,
      event: 'action.done',
      seq: 2,
      state: ringing.state,
      result: { action: 'dial', index: 0, status: 'busy', durationMs: 300 },
    });
    expect(reply.actions).toEqual([expect.objectContaining({ type: 'hangup', sipStatus: 500 })]);
  });

  it('announces "not available" and hangs up 480 when the callee has no live registration', async () => {
    const reply = await replyTo(callNew(tenant, aliceDesk, '203'));
    expect(reply.actions[0]).toMatchObject({
      type: 'play',
      earlyMedia: true,
      source: { kind: 'prompt', key: PROMPT_KEYS.calleeUnavailable },
    });
    expect(reply.actions[1]).toMatchObject({ type: 'hangup', sipStatus: 480 });
  });

  it('announces "number unknown" and hangs up 404 for a number nobody has', async () => {
    const reply = await replyTo(callNew(tenant, aliceDesk, '299'));
    expect(reply.actions[0]).toMatchObject({ source: { key: PROMPT_KEYS.numberUnknown } });
    expect(reply.actions[1]).toMatchObject({ type: 'hangup', sipStatus: 404, cause: 1 });
  });

  it('refuses a device the tenant does not have with 403', async () => {
    const stranger = { ...aliceDesk, id: 'dev_00000000000000000000000000' };
    const reply = await replyTo(callNew(tenant, stranger, '202'));
    expect(reply.actions).toEqual([expect.objectContaining({ type: 'hangup', sipStatus: 403 })]);
  });

  it('refuses calls from a suspended tenant', async () => {
    const suspended = await seedTenant(store, { status: 'suspended' });
    const { device } = await seedDevice(store, suspended, null);
    const reply = await replyTo(callNew(suspended, device, '202'));
    expect(reply.actions).toEqual([expect.objectContaining({ type: 'hangup', sipStatus: 403 })]);
  });

  it('keeps tenants apart: a number that exists only in tenant B is unknown to tenant A', async () => {
    const tenantB = await seedTenant(store);
    const dora = await seedUser(store, tenantB, '303', 'Dora');
    const { device: doraPhone } = await seedDevice(store, tenantB, dora);
    await register(store, tenantB, doraPhone, 'sip:dora@10.9.0.1:5060');

    const fromA = await replyTo(callNew(tenant, aliceDesk, '303'));
    expect(fromA.actions.at(-1)).toMatchObject({ type: 'hangup', sipStatus: 404 });
    // And a device of tenant A claimed under tenant B's id is no device of B.
    const claimed = await replyTo(callNew(tenantB, aliceDesk, '303'));
    expect(claimed.actions).toEqual([expect.objectContaining({ type: 'hangup', sipStatus: 403 })]);
    // The control: from inside tenant B the same number rings Dora.
    const { device: bPhone } = await seedDevice(store, tenantB, null);
    const fromB = await replyTo(callNew(tenantB, bPhone, '303'));
    expect(fromB.actions[0]).toMatchObject({ type: 'dial', targets: [{ uri: 'sip:dora@10.9.0.1:5060' }] });
  });

  it('acknowledges call.ended with no actions', async () => {
    const start = callNew(tenant, aliceDesk, '202');
    const now = new Date().toISOString();
    const reply = await replyTo({
      ...start,
      event: 'call.ended',
      seq: 3,
      state: null,
      ended: { cause: 16, side: 'caller', answeredAt: null, endedAt: now },
      legs: [
        {
          legId: 'leg-a',
          kind: 'extension',
          caller: { number: '201' },
          callee: { number: '202' },
          startedAt: now,
          answeredAt: null,
          endedAt: now,
          cause: 16,
          side: 'caller',
        },
      ],
    });
    expect(reply.actions).toEqual([]);
  });
});

describe('call-control app: the edge API boundary', () => {
  it('answers an invalid event with 400 problem+json naming the field', async () => {
    const tenant = await seedTenant(store);
    const { device } = await seedDevice(store, tenant, null);
    const response = await post(EDGE_API_PATHS.events, { ...callNew(tenant, device, '202'), seq: 0 });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
    const problem = (await response.json()) as { status: number; errors: { path: string }[] };
    expect(problem.status).toBe(400);
    expect(problem.errors.map((error) => error.path)).toEqual(['seq']);
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await post(EDGE_API_PATHS.events, '{"event":');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain(PROBLEM_CONTENT_TYPE);
  });

  it.each([
    ['no token', {}],
    ['a wrong token', { authorization: `Bearer ${EDGE_TOKEN.slice(0, -1)}x` }],
  ])('refuses %s with 401 on every edge route', async (_, headers) => {
    const events = await post(EDGE_API_PATHS.events, {}, headers);
    const credentials = await app.request(sipCredentialsPath({ domain: 'x.pbx.test', username: 'abcd' }), {
      headers,
    });
    expect(events.status).toBe(401);
    expect(credentials.status).toBe(401);
    expect(credentials.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });
});

describe('call-control app: SIP credentials and tenants for the edge', () => {
  let tenant: Tenant;
  let device: Device;

  beforeAll(async () => {
    tenant = await seedTenant(store);
    device = (await seedDevice(store, tenant, await seedUser(store, tenant, '201', 'Eve'))).device;
  });

  it('gives the edge the HA1s of a device, and nothing password-like besides', async () => {
    const response = await app.request(
      sipCredentialsPath({ domain: tenant.sipDomain, username: device.sipUsername }),
      { headers: auth },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      tenantId: tenant.id,
      deviceId: device.id,
      userId: device.userId,
      realm: tenant.sipDomain,
      ha1Md5: device.ha1Md5,
      ha1Sha256: device.ha1Sha256,
      maxConcurrentCalls: 4,
      tenantMaxConcurrentCalls: tenant.limits.maxConcurrentCalls,
    });
  });

  it('answers 404 for an unknown user and for a known user under another domain', async () => {
    const unknown = await app.request(
      sipCredentialsPath({ domain: tenant.sipDomain, username: 'nobody-here' }),
      { headers: auth },
    );
    const wrongDomain = await app.request(
      sipCredentialsPath({ domain: 'other.pbx.test', username: device.sipUsername }),
      { headers: auth },
    );
    expect(unknown.status).toBe(404);
    expect(wrongDomain.status).toBe(404);
  });

  it('answers 400 naming the missing query parameter', async () => {
    const response = await app.request(`${EDGE_API_PATHS.sipCredentials}?domain=${tenant.sipDomain}`, {
      headers: auth,
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((error) => error.path)).toEqual(['username']);
  });

  it('finds the tenant of a SIP domain, and no tenant for a look-alike domain', async () => {
    const found = await app.request(tenantByDomainPath(tenant.sipDomain), { headers: auth });
    expect(await found.json()).toEqual({
      tenantId: tenant.id,
      sipDomain: tenant.sipDomain,
      country: 'DE',
      language: tenant.language,
      maxConcurrentCalls: tenant.limits.maxConcurrentCalls,
    });
    const lookAlike = await app.request(tenantByDomainPath(`${tenant.slug}.elsewhere.test`), {
      headers: auth,
    });
    expect(lookAlike.status).toBe(404);
  });

  it('serves the typed edge client end to end', async () => {
    const client = new ControlPlaneClient({
      baseUrl: 'http://call-control.test',
      edgeToken: EDGE_TOKEN,
      fetch: async (input, init) => app.request(String(input), init),
    });
    const credentials = await client.getSipCredentials({
      domain: tenant.sipDomain,
      username: device.sipUsername,
    });
    expect(credentials?.deviceId).toBe(device.id);
    expect(
      await client.getSipCredentials({ domain: tenant.sipDomain, username: 'nobody-here' }),
    ).toBeUndefined();
    expect((await client.getTenantByDomain(tenant.sipDomain))?.tenantId).toBe(tenant.id);
  });
});

describe('call-control app: CDR reports', () => {
  function report(tenant: Tenant, device: Device, overrides: Record<string, unknown> = {}) {
    const callId = `cdr-call-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const startedAt = new Date(Date.now() - 60_000);
    const at = (seconds: number) => new Date(startedAt.getTime() + seconds * 1000).toISOString();
    const leg = (legId: string, deviceId: string) => ({
      legId,
      kind: 'extension',
      caller: { number: '201', name: 'Alice Test' },
      callee: { number: '202', name: null },
      deviceId,
      startedAt: at(0),
      answeredAt: at(5) as string | null,
      endedAt: at(35),
      cause: 16,
      side: 'caller',
      codec: 'PCMU',
      rtp: {
        packetsSent: 1500,
        packetsReceived: 1497,
        bytesSent: 258_000,
        bytesReceived: 257_484,
        packetsLost: 3,
        jitterMs: 2.5,
        mos: 4.3,
      },
    });
    return {
      idempotencyKey: cdrIdempotencyKey(callId),
      callId,
      tenantId: tenant.id,
      edgeNodeId: 'edge-1',
      direction: 'internal',
      caller: { number: '201', name: 'Alice Test' },
      callee: { number: '202', name: null },
      startedAt: at(0),
      answeredAt: at(5),
      endedAt: at(35),
      cause: 16,
      side: 'caller',
      legs: [leg('leg-a', device.id), leg('leg-b', device.id)],
      ...overrides,
    };
  }

  async function cdrsOf(tenant: Tenant) {
    const from = new Date(Date.now() - 3600_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    return (await store.cdrs.list({ tenantId: tenant.id }, { from, to })).items;
  }

  it('writes one CDR per call however often the edge repeats the report', async () => {
    const tenant = await seedTenant(store);
    const { device } = await seedDevice(store, tenant, null);
    const body = report(tenant, device);

    const first = await post(EDGE_API_PATHS.cdrReports, body);
    const again = await post(EDGE_API_PATHS.cdrReports, body);

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    const [receipt, repeat] = [
      (await first.json()) as { cdrId: string },
      (await again.json()) as { cdrId: string },
    ];
    expect(repeat.cdrId).toBe(receipt.cdrId);
    const cdrs = await cdrsOf(tenant);
    expect(cdrs).toHaveLength(1);
    expect(cdrs[0]).toMatchObject({
      id: receipt.cdrId,
      disposition: 'answered',
      durationSeconds: 35,
      billableSeconds: 30,
      hangupCause: 16,
      hangupSide: 'caller',
    });
    expect(cdrs[0]?.legs.map((leg) => [leg.legId, leg.codec, leg.rtp?.packetsLost])).toEqual([
      ['leg-a', 'PCMU', 3],
      ['leg-b', 'PCMU', 3],
    ]);
  });

  it('marks a call the edge lost by crashing as failed, ended by the system', async () => {
    const tenant = await seedTenant(store);
    const { device } = await seedDevice(store, tenant, null);
    const unanswered = report(tenant, device, { termination: 'edge-failure', answeredAt: null });
    unanswered.legs = unanswered.legs.map((leg) => ({ ...leg, answeredAt: null }));

    const response = await post(EDGE_API_PATHS.cdrReports, unanswered);

    expect(response.status).toBe(201);
    const [cdr] = await cdrsOf(tenant);
    expect(cdr).toMatchObject({
      disposition: 'failed',
      hangupSide: 'system',
      hangupCause: 41,
      billableSeconds: 0,
    });
    expect(cdr?.legs.every((leg) => leg.disposition === 'failed')).toBe(true);
  });

  it('refuses a report whose key is not the call’s, naming the field', async () => {
    const tenant = await seedTenant(store);
    const { device } = await seedDevice(store, tenant, null);
    const response = await post(
      EDGE_API_PATHS.cdrReports,
      report(tenant, device, { idempotencyKey: 'cdr.forged-key' }),
    );
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((error) => error.path)).toEqual(['idempotencyKey']);
    expect(await cdrsOf(tenant)).toEqual([]);
  });

  it('sends the same report twice through the typed client and gets one record', async () => {
    const tenant = await seedTenant(store);
    const { device } = await seedDevice(store, tenant, null);
    const client = new ControlPlaneClient({
      baseUrl: 'http://call-control.test',
      edgeToken: EDGE_TOKEN,
      fetch: async (input, init) => app.request(String(input), init),
    });
    const body = report(tenant, device) as Parameters<ControlPlaneClient['postCdrReport']>[0];
    const first = await client.postCdrReport(body);
    const second = await client.postCdrReport(body);
    expect([first.created, second.created]).toEqual([true, false]);
    expect(second.cdrId).toBe(first.cdrId);
  });
});

describe('call-control app: registration events', () => {
  it('accepts a device.registered notice with 202', async () => {
    const response = await post(EDGE_API_PATHS.registrationEvents, {
      event: 'device.registered',
      tenantId: 'tnt_0000000000000000000000000a',
      deviceId: 'dev_0000000000000000000000000a',
      aor: 'sip:abcd@acme.pbx.test',
      contactUri: 'sip:abcd@10.0.0.1:5060',
      transport: 'udp',
      edgeNodeId: 'edge-1',
      at: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
    });
    expect(response.status).toBe(202);
  });
});
