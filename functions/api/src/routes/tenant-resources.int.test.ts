import {
  createAuthorisationGroupInputSchema,
  createExtensionInputSchema,
  createGroupInputSchema,
  createHolidayInputSchema,
  createIvrInputSchema,
  createOutboundRouteInputSchema,
  createQueueInputSchema,
  createScheduleInputSchema,
  createSiteInputSchema,
  newId,
} from '@carillon/domain';
import { describe, expect, it } from 'vitest';
import { call, integrationApi, tenantWithKey } from '../int-test-fixtures';
import { contractTests, type ResourceFixture } from './tenant-resource-contract';

const { app, store } = integrationApi();

let sequence = 0;
/** A fresh extension number per call: every fixture draws from the tenant's one numbering plan. */
function extensionNumber(): string {
  sequence += 1;
  return String(2000 + (sequence % 7000));
}

/** A name unique per call, so that two valid bodies differ (the Idempotency-Key test needs another body). */
function named(base: string): string {
  sequence += 1;
  return `${base} ${sequence}`;
}

const routing = ['routing:write'] as const;

const FIXTURES: ResourceFixture[] = [
  {
    segment: 'sites',
    scopes: [...routing],
    createSchema: createSiteInputSchema,
    valid: () => ({
      name: named('Head office'),
      address: { street: 'Friedrichstraße 1', postalCode: '10117', city: 'Berlin', country: 'DE' },
    }),
    invalid: [
      [
        'address.postalCode',
        (valid) => ({ ...valid, address: { ...(valid.address as object), postalCode: '!' } }),
      ],
      ['emergencyCallbackNumber', (valid) => ({ ...valid, emergencyCallbackNumber: '030 1234' })],
      ['timeZone', (valid) => ({ ...valid, timeZone: 'Mars/Olympus' })],
    ],
    patch: { name: 'Berlin office' },
  },
  {
    segment: 'groups',
    scopes: [...routing],
    createSchema: createGroupInputSchema,
    valid: () => ({ kind: 'parallel', name: 'Reception', extensionNumber: extensionNumber() }),
    invalid: [
      ['kind', (valid) => ({ ...valid, kind: 'ring-everyone' })],
      // A hunt group needs its own number (T640 manual L1056).
      ['extensionNumber', ({ extensionNumber: _none, ...valid }) => valid],
      [
        'members.1.userId',
        (valid) => {
          const userId = newId('usr');
          return { ...valid, members: [{ userId }, { userId }] };
        },
      ],
    ],
    patch: { name: 'Front desk', groupBusy: true },
  },
  {
    segment: 'queues',
    scopes: [...routing],
    createSchema: createQueueInputSchema,
    valid: () => ({ name: 'Support', extensionNumber: extensionNumber() }),
    invalid: [
      ['strategy', (valid) => ({ ...valid, strategy: 'loudest' })],
      ['weight', (valid) => ({ ...valid, weight: 256 })],
      ['highLoadThreshold', (valid) => ({ ...valid, highLoadAudioFileId: newId('aud') })],
    ],
    patch: { strategy: 'least-recent', wrapUpSeconds: 15 },
  },
  {
    segment: 'ivrs',
    scopes: [...routing],
    createSchema: createIvrInputSchema,
    valid: () => ({
      name: 'Main menu',
      extensionNumber: extensionNumber(),
      keys: { '1': { type: 'go-to', destination: '201' } },
    }),
    invalid: [
      [
        'keys.1.destination',
        (valid) => ({ ...valid, keys: { '1': { type: 'go-to', destination: 'sales' } } }),
      ],
      ['inputTimeoutSeconds', (valid) => ({ ...valid, inputTimeoutSeconds: 0 })],
    ],
    patch: { repetitions: 3, keys: { '0': { type: 'hang-up' } } },
  },
  {
    segment: 'outbound-routes',
    scopes: [...routing],
    createSchema: createOutboundRouteInputSchema,
    valid: () => ({ name: 'National', pattern: '^0[1-9]', trunkIds: [newId('trk')] }),
    invalid: [
      // Nested quantifiers can take exponential time to fail (ReDoS).
      ['pattern', (valid) => ({ ...valid, pattern: '(\\d+)*' })],
      ['trunkIds', (valid) => ({ ...valid, trunkIds: [] })],
      ['weekdays', (valid) => ({ ...valid, weekdays: ['mon', 'mon'] })],
    ],
    patch: { active: false, priority: 10 },
  },
  {
    segment: 'authorisation-groups',
    scopes: [...routing],
    createSchema: createAuthorisationGroupInputSchema,
    valid: () => ({ name: 'International callers', memberUserIds: [newId('usr')] }),
    invalid: [['memberUserIds.0', (valid) => ({ ...valid, memberUserIds: ['ada'] })]],
    patch: { name: 'Sales', memberUserIds: [] },
  },
  {
    segment: 'schedules',
    scopes: [...routing],
    createSchema: createScheduleInputSchema,
    valid: () => ({ name: named('Office hours'), ranges: [{ weekday: 'mon', from: '09:00', to: '17:00' }] }),
    invalid: [
      [
        'ranges.1',
        (valid) => ({
          ...valid,
          ranges: [
            { weekday: 'mon', from: '09:00', to: '12:00' },
            { weekday: 'mon', from: '11:00', to: '17:00' },
          ],
        }),
      ],
      ['ranges.0.to', (valid) => ({ ...valid, ranges: [{ weekday: 'mon', from: '17:00', to: '09:00' }] })],
    ],
    patch: { ranges: [{ weekday: 'tue', from: '08:00', to: '12:00' }] },
  },
  {
    segment: 'holidays',
    scopes: [...routing],
    createSchema: createHolidayInputSchema,
    valid: () => ({
      name: named('Christmas'),
      startDate: '2026-12-25',
      endDate: '2026-12-26',
      recurringYearly: true,
    }),
    invalid: [
      ['startDate', (valid) => ({ ...valid, startDate: '25.12.2026' })],
      ['endDate', (valid) => ({ ...valid, endDate: '2026-12-24' })],
    ],
    patch: { name: 'Christmas holidays' },
  },
  {
    segment: 'extensions',
    scopes: ['devices:write'],
    createSchema: createExtensionInputSchema,
    valid: () => ({
      number: extensionNumber(),
      owner: { kind: 'user', id: newId('usr') },
      displayName: 'Ada Lovelace',
    }),
    invalid: [
      ['number', (valid) => ({ ...valid, number: '12a' })],
      ['owner.id', (valid) => ({ ...valid, owner: { kind: 'group', id: newId('usr') } })],
    ],
    patch: { displayName: 'Ada King' },
  },
];

for (const fixture of FIXTURES) contractTests(app, store, fixture);

describe('extension numbers over the API', () => {
  it('refuses a taken number with 409 naming the field, whoever holds it in the tenant', async () => {
    const { tenantId, key } = await tenantWithKey(store, ['devices:write', 'routing:write']);
    const number = extensionNumber();
    const first = await call(app, 'POST', `/tenants/${tenantId}/extensions`, {
      key,
      body: { number, owner: { kind: 'user', id: newId('usr') }, displayName: 'First' },
    });
    expect(first.status).toBe(201);
    const again = await call(app, 'POST', `/tenants/${tenantId}/extensions`, {
      key,
      body: { number, owner: { kind: 'user', id: newId('usr') }, displayName: 'Second' },
    });
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({
      code: 'already-in-use',
      errors: [{ field: 'number', message: 'number is already in use' }],
    });
    // One numbering plan: a queue cannot take the extension's number either.
    const queue = await call(app, 'POST', `/tenants/${tenantId}/queues`, {
      key,
      body: { name: 'Clash', extensionNumber: number },
    });
    expect(queue.status).toBe(409);
    expect((queue.json as { errors: { field: string }[] }).errors.map((error) => error.field)).toEqual([
      'extensionNumber',
    ]);
    // Another tenant has its own plan.
    const other = await tenantWithKey(store, ['devices:write']);
    const elsewhere = await call(app, 'POST', `/tenants/${other.tenantId}/extensions`, {
      key: other.key,
      body: { number, owner: { kind: 'user', id: newId('usr') }, displayName: 'Elsewhere' },
    });
    expect(elsewhere.status).toBe(201);
  });

  it('refuses routing writes to a key with only routing:read, and devices writes to a routing key', async () => {
    const { tenantId, key } = await tenantWithKey(store, ['routing:read']);
    expect((await call(app, 'GET', `/tenants/${tenantId}/queues`, { key })).status).toBe(200);
    const write = await call(app, 'POST', `/tenants/${tenantId}/queues`, {
      key,
      body: { name: 'Support', extensionNumber: extensionNumber() },
    });
    expect(write.status).toBe(403);
    const routingKey = await tenantWithKey(store, ['routing:write']);
    const extension = await call(app, 'POST', `/tenants/${routingKey.tenantId}/extensions`, {
      key: routingKey.key,
      body: { number: extensionNumber(), owner: { kind: 'user', id: newId('usr') }, displayName: 'X' },
    });
    expect(extension.status).toBe(403);
  });
});
