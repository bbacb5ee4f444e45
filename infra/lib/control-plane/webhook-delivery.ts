import { fileURLToPath } from 'node:url';
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { CarillonFunction } from './carillon-function';

/** `functions/webhooks/src/lambda.ts`: the SQS handler of the delivery function. */
const DELIVERY_LAMBDA_ENTRY = fileURLToPath(
  new URL('../../../functions/webhooks/src/lambda.ts', import.meta.url),
);

/** One attempt takes at most 15 s (send timeout) plus a few store writes; a batch runs its messages at once. */
export const DELIVERY_FUNCTION_TIMEOUT = Duration.seconds(30);
/** AWS's advice for SQS-triggered functions: visibility at least six times the function timeout. */
export const DELIVERY_VISIBILITY_TIMEOUT = Duration.seconds(DELIVERY_FUNCTION_TIMEOUT.toSeconds() * 6);
/**
 * Receives before a message goes to the dead-letter queue. A message is only
 * handed back when the store failed (an HTTP failure is a scheduled retry, not
 * an error), so five is generous; the delivery item stays `pending` in the
 * table, so a dead-lettered message is redriven, never lost.
 */
export const DELIVERY_MAX_RECEIVE_COUNT = 5;

export interface WebhookDeliveryProps {
  readonly stageName: string;
  readonly table: ITable;
}

/**
 * Webhook delivery on AWS: the queue of due deliveries (SQS, with a
 * dead-letter queue), and the delivery function it triggers. The function
 * reads and updates delivery, endpoint and health items by key only — no
 * Query, no Scan, no S3 — and sends to its own queue to schedule retries.
 */
export class WebhookDelivery extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly delivery: CarillonFunction;

  constructor(scope: Construct, id: string, props: WebhookDeliveryProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'Deliveries', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: DELIVERY_VISIBILITY_TIMEOUT,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: DELIVERY_MAX_RECEIVE_COUNT },
    });
    this.delivery = new CarillonFunction(this, 'DeliveryFunction', {
      entry: DELIVERY_LAMBDA_ENTRY,
      description: `Carillon ${props.stageName} webhook delivery (functions/webhooks)`,
      timeout: DELIVERY_FUNCTION_TIMEOUT,
      memorySize: 256,
      environment: {
        CARILLON_STAGE: props.stageName,
        CARILLON_TABLE_NAME: props.table.tableName,
        CARILLON_WEBHOOK_QUEUE_URL: this.queue.queueUrl,
      },
    });
    this.delivery.function.addEventSource(
      new SqsEventSource(this.queue, { batchSize: 10, reportBatchItemFailures: true }),
    );
    this.queue.grantSendMessages(this.delivery.role);
    grantItemsByKey(props.table, this.delivery.role);
  }

  /** For a function that queues webhook messages (the API's test message; call control's events). */
  allowEnqueue(fn: IFunction & { addEnvironment(key: string, value: string): unknown }): void {
    fn.addEnvironment('CARILLON_WEBHOOK_QUEUE_URL', this.queue.queueUrl);
    this.queue.grantSendMessages(fn);
  }
}

/** GetItem and UpdateItem on the table's items, nothing else: what delivering needs. */
function grantItemsByKey(table: ITable, grantee: IGrantable): Grant {
  return Grant.addToPrincipal({
    grantee,
    actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
    resourceArns: [table.tableArn],
  });
}
