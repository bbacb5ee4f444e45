import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DeliveryRef, Store } from '@carillon/store';
import { z } from 'zod';
import { DEFAULT_LEASE_MS, type ProcessResult, type WebhookDeliverer } from './deliverer';
import type { DeliveryScheduler } from './outbox';

/** SQS's largest per-message delay (SendMessage DelaySeconds). */
export const SQS_MAX_DELAY_SECONDS = 900;

const LEASE_RECHECK_MS = DEFAULT_LEASE_MS + 5_000;

/** The SQS message: only the delivery's address; the table holds the delivery itself. */
export const deliveryMessageSchema = z.strictObject({
  ownerKey: z.string().regex(/^[rt]#[a-z]{3}_[0-9a-z]{26}$/),
  id: z.string().regex(/^msg_[0-9a-z]{26}$/),
});

/**
 * AWS: a due delivery becomes an SQS message, delayed until it is due (up
 * to SQS's 15 minutes; a later retry is re-queued by the Lambda until its
 * time has come). SQS redelivers a message whose processing failed, and a
 * message that keeps failing lands in the dead-letter queue (the CDK sets
 * maxReceiveCount); the table item stays pending, so nothing is lost there.
 */
export class SqsScheduler implements DeliveryScheduler {
  constructor(
    private readonly sqs: Pick<SQSClient, 'send'>,
    private readonly queueUrl: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async schedule(ref: DeliveryRef, dueAt: Date): Promise<void> {
    await this.sqs.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: JSON.stringify({ ownerKey: ref.ownerKey, id: ref.id }),
        DelaySeconds: delaySeconds(dueAt, this.now()),
      }),
    );
  }
}

export function delaySeconds(dueAt: Date, now: Date): number {
  const seconds = Math.ceil((dueAt.getTime() - now.getTime()) / 1000);
  return Math.min(SQS_MAX_DELAY_SECONDS, Math.max(0, seconds));
}

export interface SqsRecord {
  readonly messageId: string;
  readonly body: string;
}

/**
 * The delivery Lambda's work for one SQS batch. Returns the ids of messages
 * to hand back to SQS (partial batch response): only those whose processing
 * threw (the store or the network to it failed). A failed HTTP attempt is
 * not an error here: the deliverer has already scheduled the retry.
 */
export async function processSqsBatch(
  records: readonly SqsRecord[],
  deps: {
    store: Pick<Store, 'webhookDeliveries'>;
    deliverer: Pick<WebhookDeliverer, 'process'>;
    scheduler: DeliveryScheduler;
    now?: () => Date;
    onError?: (error: unknown, record: SqsRecord) => void;
  },
): Promise<{ batchItemFailures: { itemIdentifier: string }[] }> {
  const now = deps.now ?? (() => new Date());
  const failures: { itemIdentifier: string }[] = [];
  await Promise.all(
    records.map(async (record) => {
      try {
        await processRecord(record, deps.store, deps.deliverer, deps.scheduler, now);
      } catch (error) {
        deps.onError?.(error, record);
        failures.push({ itemIdentifier: record.messageId });
      }
    }),
  );
  return { batchItemFailures: failures };
}

async function processRecord(
  record: SqsRecord,
  store: Pick<Store, 'webhookDeliveries'>,
  deliverer: Pick<WebhookDeliverer, 'process'>,
  scheduler: DeliveryScheduler,
  now: () => Date,
): Promise<ProcessResult | 'ignored'> {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    return 'ignored';
  }
  const parsed = deliveryMessageSchema.safeParse(body);
  // Not ours: dropping it is right; retrying it would only fill the dead-letter queue.
  if (!parsed.success) return 'ignored';
  const ref = parsed.data;
  const delivery = await store.webhookDeliveries.get(ref);
  if (delivery === undefined || delivery.status !== 'pending' || delivery.nextAttemptAt === null) {
    return 'ignored';
  }
  const dueAt = new Date(delivery.nextAttemptAt);
  if (dueAt.getTime() > now().getTime()) {
    // A retry more than 15 minutes out: wait another leg.
    await scheduler.schedule(ref, dueAt);
    return 'busy';
  }
  const result = await deliverer.process(ref);
  if (result === 'busy') {
    // Leased by another invocation: look again after its lease. If that one
    // finished, this message is then ignored; if it died, this one retries.
    await scheduler.schedule(ref, new Date(now().getTime() + LEASE_RECHECK_MS));
  }
  return result;
}
