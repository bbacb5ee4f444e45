import type { WebhookEndpoint } from '@carillon/domain';
import { type DeliveryRef, type Store, webhookOwnerKey } from '@carillon/store';
import { eventBody, messageIdOf, type SubscribableEvent, type WebhookEvent } from './events';

/**
 * Tells the transport that a delivery is due: on AWS an SQS message (the
 * delivery Lambda picks it up); in the embedded default nothing, because the
 * worker polls the table's due-time index, which is the queue there.
 */
export interface DeliveryScheduler {
  schedule(ref: DeliveryRef, dueAt: Date): Promise<void>;
}

/** The embedded default's scheduler: the pending item in the table is all the worker needs. */
export const TABLE_POLLING_SCHEDULER: DeliveryScheduler = { schedule: async () => {} };

export type OutboxStore = Pick<Store, 'tenants' | 'webhookEndpoints' | 'webhookHealth' | 'webhookDeliveries'>;

export interface OutboxOptions {
  readonly scheduler?: DeliveryScheduler;
  readonly now?: () => Date;
  /** The tenant's reseller (whose endpoints hear every tenant of theirs); default: read the tenant. */
  readonly resellerOf?: (tenantId: string) => Promise<string | undefined>;
  /**
   * How long an owner's endpoint list is reused (0 = read every time). Call
   * control sets a few seconds, so a busy tenant's CDRs do not each query the
   * endpoints; a new or changed endpoint then hears events at most this much later.
   */
  readonly subscriberCacheMs?: number;
}

/**
 * Where events enter the webhook system. `emit` writes one pending delivery
 * per subscribed, active endpoint into the table and returns; nothing is sent
 * over HTTP on the caller's path (a CDR write, a registration notice). The
 * delivery id is derived from the event and the endpoint, so emitting the
 * same event again (the edge retrying a CDR report) makes no second delivery.
 */
export class WebhookOutbox {
  readonly #scheduler: DeliveryScheduler;
  readonly #now: () => Date;
  readonly #resellerOf: (tenantId: string) => Promise<string | undefined>;
  readonly #cacheMs: number;
  readonly #cache = new Map<
    string,
    { readonly at: number; readonly endpoints: Promise<WebhookEndpoint[]> }
  >();

  constructor(
    private readonly store: OutboxStore,
    options: OutboxOptions = {},
  ) {
    this.#scheduler = options.scheduler ?? TABLE_POLLING_SCHEDULER;
    this.#now = options.now ?? (() => new Date());
    this.#resellerOf =
      options.resellerOf ?? (async (tenantId) => (await store.tenants.find(tenantId))?.resellerId);
    this.#cacheMs = options.subscriberCacheMs ?? 0;
  }

  /** Queues the event for every subscriber; returns the deliveries it is queued as. */
  async emit(event: SubscribableEvent): Promise<DeliveryRef[]> {
    const resellerId = await this.#resellerOf(event.tenantId);
    const owners = [`t#${event.tenantId}`, ...(resellerId === undefined ? [] : [`r#${resellerId}`])];
    const lists = await Promise.all(owners.map((ownerKey) => this.#endpointsOf(ownerKey)));
    const endpoints = lists
      .flat()
      .filter((endpoint) => endpoint.enabled && endpoint.eventTypes.includes(event.type));
    const refs: DeliveryRef[] = [];
    for (const endpoint of endpoints) {
      const health = await this.store.webhookHealth.get(webhookOwnerKey(endpoint.owner), endpoint.id);
      if (health.disabledAt !== null) continue;
      refs.push(await this.#enqueue(event, endpoint));
    }
    return refs;
  }

  #endpointsOf(ownerKey: string): Promise<WebhookEndpoint[]> {
    if (this.#cacheMs <= 0) return this.store.webhookEndpoints.all(ownerKey);
    const now = Date.now();
    const cached = this.#cache.get(ownerKey);
    if (cached !== undefined && now - cached.at < this.#cacheMs) return cached.endpoints;
    const endpoints = this.store.webhookEndpoints.all(ownerKey);
    // A failed read is not kept: the next event asks again.
    endpoints.catch(() => this.#cache.delete(ownerKey));
    if (this.#cache.size > 10_000) this.#cache.clear();
    this.#cache.set(ownerKey, { at: now, endpoints });
    return endpoints;
  }

  /** Queues a test message for one endpoint, whatever it subscribes to. */
  emitTo(event: WebhookEvent, endpoint: WebhookEndpoint): Promise<DeliveryRef> {
    return this.#enqueue(event, endpoint);
  }

  async #enqueue(event: WebhookEvent, endpoint: WebhookEndpoint): Promise<DeliveryRef> {
    const ref = { ownerKey: webhookOwnerKey(endpoint.owner), id: messageIdOf(event.id, endpoint.id) };
    const now = this.#now();
    const created = await this.store.webhookDeliveries.enqueue(
      {
        ...ref,
        endpointId: endpoint.id,
        eventId: event.id,
        eventType: event.type,
        tenantId: event.tenantId,
        payload: eventBody(event),
      },
      now,
    );
    // A repeated emit may follow one whose scheduling failed: schedule again while still pending
    // (a second SQS message for the same delivery is harmless — only one worker can claim it).
    const pending = created || (await this.store.webhookDeliveries.get(ref))?.status === 'pending';
    if (pending) await this.#scheduler.schedule(ref, now);
    return ref;
  }
}
