import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  HEALTHY_ENDPOINT,
  newId,
  type WebhookEndpoint,
  type WebhookEndpointHealth,
  type WebhookEventType,
  webhookEndpointHealthSchema,
  webhookEndpointIdSchema,
} from '@carillon/domain';
import type { StoreContext, WriteCondition } from '../context';
import type { Page, PageRequest } from '../cursor';
import { WEBHOOK_KEYS, webhookEndpointEntity, webhookOwnerKey } from '../entities/webhook';
import { CorruptItemError, InvalidRequestError, NotFoundError } from '../errors';
import { type ItemPatch, type NewItem, VersionedItems } from './versioned-items';

/** More endpoints than this per owner is not a configuration but a mistake (documented limit). */
export const MAX_WEBHOOK_ENDPOINTS_PER_OWNER = 20;

/** Webhook endpoints of tenants and resellers; `ownerKey` from `webhookOwnerKey`. */
export class WebhookEndpointRepository {
  readonly #items: VersionedItems<WebhookEndpoint>;

  constructor(private readonly context: StoreContext) {
    this.#items = new VersionedItems(
      context,
      webhookEndpointEntity,
      (endpoint) => webhookOwnerKey(endpoint.owner),
      (endpoint) => ({ ownerKey: webhookOwnerKey(endpoint.owner) }),
    );
  }

  find(ownerKey: string, id: string): Promise<WebhookEndpoint | undefined> {
    return this.#items.find({ ownerKey, id }, ownerKey);
  }

  get(ownerKey: string, id: string): Promise<WebhookEndpoint> {
    return this.#items.get({ ownerKey, id }, ownerKey, id);
  }

  list(ownerKey: string, page: PageRequest = {}): Promise<Page<WebhookEndpoint>> {
    const query = this.#items.entity.query.byOwner?.({ ownerKey });
    if (query === undefined) throw new NotFoundError('access pattern', 'webhookEndpoint.byOwner');
    return this.#items.page(ownerKey, 'byOwner', query, page);
  }

  /** Every endpoint of the owner (bounded by MAX_WEBHOOK_ENDPOINTS_PER_OWNER, so one page). */
  async all(ownerKey: string): Promise<WebhookEndpoint[]> {
    const page = await this.list(ownerKey, { limit: MAX_WEBHOOK_ENDPOINTS_PER_OWNER * 2 });
    return page.items;
  }

  /** Enabled endpoints of these owners that subscribe to `eventType`. */
  async subscribers(ownerKeys: readonly string[], eventType: WebhookEventType): Promise<WebhookEndpoint[]> {
    const lists = await Promise.all(ownerKeys.map((ownerKey) => this.all(ownerKey)));
    return lists.flat().filter((endpoint) => endpoint.enabled && endpoint.eventTypes.includes(eventType));
  }

  create(
    input: NewItem<WebhookEndpoint> & { tenantId: WebhookEndpoint['tenantId'] },
    options: { id?: string } = {},
  ): Promise<WebhookEndpoint> {
    const now = this.context.now().toISOString();
    return this.#items.create({
      ...input,
      id: options.id ?? newId('whk'),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
  }

  async update(
    ownerKey: string,
    id: string,
    patch: ItemPatch<WebhookEndpoint>,
    condition: WriteCondition,
  ): Promise<WebhookEndpoint> {
    const current = await this.get(ownerKey, id);
    return this.#items.update({ ownerKey, id }, current, patch, condition.expectedVersion);
  }

  async delete(ownerKey: string, id: string, condition: WriteCondition): Promise<void> {
    const current = await this.get(ownerKey, id);
    await this.#items.delete({ ownerKey, id }, current, condition.expectedVersion);
  }
}

/**
 * Delivery health per endpoint, kept beside the configuration so that the
 * worker's counters never race an admin's versioned edit (and never bump
 * the endpoint's ETag). Absent item = healthy.
 */
export class WebhookHealthRepository {
  constructor(private readonly context: StoreContext) {}

  async get(ownerKey: string, endpointId: string): Promise<WebhookEndpointHealth> {
    const { Item } = await this.context.document.send(
      new GetCommand({
        TableName: this.context.table,
        Key: healthKey(ownerKey, endpointId),
        ConsistentRead: true,
      }),
    );
    return Item === undefined ? HEALTHY_ENDPOINT : this.#parse(endpointId, Item);
  }

  async recordSuccess(ownerKey: string, endpointId: string, at: Date): Promise<void> {
    await this.context.document.send(
      new UpdateCommand({
        TableName: this.context.table,
        Key: healthKey(ownerKey, endpointId),
        UpdateExpression: 'SET consecutiveFailures = :zero, lastSuccessAt = :at REMOVE failingSince',
        ExpressionAttributeValues: { ':zero': 0, ':at': at.toISOString() },
      }),
    );
  }

  /** Counts one failed attempt atomically and returns the health after it. */
  async recordFailure(ownerKey: string, endpointId: string, at: Date): Promise<WebhookEndpointHealth> {
    const { Attributes } = await this.context.document.send(
      new UpdateCommand({
        TableName: this.context.table,
        Key: healthKey(ownerKey, endpointId),
        UpdateExpression:
          'SET consecutiveFailures = if_not_exists(consecutiveFailures, :zero) + :one, failingSince = if_not_exists(failingSince, :at), lastFailureAt = :at',
        ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':at': at.toISOString() },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return this.#parse(endpointId, Attributes ?? {});
  }

  /** Turns the endpoint off (once: a later call keeps the first time and reason). */
  async disable(ownerKey: string, endpointId: string, at: Date, reason: string): Promise<void> {
    await this.context.document.send(
      new UpdateCommand({
        TableName: this.context.table,
        Key: healthKey(ownerKey, endpointId),
        UpdateExpression: 'SET disabledAt = if_not_exists(disabledAt, :at), disabledReason = :reason',
        ExpressionAttributeValues: { ':at': at.toISOString(), ':reason': reason },
      }),
    );
  }

  /** Re-enabling, or deleting the endpoint: back to a clean, healthy record. */
  async reset(ownerKey: string, endpointId: string): Promise<void> {
    await this.context.document.send(
      new DeleteCommand({ TableName: this.context.table, Key: healthKey(ownerKey, endpointId) }),
    );
  }

  #parse(endpointId: string, item: Record<string, unknown>): WebhookEndpointHealth {
    const parsed = webhookEndpointHealthSchema.safeParse({
      consecutiveFailures: item.consecutiveFailures ?? 0,
      failingSince: item.failingSince ?? null,
      lastSuccessAt: item.lastSuccessAt ?? null,
      lastFailureAt: item.lastFailureAt ?? null,
      disabledAt: item.disabledAt ?? null,
      disabledReason: item.disabledReason ?? null,
    });
    if (!parsed.success) throw new CorruptItemError('webhookHealth', endpointId, { cause: parsed.error });
    return parsed.data;
  }
}

/** The health item's key, for a well-formed endpoint id only (the id is part of the key). */
function healthKey(ownerKey: string, endpointId: string) {
  const parsed = webhookEndpointIdSchema.safeParse(endpointId);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'invalid';
    throw new InvalidRequestError(`webhookHealth is invalid: endpointId: ${message}`, {
      fields: [{ path: 'endpointId', message }],
    });
  }
  return WEBHOOK_KEYS.health(ownerKey, endpointId);
}
