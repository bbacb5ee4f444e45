import { createLogger } from '@carillon/logger';
import { loadWebhookConfig, processSqsBatch } from '@carillon/webhooks';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { loadDeliveryConfig } from './config';
import { createDelivery } from './deliverer';

const config = loadDeliveryConfig();
const log = createLogger({ service: 'webhooks', level: config.LOG_LEVEL });
const { store, deliverer, scheduler } = createDelivery(config, loadWebhookConfig(), log);

/**
 * The delivery Lambda (AWS): one SQS batch of due deliveries. Messages whose
 * processing threw are handed back (ReportBatchItemFailures) for SQS to
 * retry, and after maxReceiveCount they go to the dead-letter queue.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  return processSqsBatch(
    event.Records.map((record) => ({ messageId: record.messageId, body: record.body })),
    {
      store,
      deliverer,
      scheduler,
      onError: (error, record) => log.error({ err: error, messageId: record.messageId }, 'delivery failed'),
    },
  );
}
