import { createHash } from 'node:crypto';
import { base32Encode, createWebhookEndpointInputSchema, HEALTHY_ENDPOINT, newId } from '@carillon/domain';
import type { TenantScope } from '../context';
import type { Store } from '../store';
import type { CrudFixture, RecordFixture, StoredRecord } from './entity-fixtures';

/**
 * Webhook endpoints, their health and their deliveries live under their owner
 * (`t#<tenantId>` for a tenant's), and the owner key plays the part of the
 * tenant scope, as for API keys.
 */
const ownerKey = (scope: TenantScope) => `t#${scope.tenantId}`;
const SECRET = `whsec_${Buffer.alloc(24, 7).toString('base64')}`;

export function webhookEndpointFixture(store: Store): CrudFixture {
  const input = (scope: TenantScope) => ({
    ...createWebhookEndpointInputSchema.parse({
      url: 'https://hooks.example.com/carillon',
      eventTypes: ['call.ended'],
    }),
    owner: { kind: 'tenant' as const, id: scope.tenantId },
    tenantId: scope.tenantId,
    secret: SECRET,
  });
  const patch = { url: 'https://hooks.example.com/v2', eventTypes: ['call.ended', 'device.registered'] };
  const repository = store.webhookEndpoints;
  return {
    kind: 'tenant-crud',
    repository,
    input,
    create: (scope, options) => repository.create(input(scope), options),
    createRaw: (_scope, raw) => repository.create(raw as never),
    invalid: { field: 'eventTypes.0', spoil: (valid) => ({ ...valid, eventTypes: ['call.started'] }) },
    find: (scope, id) => repository.find(ownerKey(scope), id),
    get: (scope, id) => repository.get(ownerKey(scope), id),
    list: (scope, request) => repository.list(ownerKey(scope), request),
    update: (scope, id, expectedVersion) =>
      repository.update(ownerKey(scope), id, patch as never, { expectedVersion }),
    patch,
    delete: (scope, id, expectedVersion) => repository.delete(ownerKey(scope), id, { expectedVersion }),
    // A probe sees A's item only if what it finds is A's (the create probe gives B an item with A's id).
    lookups: {
      all: async (scope, item) =>
        (await repository.all(ownerKey(scope))).find(
          (e) => e.id === item.id && e.tenantId === tenantOf(item),
        ),
      subscribers: async (scope, item) =>
        (await repository.subscribers([ownerKey(scope)], 'call.ended')).find(
          (e) => e.id === item.id && e.tenantId === tenantOf(item),
        ),
    },
    platformLookups: {},
    listIsPrivate: true,
  };
}

/** Health records: written by failing attempts; an absent record reads as healthy. */
export function webhookHealthFixture(store: Store): RecordFixture {
  const repository = store.webhookHealth;
  const at = new Date('2024-06-01T10:00:00.000Z');
  const read = async (scope: TenantScope, record: StoredRecord) => {
    const health = await repository.get(ownerKey(scope), record.id);
    return sameAs(health, HEALTHY_ENDPOINT)
      ? undefined
      : { ...health, id: record.id, tenantId: scope.tenantId };
  };
  return {
    kind: 'tenant-records',
    repository,
    write: async (scope) => {
      const id = newId('whk');
      const health = await repository.recordFailure(ownerKey(scope), id, at);
      return { ...health, id, tenantId: scope.tenantId };
    },
    read,
    refresh: async (scope, record) => {
      await repository.disable(ownerKey(scope), record.id, at, 'test');
      return (await read(scope, record)) ?? record;
    },
    remove: (scope, record) => repository.reset(ownerKey(scope), record.id),
    invalid: {
      field: 'endpointId',
      write: (scope) => repository.recordFailure(ownerKey(scope), 'whk_x', at),
    },
    probes: {
      get: (scope, record) => read(scope, record),
      // Each write with B's owner key makes or changes B's record only: A's stays as written (checked after).
      recordFailure: async (scope, record) => {
        const health = await repository.recordFailure(ownerKey(scope), record.id, at);
        return health.consecutiveFailures > 1 ? health : undefined;
      },
      recordSuccess: async (scope, record) => {
        await repository.recordSuccess(ownerKey(scope), record.id, at);
        return undefined;
      },
      disable: async (scope, record) => {
        await repository.disable(ownerKey(scope), record.id, at, 'probe');
        return undefined;
      },
      reset: async (scope, record) => {
        await repository.reset(ownerKey(scope), record.id);
        return undefined;
      },
    },
  };
}

/** Deliveries: the durable queue and the log. */
export function webhookDeliveryFixture(store: Store): RecordFixture {
  const repository = store.webhookDeliveries;
  const endpointOf = (scope: TenantScope) => derived('whk', scope.tenantId);
  const delivery = (scope: TenantScope, id = newId('msg')) => ({
    ownerKey: ownerKey(scope),
    id,
    endpointId: endpointOf(scope),
    eventId: newId('evt'),
    eventType: 'call.ended',
    tenantId: scope.tenantId,
    payload: '{"type":"call.ended"}',
  });
  // Due in the future, so a worker polling the same table never takes the test's items.
  const later = new Date('2099-01-01T00:00:00.000Z');
  const now = new Date('2099-01-01T00:00:01.000Z');
  const read = (scope: TenantScope, record: StoredRecord) =>
    repository.get({ ownerKey: ownerKey(scope), id: record.id });
  const write = async (scope: TenantScope) => {
    const item = delivery(scope);
    await repository.enqueue(item, later);
    const stored = await read(scope, item);
    if (stored === undefined) throw new Error('enqueued delivery not found');
    return stored;
  };
  return {
    kind: 'tenant-records',
    repository,
    write,
    read,
    refresh: async (scope, record) => {
      const ref = { ownerKey: ownerKey(scope), id: record.id };
      const claimed = await repository.claim(ref, now, 60_000);
      if (claimed === undefined) throw new Error('claim failed');
      await repository.finish(ref, claimed.leaseToken, {
        status: 'succeeded',
        attempts: [{ at: now.toISOString(), status: 200, latencyMs: 5, error: null }],
        attemptCount: 1,
        lastError: null,
        nextAttemptAt: null,
      });
      return (await read(scope, record)) ?? record;
    },
    invalid: { field: 'id', write: (scope) => repository.enqueue(delivery(scope, 'msg_bad'), later) },
    probes: {
      get: (scope, record) => read(scope, record),
      listByEndpoint: async (scope) =>
        (await repository.listByEndpoint(ownerKey(scope), derived('whk', '?'))).items.concat(
          (await repository.listByEndpoint(ownerKey(scope), endpointOf(scope))).items,
        ),
      // Choosing A's message id under B makes B's own delivery.
      enqueue: async (scope, record) =>
        (await repository.enqueue(delivery(scope, record.id), later)) ? undefined : 'collided',
      claim: async (scope, record) => {
        const claimed = await repository.claim({ ownerKey: ownerKey(scope), id: record.id }, now, 1000);
        return claimed?.delivery.tenantId === record.tenantId ? claimed : undefined;
      },
      finish: async (scope, record) =>
        (await repository.finish({ ownerKey: ownerKey(scope), id: record.id }, 'no-lease', {
          status: 'failed',
          attempts: [],
          attemptCount: 0,
          lastError: 'probe',
          nextAttemptAt: null,
        }))
          ? 'changed'
          : undefined,
      // The queue is platform-wide (the worker's view); it never presents A's delivery under B.
      due: async (scope, record) => {
        const ref = (await repository.due(now, 100)).find(
          (candidate) => candidate.ownerKey === ownerKey(scope) && candidate.id === record.id,
        );
        const found = ref === undefined ? undefined : await repository.get(ref);
        return found?.tenantId === record.tenantId ? found : undefined;
      },
    },
    paging: {
      write: (scope) => write(scope),
      list: (scope, request) => repository.listByEndpoint(ownerKey(scope), endpointOf(scope), request),
    },
  };
}

function derived(prefix: 'whk', seed: string): string {
  return `${prefix}_${base32Encode(createHash('sha256').update(seed).digest().subarray(0, 16))}`;
}

function tenantOf(item: object): unknown {
  return (item as { tenantId?: unknown }).tenantId;
}

function sameAs(a: object, b: object): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
