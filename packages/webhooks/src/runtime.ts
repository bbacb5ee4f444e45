import { SQSClient } from '@aws-sdk/client-sqs';
import type { WebhookConfig } from './config';
import {
  type DeliveryScheduler,
  type OutboxOptions,
  type OutboxStore,
  TABLE_POLLING_SCHEDULER,
  WebhookOutbox,
} from './outbox';
import { SqsScheduler } from './sqs';

/** The scheduler the configuration asks for: SQS on AWS, the table's due index in the embedded default. */
export function schedulerFor(config: WebhookConfig): DeliveryScheduler {
  return config.queueUrl === undefined
    ? TABLE_POLLING_SCHEDULER
    : new SqsScheduler(new SQSClient({}), config.queueUrl);
}

export function createOutbox(
  store: OutboxStore,
  config: WebhookConfig,
  options: Omit<OutboxOptions, 'scheduler'> = {},
): WebhookOutbox {
  return new WebhookOutbox(store, { ...options, scheduler: schedulerFor(config) });
}
