import { TABLE_INDEXES } from '@carillon/store';
import { Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import { nagResourceFinding } from '../nag-finding';

/**
 * Object keys always start with the tenant (`t/<tenantId>/…`, see
 * `@carillon/store` bucket definitions and `@carillon/domain` audio files), so
 * the functions never need anything outside `t/`.
 */
export const TENANT_OBJECT_KEY_PATTERN = 't/*';

/**
 * Item-level actions only: no Scan (every access pattern is a key lookup or a
 * Query) and no table management; DescribeTable is read-only metadata, used
 * by the readiness check. Transactions need no actions of their own: DynamoDB
 * checks the Put/Update/Delete/ConditionCheck inside them.
 */
const ITEM_ACTIONS = [
  'dynamodb:DescribeTable',
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
];

const OBJECT_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'];

/**
 * Read/write on the table's items and Query on each declared index, by exact
 * ARN: the index names come from the table definition, so no `index/*`.
 * Granted on the principal only, so the stateful stack never changes when a
 * function is added.
 */
export function grantTableItemsReadWrite(table: ITable, grantee: IGrantable): Grant {
  const items = Grant.addToPrincipal({ grantee, actions: ITEM_ACTIONS, resourceArns: [table.tableArn] });
  const indexes = Grant.addToPrincipal({
    grantee,
    actions: ['dynamodb:Query'],
    resourceArns: TABLE_INDEXES.map((index) => `${table.tableArn}/index/${index.name}`),
  });
  return items.combine(indexes);
}

/**
 * Read/write on the tenant key space of one bucket, and listing within it.
 * The object ARN must end in a wildcard (keys are made at run time), so the
 * grant acknowledges exactly that one finding on the grantee.
 */
export function grantTenantObjectsReadWrite(bucket: IBucket, grantee: IGrantable & IConstruct): Grant {
  const tenantObjects = bucket.arnForObjects(TENANT_OBJECT_KEY_PATTERN);
  const objects = Grant.addToPrincipal({ grantee, actions: OBJECT_ACTIONS, resourceArns: [tenantObjects] });
  Validations.of(grantee).acknowledge({
    id: `AwsSolutions-IAM5[${nagResourceFinding(grantee, tenantObjects)}]`,
    reason:
      'Object keys are created at run time under t/<tenantId>/; the wildcard is confined to the tenant key space of this one Carillon bucket, and tenant isolation is enforced by the store code that builds every key.',
  });
  const listing = Grant.addToPrincipal({
    grantee,
    actions: ['s3:ListBucket'],
    resourceArns: [bucket.bucketArn],
    conditions: { StringLike: { 's3:prefix': [TENANT_OBJECT_KEY_PATTERN] } },
  });
  return objects.combine(listing);
}
