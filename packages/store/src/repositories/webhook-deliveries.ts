import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  tenantIdSchema,
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookDeliveryStatus,
  webhookDeliverySchema,
  webhookEndpointIdSchema,
  webhookEventIdSchema,
  webhookMessageIdSchema,
} from '@carillon/domain';
import { z } from 'zod';
import type { StoreContext } from '../context';
import { type Page, type PageRequest, pageLimit } from '../cursor';
import { WEBHOOK_KEYS } from '../entities/webhook';
import { CorruptItemError, InvalidCursorError, invalidItemError } from '../errors';
import { epochSeconds } from '../ttl';

/** How long the delivery log keeps a message after it was made (and after its last attempt). */
export const WEBHOOK_LOG_RETENTION_DAYS = 30;
const RETENTION_SECONDS = WEBHOOK_LOG_RETENTION_DAYS * 24 * 60 * 60;

/** A delivery's address: its owner's partition and its message id. */
export interface DeliveryRef {
  readonly ownerKey: string;
  readonly id: string;
}

/** A delivery as the worker sees it: the log fields plus the exact body it signs and sends. */
export interface QueuedDelivery extends WebhookDelivery {
  readonly ownerKey: string;
  readonly payload: string;
}

export interface NewDelivery {
  readonly ownerKey: string;
  readonly id: string;
  readonly endpointId: string;
  readonly eventId: string;
  readonly eventType: string;
  readonly tenantId: string | null;
  readonly payload: string;
}

const newDeliverySchema = z.strictObject({
  ownerKey: z
    .string()
    .regex(/^[rt]#[a-z]{3}_[0-9a-z]{26}$/, { error: 'owner key must be t#<tenantId> or r#<resellerId>' }),
  id: webhookMessageIdSchema,
  endpointId: webhookEndpointIdSchema,
  eventId: webhookEventIdSchema,
  eventType: z.string().min(1).max(100),
  tenantId: tenantIdSchema.nullable(),
  /** DynamoDB items are at most 400 KB; a CDR of 64 legs is about 50 KiB. */
  payload: z
    .string()
    .min(2)
    .max(256 * 1024, { error: 'payload must be at most 256 KiB' }),
});

export interface AttemptOutcome {
  /** `pending` = try again at `nextAttemptAt`. */
  readonly status: WebhookDeliveryStatus;
  readonly attempts: readonly WebhookAttempt[];
  readonly attemptCount: number;
  readonly lastError: string | null;
  readonly nextAttemptAt: Date | null;
}

/**
 * Webhook deliveries: the durable queue and the delivery log in one item per
 * (event, endpoint). Enqueueing is create-if-absent on a message id derived
 * from the event and the endpoint, so emitting an event twice (a retried CDR
 * report) makes one delivery. A worker claims a due delivery with a lease
 * (conditional update); a worker that dies mid-attempt leaves the lease to
 * run out and the delivery is tried again with the same `webhook-id`
 * (at-least-once, as Standard Webhooks expects receivers to handle).
 */
export class WebhookDeliveryRepository {
  constructor(private readonly context: StoreContext) {}

  /** Stores a new pending delivery due at `dueAt`; false when one with this id exists already. */
  async enqueue(candidate: NewDelivery, dueAt: Date): Promise<boolean> {
    const parsed = newDeliverySchema.safeParse(candidate);
    if (!parsed.success) throw invalidItemError('webhookDelivery', parsed.error);
    const delivery = parsed.data;
    const now = this.context.now().toISOString();
    const due = dueAt.toISOString();
    try {
      await this.context.document.send(
        new PutCommand({
          TableName: this.context.table,
          Item: {
            ...WEBHOOK_KEYS.delivery(delivery.ownerKey, delivery.id),
            gsi1pk: WEBHOOK_KEYS.logPartition(delivery.ownerKey, delivery.endpointId),
            gsi1sk: WEBHOOK_KEYS.logSort(now, delivery.id),
            gsi2pk: WEBHOOK_KEYS.queuePartition,
            gsi2sk: WEBHOOK_KEYS.queueSort(due, delivery.ownerKey, delivery.id),
            ...delivery,
            status: 'pending',
            attemptCount: 0,
            attempts: [],
            nextAttemptAt: due,
            lastError: null,
            createdAt: now,
            updatedAt: now,
            expiresAt: epochSeconds(this.context.now()) + RETENTION_SECONDS,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async get(ref: DeliveryRef): Promise<QueuedDelivery | undefined> {
    const { Item } = await this.context.document.send(
      new GetCommand({
        TableName: this.context.table,
        Key: WEBHOOK_KEYS.delivery(ref.ownerKey, ref.id),
        ConsistentRead: true,
      }),
    );
    return Item === undefined ? undefined : parseQueued(Item);
  }

  /** The endpoint's delivery log, newest first. */
  async listByEndpoint(
    ownerKey: string,
    endpointId: string,
    request: PageRequest = {},
  ): Promise<Page<WebhookDelivery>> {
    const binding = { tenantId: ownerKey, list: `webhookLog:${endpointId}` };
    const position =
      request.cursor === undefined ? undefined : this.context.cursors.decode(binding, request.cursor);
    let startKey: Record<string, unknown> | undefined;
    if (position !== undefined) {
      try {
        startKey = JSON.parse(position) as Record<string, unknown>;
      } catch {
        throw new InvalidCursorError('unusable position');
      }
    }
    const result = await this.context.document.send(
      new QueryCommand({
        TableName: this.context.table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': WEBHOOK_KEYS.logPartition(ownerKey, endpointId) },
        ScanIndexForward: false,
        Limit: pageLimit(request.limit),
        ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
      }),
    );
    const items = (result.Items ?? []).map((item) => toLogEntry(parseQueued(item)));
    const next = result.LastEvaluatedKey;
    return next === undefined
      ? { items }
      : { items, nextCursor: this.context.cursors.encode(binding, JSON.stringify(next)) };
  }

  /** Pending deliveries due at `now`, oldest due first (the embedded worker's poll). */
  async due(now: Date, limit: number): Promise<DeliveryRef[]> {
    const result = await this.context.document.send(
      new QueryCommand({
        TableName: this.context.table,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :queue AND gsi2sk < :upTo',
        ExpressionAttributeValues: {
          ':queue': WEBHOOK_KEYS.queuePartition,
          // Sort keys start with the due time; '~' sorts after every key character.
          ':upTo': `${now.toISOString()}~`,
        },
        Limit: limit,
      }),
    );
    return (result.Items ?? []).flatMap((item) =>
      typeof item.ownerKey === 'string' && typeof item.id === 'string'
        ? [{ ownerKey: item.ownerKey, id: item.id }]
        : [],
    );
  }

  /**
   * Takes a due, pending delivery for `leaseMs`; undefined when it is not
   * pending, not due, or leased by another worker. Only the lease holder can
   * record the attempt (`leaseToken`).
   */
  async claim(
    ref: DeliveryRef,
    now: Date,
    leaseMs: number,
  ): Promise<{ delivery: QueuedDelivery; leaseToken: string } | undefined> {
    const leaseToken = randomUUID();
    try {
      const { Attributes } = await this.context.document.send(
        new UpdateCommand({
          TableName: this.context.table,
          Key: WEBHOOK_KEYS.delivery(ref.ownerKey, ref.id),
          UpdateExpression: 'SET leaseUntil = :until, leaseToken = :token',
          ConditionExpression:
            '#status = :pending AND nextAttemptAt <= :now AND (attribute_not_exists(leaseUntil) OR leaseUntil <= :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':until': new Date(now.getTime() + leaseMs).toISOString(),
            ':token': leaseToken,
            ':pending': 'pending',
            ':now': now.toISOString(),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return Attributes === undefined ? undefined : { delivery: parseQueued(Attributes), leaseToken };
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  /**
   * Records an attempt (or a skip) and releases the lease: still `pending`
   * moves it in the queue to `nextAttemptAt`; any other status takes it out
   * of the queue. False when the lease was lost (another worker took over).
   */
  async finish(ref: DeliveryRef, leaseToken: string, outcome: AttemptOutcome): Promise<boolean> {
    const now = this.context.now();
    const pending = outcome.status === 'pending';
    if (pending && outcome.nextAttemptAt === null) {
      throw new TypeError('a pending delivery needs its next attempt time');
    }
    const values: Record<string, unknown> = {
      ':status': outcome.status,
      ':attempts': outcome.attempts,
      ':count': outcome.attemptCount,
      ':error': outcome.lastError,
      ':next': outcome.nextAttemptAt?.toISOString() ?? null,
      ':now': now.toISOString(),
      ':token': leaseToken,
      ':expires': epochSeconds(now) + RETENTION_SECONDS,
    };
    const set = [
      '#status = :status',
      'attempts = :attempts',
      'attemptCount = :count',
      'lastError = :error',
      'nextAttemptAt = :next',
      'updatedAt = :now',
      'expiresAt = :expires',
    ];
    if (pending && outcome.nextAttemptAt !== null) {
      set.push('gsi2sk = :queueSort');
      values[':queueSort'] = WEBHOOK_KEYS.queueSort(
        outcome.nextAttemptAt.toISOString(),
        ref.ownerKey,
        ref.id,
      );
    }
    const remove = ['leaseUntil', 'leaseToken', ...(pending ? [] : ['gsi2pk', 'gsi2sk'])];
    try {
      await this.context.document.send(
        new UpdateCommand({
          TableName: this.context.table,
          Key: WEBHOOK_KEYS.delivery(ref.ownerKey, ref.id),
          UpdateExpression: `SET ${set.join(', ')} REMOVE ${remove.join(', ')}`,
          ConditionExpression: 'leaseToken = :token',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }
}

function parseQueued(item: Record<string, unknown>): QueuedDelivery {
  const id = typeof item.id === 'string' ? item.id : '?';
  const parsed = webhookDeliverySchema.safeParse(item);
  if (!parsed.success || typeof item.ownerKey !== 'string' || typeof item.payload !== 'string') {
    throw new CorruptItemError('webhookDelivery', id, parsed.success ? undefined : { cause: parsed.error });
  }
  return { ...parsed.data, ownerKey: item.ownerKey, payload: item.payload };
}

function toLogEntry(delivery: QueuedDelivery): WebhookDelivery {
  const { ownerKey: _ownerKey, payload: _payload, ...entry } = delivery;
  return entry;
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
