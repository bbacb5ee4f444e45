import {
  DeleteCommand,
  type DeleteCommandInput,
  type DynamoDBDocumentClient,
  PutCommand,
  type PutCommandInput,
  TransactWriteCommand,
  type TransactWriteCommandInput,
  UpdateCommand,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { TransactItem } from './entities/loose-entity';
import { StoreError } from './errors';

/**
 * One write of a repository operation, with what a failed condition on it means
 * (version conflict, taken unique value …). The entity's own write comes first,
 * so when several conditions fail the caller hears about the one to act on
 * first: re-read the item.
 */
export interface WriteStep {
  readonly item: TransactItem;
  readonly onConditionFailed: () => Promise<StoreError> | StoreError;
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

/**
 * Runs the steps atomically: a single conditional write when there is one step
 * (half the cost of a transaction), TransactWriteItems otherwise. A failed
 * condition is mapped through the step it belongs to, found from the
 * transaction's CancellationReasons (same order as the items).
 */
export async function writeAtomically(
  document: DynamoDBDocumentClient,
  steps: readonly WriteStep[],
): Promise<void> {
  const [only] = steps;
  if (steps.length === 1 && only !== undefined) {
    try {
      await sendSingle(document, only.item);
    } catch (error) {
      if (errorName(error) === 'ConditionalCheckFailedException') throw await only.onConditionFailed();
      throw error;
    }
    return;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await document.send(
        new TransactWriteCommand({
          TransactItems: steps.map((step) => plain(step.item)) as TransactWriteCommandInput['TransactItems'],
        }),
      );
      return;
    } catch (error) {
      if (errorName(error) !== 'TransactionCanceledException') throw error;
      const reasons = cancellationReasons(error);
      for (const [index, reason] of reasons.entries()) {
        const step = steps[index];
        if (reason.Code === 'ConditionalCheckFailed' && step !== undefined)
          throw await step.onConditionFailed();
      }
      if (reasons.some((reason) => reason.Code === 'TransactionConflict')) {
        // Another transaction touched one of the items at the same moment and
        // DynamoDB does not queue them. Try again: the second attempt sees the
        // winner's write, so a race for a unique value still ends with
        // exactly one UniqueConstraintError instead of an opaque conflict.
        if (attempt < TRANSACTION_CONFLICT_ATTEMPTS) {
          await sleep(conflictBackoffMs(attempt));
          continue;
        }
        throw new StoreError('TRANSACTION_CONFLICT', 'a concurrent write touched the same items; retry', {
          cause: error,
        });
      }
      throw new StoreError('TRANSACTION_CANCELED', 'the write was cancelled', { cause: error });
    }
  }
}

/** Attempts of one transaction that keeps colliding with concurrent ones before giving up. */
export const TRANSACTION_CONFLICT_ATTEMPTS = 4;

/** 10, 20, 40 ms with full jitter: short, since the other transaction is already done. */
export function conflictBackoffMs(attempt: number, random: () => number = Math.random): number {
  return Math.round(random() * 10 * 2 ** (attempt - 1));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function cancellationReasons(error: unknown): { Code?: string }[] {
  if (typeof error === 'object' && error !== null && 'CancellationReasons' in error) {
    const reasons = error.CancellationReasons;
    if (Array.isArray(reasons)) return reasons as { Code?: string }[];
  }
  return [];
}

/** ElectroDB's commit() output carries a symbol-keyed marker; DynamoDB gets only the operation. */
function plain(item: TransactItem): TransactItem {
  if (item.Put) return { Put: item.Put };
  if (item.Delete) return { Delete: item.Delete };
  if (item.Update) return { Update: item.Update };
  return { ConditionCheck: item.ConditionCheck };
}

async function sendSingle(document: DynamoDBDocumentClient, item: TransactItem): Promise<void> {
  // The params of a transaction entry are those of the single-item call of the same name.
  if (item.Put) await document.send(new PutCommand(item.Put as unknown as PutCommandInput));
  else if (item.Delete) await document.send(new DeleteCommand(item.Delete as unknown as DeleteCommandInput));
  else if (item.Update) await document.send(new UpdateCommand(item.Update as unknown as UpdateCommandInput));
  else throw new StoreError('INTERNAL', 'a lone condition check is not a write');
}
