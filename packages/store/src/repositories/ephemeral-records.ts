import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { TABLE_PARTITION_KEY, TABLE_SORT_KEY, TABLE_TTL_ATTRIBUTE } from '../table-definition';
import { epochSeconds } from '../ttl';

/**
 * Short-lived records that are not domain entities (idempotency results,
 * login failures, rate-limit counters, reset tokens): TTL items of the
 * Carillon table with no version and no schema of their own. Keys follow the
 * table's rule: they start with the tenant (`t#…`) or a platform prefix
 * (`p#…`); `expiresAt` is the table's TTL attribute, and every read checks it
 * itself because DynamoDB deletes expired items lazily (up to days later).
 */
const SORT_KEY = 'ephemeral';

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

export class EphemeralRecords {
  constructor(
    private readonly document: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly now: () => Date,
  ) {}

  #key(key: string) {
    return { [TABLE_PARTITION_KEY]: key, [TABLE_SORT_KEY]: SORT_KEY };
  }

  /** The record's data, or undefined when absent or past its TTL. */
  async get(key: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.document.send(
      new GetCommand({ TableName: this.table, Key: this.#key(key), ConsistentRead: true }),
    );
    return this.#live(Item);
  }

  /**
   * Writes the record; with `ifAbsent`, only when no live record holds the key
   * (an expired one counts as absent). Returns false when the condition failed.
   */
  async put(
    key: string,
    data: Record<string, unknown>,
    ttlSeconds: number,
    options: { ifAbsent?: boolean } = {},
  ): Promise<boolean> {
    const nowEpoch = epochSeconds(this.now());
    try {
      await this.document.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...this.#key(key), [TABLE_TTL_ATTRIBUTE]: nowEpoch + ttlSeconds, data },
          ...(options.ifAbsent
            ? {
                ConditionExpression: 'attribute_not_exists(#pk) OR #ttl <= :now',
                ExpressionAttributeNames: { '#pk': TABLE_PARTITION_KEY, '#ttl': TABLE_TTL_ATTRIBUTE },
                ExpressionAttributeValues: { ':now': nowEpoch },
              }
            : {}),
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.document.send(new DeleteCommand({ TableName: this.table, Key: this.#key(key) }));
  }

  /**
   * Deletes the record and returns its data, atomically: of two concurrent
   * takes, one gets the data and the other undefined (single-use tokens).
   */
  async take(key: string): Promise<Record<string, unknown> | undefined> {
    try {
      const { Attributes } = await this.document.send(
        new DeleteCommand({
          TableName: this.table,
          Key: this.#key(key),
          ConditionExpression: 'attribute_exists(#pk)',
          ExpressionAttributeNames: { '#pk': TABLE_PARTITION_KEY },
          ReturnValues: 'ALL_OLD',
        }),
      );
      return this.#live(Attributes);
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  /**
   * Adds `by` to the record's counter and returns the new value, atomically
   * (UpdateItem ADD), creating the record with the TTL when it is absent. A
   * record past its TTL starts again from `by`. With `touch`, `at` (epoch ms)
   * is stored beside the count and the TTL is moved to `ttlSeconds` from now.
   */
  async increment(
    key: string,
    ttlSeconds: number,
    options: { by?: number; touch?: boolean } = {},
  ): Promise<{ count: number; expiresAt: number }> {
    const by = options.by ?? 1;
    const nowEpoch = epochSeconds(this.now());
    const names: Record<string, string> = {
      '#pk': TABLE_PARTITION_KEY,
      '#ttl': TABLE_TTL_ATTRIBUTE,
      '#count': 'count',
    };
    if (options.touch) names['#at'] = 'at';
    try {
      const { Attributes } = await this.document.send(
        new UpdateCommand({
          TableName: this.table,
          Key: this.#key(key),
          UpdateExpression: options.touch
            ? 'ADD #count :by SET #ttl = :ttl, #at = :at'
            : 'ADD #count :by SET #ttl = if_not_exists(#ttl, :ttl)',
          ConditionExpression: 'attribute_not_exists(#pk) OR #ttl > :now',
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: {
            ':by': by,
            ':ttl': nowEpoch + ttlSeconds,
            ':now': nowEpoch,
            ...(options.touch ? { ':at': this.now().getTime() } : {}),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return { count: Number(Attributes?.count ?? by), expiresAt: Number(Attributes?.[TABLE_TTL_ATTRIBUTE]) };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      // The record outlived its TTL but is not deleted yet: start it afresh.
      const expiresAt = nowEpoch + ttlSeconds;
      await this.document.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            ...this.#key(key),
            [TABLE_TTL_ATTRIBUTE]: expiresAt,
            count: by,
            ...(options.touch ? { at: this.now().getTime() } : {}),
          },
        }),
      );
      return { count: by, expiresAt };
    }
  }

  /** The counter record of `increment`: its count and `at`, or undefined when absent or expired. */
  async counter(key: string): Promise<{ count: number; at: number | null } | undefined> {
    const { Item } = await this.document.send(
      new GetCommand({ TableName: this.table, Key: this.#key(key), ConsistentRead: true }),
    );
    if (Item === undefined || this.#expired(Item)) return undefined;
    return { count: Number(Item.count ?? 0), at: typeof Item.at === 'number' ? Item.at : null };
  }

  #expired(item: Record<string, unknown>): boolean {
    const expiresAt = item[TABLE_TTL_ATTRIBUTE];
    return typeof expiresAt === 'number' && expiresAt <= epochSeconds(this.now());
  }

  #live(item: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
    if (item === undefined || this.#expired(item)) return undefined;
    const data = item.data;
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
  }
}
