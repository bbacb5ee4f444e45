import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { epochSeconds, TABLE_PARTITION_KEY, TABLE_SORT_KEY, TABLE_TTL_ATTRIBUTE } from '@carillon/store';

/**
 * Short-lived records of the API (idempotency results, login failures) as
 * TTL items of the Carillon table. They are not domain entities (no version,
 * no schema in `@carillon/domain`), so they live here rather than in the
 * store; the store owns the table shape, which this only follows: partition
 * keys start with the tenant (`t#…`) or a platform prefix (`p#…`), and
 * `expiresAt` is the table's TTL attribute.
 *
 * TODO(store): move into `packages/store` as a repository once its owner is free.
 */
const SORT_KEY = 'ephemeral';

export class EphemeralRecords {
  constructor(
    private readonly document: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly now: () => Date,
  ) {}

  /** The record's data, or undefined when absent or past its TTL (DynamoDB deletes lazily). */
  async get(key: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.document.send(
      new GetCommand({
        TableName: this.table,
        Key: { [TABLE_PARTITION_KEY]: key, [TABLE_SORT_KEY]: SORT_KEY },
        ConsistentRead: true,
      }),
    );
    if (Item === undefined) return undefined;
    const expiresAt = Item[TABLE_TTL_ATTRIBUTE];
    if (typeof expiresAt === 'number' && expiresAt <= epochSeconds(this.now())) return undefined;
    const data = Item.data;
    return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined;
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
          Item: {
            [TABLE_PARTITION_KEY]: key,
            [TABLE_SORT_KEY]: SORT_KEY,
            [TABLE_TTL_ATTRIBUTE]: nowEpoch + ttlSeconds,
            data,
          },
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
      if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.document.send(
      new DeleteCommand({
        TableName: this.table,
        Key: { [TABLE_PARTITION_KEY]: key, [TABLE_SORT_KEY]: SORT_KEY },
      }),
    );
  }
}
