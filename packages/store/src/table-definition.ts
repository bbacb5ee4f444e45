import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The single source of the Carillon table's shape. The CDK stateful stack
 * (`infra/`) and the embedded bootstrap both build the table from this module,
 * so the deployed table and the local one cannot drift apart.
 *
 * Single-table design: every item's partition key starts with its tenant
 * (`t#<tenantId>…`), platform-level items (resellers) with `r#`. Secondary
 * indexes are generic (`gsi1pk`/`gsi1sk` …); which entity uses which index is
 * declared with the entity, never hand-built in a repository.
 */
export const TABLE_PARTITION_KEY = 'pk';
export const TABLE_SORT_KEY = 'sk';
/** Epoch seconds; DynamoDB deletes the item some time after this instant. */
export const TABLE_TTL_ATTRIBUTE = 'expiresAt';

export interface TableIndexDefinition {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey: string;
}

export const TABLE_INDEXES: readonly TableIndexDefinition[] = [
  { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
];

/** CreateTable input for a table of this shape (used by the local bootstrap; CDK maps the same constants). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const keyAttributes = [
    TABLE_PARTITION_KEY,
    TABLE_SORT_KEY,
    ...TABLE_INDEXES.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: TABLE_PARTITION_KEY, KeyType: 'HASH' },
      { AttributeName: TABLE_SORT_KEY, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: TABLE_INDEXES.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}
