import { TABLE_INDEXES, TABLE_PARTITION_KEY, TABLE_SORT_KEY, TABLE_TTL_ATTRIBUTE } from '@carillon/store';
import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, type CfnTable, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import { PINNED_LOGICAL_IDS } from '../pinned-logical-ids';

export interface CarillonTableProps {
  /** Contributor Insights costs per rule; worth it where hot keys must be found. */
  readonly contributorInsights?: boolean;
}

/**
 * The single Carillon table, built from `@carillon/store`'s table definition so
 * the deployed shape and the embedded bootstrap's cannot drift apart.
 *
 * The name is generated (not fixed) and reaches the functions as
 * `CARILLON_TABLE_NAME`; the logical ID is pinned, so moving this code never
 * makes CloudFormation replace the table and its data.
 */
export function createCarillonTable(scope: Construct, props: CarillonTableProps): Table {
  const table = new Table(scope, 'Table', {
    partitionKey: { name: TABLE_PARTITION_KEY, type: AttributeType.STRING },
    sortKey: { name: TABLE_SORT_KEY, type: AttributeType.STRING },
    timeToLiveAttribute: TABLE_TTL_ATTRIBUTE,
    // On-demand: a PBX is idle at night and busy at 9:00; nothing to size.
    billingMode: BillingMode.PAY_PER_REQUEST,
    // The AWS managed key (aws/dynamodb) logs every use in CloudTrail without
    // a key policy to maintain; a customer managed key is a later choice.
    encryption: TableEncryption.AWS_MANAGED,
    pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
    deletionProtection: true,
    contributorInsightsSpecification: { enabled: props.contributorInsights ?? false },
    removalPolicy: RemovalPolicy.RETAIN,
  });
  for (const index of TABLE_INDEXES) {
    table.addGlobalSecondaryIndex({
      indexName: index.name,
      partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
      sortKey: { name: index.sortKey, type: AttributeType.STRING },
    });
  }
  (table.node.defaultChild as CfnTable).overrideLogicalId(PINNED_LOGICAL_IDS.table);
  return table;
}
