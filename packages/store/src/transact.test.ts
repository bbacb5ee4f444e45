import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { TransactItem } from './entities/loose-entity';
import { StoreError } from './errors';
import { conflictBackoffMs, TRANSACTION_CONFLICT_ATTEMPTS, writeAtomically } from './transact';

function cancelled(codes: string[]) {
  return Object.assign(new Error('cancelled'), {
    name: 'TransactionCanceledException',
    CancellationReasons: codes.map((Code) => ({ Code })),
  });
}

/** A document client whose transaction answers come from a script, in order. */
function scriptedClient(answers: (Error | undefined)[]) {
  let calls = 0;
  const client = {
    send: async () => {
      const answer = answers[calls++];
      if (answer) throw answer;
      return {};
    },
  } as unknown as DynamoDBDocumentClient;
  return { client, calls: () => calls };
}

const item = { Put: { TableName: 't', Item: { pk: 'a', sk: 'b' } } } as unknown as TransactItem;
const steps = [
  { item, onConditionFailed: () => new StoreError('VERSION', 'version') },
  { item, onConditionFailed: () => new StoreError('UNIQUE', 'taken') },
];

describe('writeAtomically', () => {
  it('retries a transaction that collided with a concurrent one, then succeeds', async () => {
    const { client, calls } = scriptedClient([cancelled(['None', 'TransactionConflict']), undefined]);
    await expect(writeAtomically(client, steps)).resolves.toBeUndefined();
    expect(calls()).toBe(2);
  });

  it('reports the real cause once the retry sees the winner: a taken unique value', async () => {
    const { client } = scriptedClient([
      cancelled(['None', 'TransactionConflict']),
      cancelled(['None', 'ConditionalCheckFailed']),
    ]);
    await expect(writeAtomically(client, steps)).rejects.toMatchObject({ code: 'UNIQUE' });
  });

  it('gives up with TRANSACTION_CONFLICT after a bounded number of attempts', async () => {
    const conflict = cancelled(['TransactionConflict', 'None']);
    const { client, calls } = scriptedClient(Array(10).fill(conflict));
    await expect(writeAtomically(client, steps)).rejects.toMatchObject({ code: 'TRANSACTION_CONFLICT' });
    expect(calls()).toBe(TRANSACTION_CONFLICT_ATTEMPTS);
  });

  it('backs off within 10 · 2^(attempt-1) ms', () => {
    expect(conflictBackoffMs(1, () => 0.999)).toBeLessThanOrEqual(10);
    expect(conflictBackoffMs(3, () => 0.999)).toBeLessThanOrEqual(40);
    expect(conflictBackoffMs(3, () => 0.5)).toBe(20);
  });
});
