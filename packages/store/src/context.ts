import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CursorCodec } from './cursor';
import type { LooseEntity } from './entities/loose-entity';

/** What every repository shares: the table, the client, the cursor signer and the clock. */
export interface StoreContext {
  readonly table: string;
  readonly document: DynamoDBDocumentClient;
  readonly cursors: CursorCodec;
  readonly guards: { readonly tenant: LooseEntity; readonly platform: LooseEntity };
  /** Injectable so that TTL and time-partitioned keys are testable. */
  readonly now: () => Date;
}

/** Every tenant-scoped method takes one; a request context object can be passed as it is. */
export interface TenantScope {
  readonly tenantId: string;
}

export interface WriteCondition {
  /** The version the caller read; the write fails with ConflictError if the item moved on. */
  readonly expectedVersion: number;
}
