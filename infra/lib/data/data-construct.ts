import { Aws } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { type BucketRole, createAccessLogBucket, createCarillonBuckets } from './carillon-buckets';
import { createCarillonTable } from './carillon-table';

export interface DataConstructProps {
  readonly stageName: string;
  readonly contributorInsights?: boolean;
}

/**
 * Everything Carillon stores: the single table and the blob buckets. Lives in
 * the stateful stack; the functions reach it through `tableName` and
 * `bucketPrefix`, passed as environment variables.
 */
export class DataConstruct extends Construct {
  readonly table: Table;
  readonly buckets: Readonly<Record<BucketRole, Bucket>>;
  readonly accessLogBucket: Bucket;
  /** `CARILLON_BUCKET_PREFIX`: bucket names are `<prefix>-<role>`. */
  readonly bucketPrefix: string;

  constructor(scope: Construct, id: string, props: DataConstructProps) {
    super(scope, id);
    // Account and region make the fixed bucket names globally unique; as
    // pseudo-parameters they resolve in whichever stack reads them, so the
    // prefix crosses stacks without an export.
    this.bucketPrefix = `carillon-${props.stageName}-${Aws.ACCOUNT_ID}-${Aws.REGION}`;
    this.table = createCarillonTable(this, { contributorInsights: props.contributorInsights ?? false });
    this.accessLogBucket = createAccessLogBucket(this);
    this.buckets = createCarillonBuckets(this, {
      bucketPrefix: this.bucketPrefix,
      accessLogBucket: this.accessLogBucket,
    });
  }
}
