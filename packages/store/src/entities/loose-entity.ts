import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Entity } from 'electrodb';
import type { ElectroSchema } from './define';

/**
 * The slice of ElectroDB's Entity API the repositories use. ElectroDB types an
 * entity precisely from a literal schema, but repositories generic over many
 * entities cannot name those types; each entity's domain zod schema types (and
 * validates) the data instead, so this view is deliberately loose.
 */
export type Composite = Readonly<Record<string, unknown>>;

export interface WhereOperations {
  eq(attribute: unknown, value: unknown): string;
  gt(attribute: unknown, value: unknown): string;
  exists(attribute: unknown): string;
  notExists(attribute: unknown): string;
  contains(attribute: unknown, value: unknown): string;
}

export type WhereCallback = (attributes: Record<string, unknown>, operations: WhereOperations) => string;

/** A DynamoDB TransactWriteItems entry as ElectroDB's `commit()` produces it (document-client form). */
export interface TransactItem {
  readonly Put?: Record<string, unknown>;
  readonly Delete?: Record<string, unknown>;
  readonly Update?: Record<string, unknown>;
  readonly ConditionCheck?: Record<string, unknown>;
}

export interface WriteOperation {
  where(callback: WhereCallback): WriteOperation;
  commit(): TransactItem;
  go(options?: object): Promise<{ data: unknown }>;
}

export interface QueryOperation {
  where(callback: WhereCallback): QueryOperation;
  between(start: Composite, end: Composite): QueryOperation;
  gte(composite: Composite): QueryOperation;
  lt(composite: Composite): QueryOperation;
  go(options: {
    count?: number;
    /** DynamoDB's Limit: items read per request (before filters). */
    limit?: number;
    cursor?: string | null;
    pages?: number | 'all';
    order?: 'asc' | 'desc';
  }): Promise<{
    data: unknown[];
    cursor: string | null;
  }>;
}

export interface LooseEntity {
  get(key: Composite): { go(options?: { consistent?: boolean }): Promise<{ data: unknown }> };
  create(item: Composite): WriteOperation;
  put(item: Composite): WriteOperation;
  delete(key: Composite): WriteOperation;
  query: Readonly<Record<string, (composite: Composite) => QueryOperation>>;
}

export function createEntity(
  schema: ElectroSchema,
  table: string,
  client: DynamoDBDocumentClient,
): LooseEntity {
  // ElectroDB validates the schema at runtime; the compile-time view is LooseEntity (see above).
  return new Entity(schema as never, { table, client }) as unknown as LooseEntity;
}
