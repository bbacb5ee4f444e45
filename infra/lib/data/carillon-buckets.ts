import { BUCKET_DEFINITIONS, type BucketDefinition, bucketName } from '@carillon/store';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  type LifecycleRule,
  ObjectOwnership,
  StorageClass,
} from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { PINNED_LOGICAL_IDS } from '../pinned-logical-ids';

export type BucketRole = BucketDefinition['role'];

/** A multipart upload abandoned mid-way (a dropped recording upload) is billed until aborted. */
const ABORT_INCOMPLETE_UPLOADS_AFTER = Duration.days(7);
/** Voicemail a user deleted stays recoverable this long, then is really gone. */
const NONCURRENT_MEDIA_RETENTION = Duration.days(30);
/** Server access logs answer "who fetched this recording"; a year covers a billing dispute. */
const ACCESS_LOG_RETENTION = Duration.days(365);

/**
 * Media (voicemail, recordings, prompts) cannot be recreated, so it is
 * versioned against an overwrite or delete by mistake; exports can be
 * regenerated from the table and are not.
 */
const VERSIONED_ROLES: ReadonlySet<BucketRole> = new Set(['media']);

/** Settings every Carillon bucket shares: private, encrypted, TLS only, owner-enforced. */
const COMMON_BUCKET_SETTINGS = {
  encryption: BucketEncryption.S3_MANAGED,
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
  removalPolicy: RemovalPolicy.RETAIN,
} as const;

export function lifecycleRulesFor(definition: BucketDefinition): LifecycleRule[] {
  const rules: LifecycleRule[] = [
    {
      id: 'abort-incomplete-multipart-uploads',
      abortIncompleteMultipartUploadAfter: ABORT_INCOMPLETE_UPLOADS_AFTER,
    },
  ];
  if (definition.expireAfterDays !== undefined) {
    rules.push({ id: 'expire-objects', expiration: Duration.days(definition.expireAfterDays) });
  }
  if (definition.infrequentAccessAfterDays !== undefined) {
    rules.push({
      id: 'move-to-infrequent-access',
      transitions: [
        {
          storageClass: StorageClass.INFREQUENT_ACCESS,
          transitionAfter: Duration.days(definition.infrequentAccessAfterDays),
        },
      ],
    });
  }
  if (VERSIONED_ROLES.has(definition.role)) {
    rules.push({
      id: 'expire-noncurrent-versions',
      noncurrentVersionExpiration: NONCURRENT_MEDIA_RETENTION,
      expiredObjectDeleteMarker: true,
    });
  }
  return rules;
}

/** The target of every Carillon bucket's server access logs. */
export function createAccessLogBucket(scope: Construct): Bucket {
  const bucket = new Bucket(scope, 'AccessLogBucket', {
    ...COMMON_BUCKET_SETTINGS,
    lifecycleRules: [
      { id: 'expire-access-logs', expiration: ACCESS_LOG_RETENTION },
      {
        id: 'abort-incomplete-multipart-uploads',
        abortIncompleteMultipartUploadAfter: ABORT_INCOMPLETE_UPLOADS_AFTER,
      },
    ],
  });
  (bucket.node.defaultChild as CfnBucket).overrideLogicalId(PINNED_LOGICAL_IDS.accessLogBucket);
  Validations.of(bucket).acknowledge({
    id: 'AwsSolutions-S1',
    reason:
      'This is the server-access-log target of the Carillon buckets; logging its own access would write a log record for every log delivery, without end.',
  });
  return bucket;
}

/**
 * One bucket per `BUCKET_DEFINITIONS` entry. Names are fixed
 * (`<prefix>-<role>`, `bucketName` from `@carillon/store`) because the
 * functions find a bucket by role from `CARILLON_BUCKET_PREFIX`, exactly as in
 * the embedded stack; the prefix carries account and region, so it is unique.
 */
export function createCarillonBuckets(
  scope: Construct,
  props: { readonly bucketPrefix: string; readonly accessLogBucket: Bucket },
): Record<BucketRole, Bucket> {
  const entries = BUCKET_DEFINITIONS.map((definition): [BucketRole, Bucket] => {
    const logicalId = PINNED_LOGICAL_IDS.bucket[definition.role];
    const bucket = new Bucket(scope, logicalId, {
      ...COMMON_BUCKET_SETTINGS,
      bucketName: bucketName(props.bucketPrefix, definition.role),
      versioned: VERSIONED_ROLES.has(definition.role),
      serverAccessLogsBucket: props.accessLogBucket,
      serverAccessLogsPrefix: `${definition.role}/`,
      lifecycleRules: lifecycleRulesFor(definition),
    });
    (bucket.node.defaultChild as CfnBucket).overrideLogicalId(logicalId);
    return [definition.role, bucket];
  });
  return Object.fromEntries(entries) as Record<BucketRole, Bucket>;
}
