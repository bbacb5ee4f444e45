import {
  BUCKET_DEFINITIONS,
  TABLE_INDEXES,
  TABLE_PARTITION_KEY,
  TABLE_SORT_KEY,
  TABLE_TTL_ATTRIBUTE,
} from '@carillon/store';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CarillonAppFixture, carillonApp } from './carillon-app-fixture';

interface CfnResource {
  readonly Type: string;
  readonly Properties?: Record<string, unknown>;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

let fixture: CarillonAppFixture;
let template: Template;
let resources: Record<string, CfnResource>;

beforeAll(() => {
  fixture = carillonApp();
  template = Template.fromStack(fixture.stacks.stateful);
  resources = template.toJSON().Resources as Record<string, CfnResource>;
}, 60_000);
afterAll(() => fixture?.dispose());

function resource(logicalId: string): CfnResource {
  const found = resources[logicalId];
  if (found === undefined) throw new Error(`no resource ${logicalId} in the stateful stack`);
  return found;
}

function propertiesOf(logicalId: string): Record<string, unknown> {
  return resource(logicalId).Properties ?? {};
}

function lifecycleRulesOf(logicalId: string): Record<string, unknown>[] {
  const configuration = propertiesOf(logicalId).LifecycleConfiguration as {
    Rules?: Record<string, unknown>[];
  };
  return configuration?.Rules ?? [];
}

describe('stateful stack: pinned logical IDs', () => {
  // These literals are the contract with already-deployed stacks: CloudFormation
  // replaces (deletes) a resource whose logical ID changes. Do not derive them.
  it.each([
    ['CarillonTable', 'AWS::DynamoDB::Table'],
    ['CarillonMediaBucket', 'AWS::S3::Bucket'],
    ['CarillonExportsBucket', 'AWS::S3::Bucket'],
    ['CarillonAccessLogBucket', 'AWS::S3::Bucket'],
  ])('keeps %s as the logical ID of the %s, so a refactor never replaces stored data', (logicalId, type) => {
    expect(resource(logicalId).Type).toBe(type);
  });

  it('retains every table and bucket when the stack or the resource is removed', () => {
    const stateful = Object.entries(resources).filter(([, r]) =>
      ['AWS::DynamoDB::Table', 'AWS::S3::Bucket'].includes(r.Type),
    );
    expect(stateful.map(([id]) => id).sort()).toEqual(
      ['CarillonAccessLogBucket', 'CarillonExportsBucket', 'CarillonMediaBucket', 'CarillonTable'].sort(),
    );
    for (const [, r] of stateful) {
      expect(r.DeletionPolicy).toBe('Retain');
      expect(r.UpdateReplacePolicy).toBe('Retain');
    }
  });

  it('holds no compute, so a code deploy can never touch the stateful stack', () => {
    template.resourceCountIs('AWS::Lambda::Function', 0);
    template.resourceCountIs('AWS::IAM::Role', 0);
  });
});

describe('stateful stack: the table follows the table definition', () => {
  it('uses the partition and sort keys of the definition', () => {
    expect(propertiesOf('CarillonTable').KeySchema).toEqual([
      { AttributeName: TABLE_PARTITION_KEY, KeyType: 'HASH' },
      { AttributeName: TABLE_SORT_KEY, KeyType: 'RANGE' },
    ]);
  });

  it('declares exactly the secondary indexes of the definition, projecting all attributes', () => {
    const indexes = propertiesOf('CarillonTable').GlobalSecondaryIndexes;
    expect(indexes).toEqual(
      TABLE_INDEXES.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
  });

  it('defines every key attribute as a string and nothing else', () => {
    const keys = [
      TABLE_PARTITION_KEY,
      TABLE_SORT_KEY,
      ...TABLE_INDEXES.flatMap((i) => [i.partitionKey, i.sortKey]),
    ];
    const definitions = propertiesOf('CarillonTable').AttributeDefinitions as unknown[];
    expect(definitions).toHaveLength(keys.length);
    expect(definitions).toEqual(
      expect.arrayContaining(keys.map((name) => ({ AttributeName: name, AttributeType: 'S' }))),
    );
  });

  it('expires items by the TTL attribute the store writes', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: TABLE_TTL_ATTRIBUTE, Enabled: true },
    });
  });

  it('is on-demand, point-in-time recoverable, KMS-encrypted and deletion-protected', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      DeletionProtectionEnabled: true,
    });
  });
});

describe('stateful stack: buckets follow the bucket definitions', () => {
  const logicalIdOf = (role: string) => `Carillon${role[0]?.toUpperCase()}${role.slice(1)}Bucket`;

  it.each(BUCKET_DEFINITIONS.map((d) => [d.role, d] as const))(
    'the %s bucket is private, S3-encrypted and logs access to the access-log bucket',
    (role) => {
      const props = propertiesOf(logicalIdOf(role));
      expect(props.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(props.BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      });
      expect(props.LoggingConfiguration).toEqual({
        DestinationBucketName: { Ref: 'CarillonAccessLogBucket' },
        LogFilePrefix: `${role}/`,
      });
    },
  );

  it.each(BUCKET_DEFINITIONS.map((d) => [d.role, d] as const))(
    'the %s bucket carries the lifecycle of its definition and aborts stale multipart uploads',
    (role, definition) => {
      const rules = lifecycleRulesOf(logicalIdOf(role));
      expect(rules).toContainEqual(
        expect.objectContaining({
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 },
          Status: 'Enabled',
        }),
      );
      const expirations = rules.filter((rule) => (rule as { ExpirationInDays?: number }).ExpirationInDays);
      expect(expirations).toEqual(
        definition.expireAfterDays === undefined
          ? []
          : [expect.objectContaining({ ExpirationInDays: definition.expireAfterDays })],
      );
      const transitions = rules.flatMap((rule) => (rule as { Transitions?: unknown[] }).Transitions ?? []);
      expect(transitions).toEqual(
        definition.infrequentAccessAfterDays === undefined
          ? []
          : [{ StorageClass: 'STANDARD_IA', TransitionInDays: definition.infrequentAccessAfterDays }],
      );
    },
  );

  it('versions media, which cannot be recreated, and expires its old versions', () => {
    expect(propertiesOf('CarillonMediaBucket').VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(lifecycleRulesOf('CarillonMediaBucket')).toContainEqual(
      expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
    );
    expect(propertiesOf('CarillonExportsBucket').VersioningConfiguration).toBeUndefined();
  });

  it('names each bucket <prefix>-<role>, the name the functions derive from CARILLON_BUCKET_PREFIX', () => {
    const stack = fixture.stacks.stateful;
    const prefix = stack.resolve(fixture.stacks.stateful.data.bucketPrefix) as {
      'Fn::Join': [string, unknown[]];
    };
    for (const { role } of BUCKET_DEFINITIONS) {
      expect(propertiesOf(logicalIdOf(role)).BucketName).toEqual({
        'Fn::Join': ['', [...prefix['Fn::Join'][1], `-${role}`]],
      });
    }
  });

  it('denies every request to every bucket that does not use TLS 1.2 or later', () => {
    const policies = template.findResources('AWS::S3::BucketPolicy');
    const bucketsWithPolicies = Object.values(policies).map(
      (p) => (p as { Properties: { Bucket: { Ref: string } } }).Properties.Bucket.Ref,
    );
    expect(bucketsWithPolicies.sort()).toEqual(
      ['CarillonAccessLogBucket', 'CarillonExportsBucket', 'CarillonMediaBucket'].sort(),
    );
    for (const policy of Object.values(policies)) {
      expect(policy).toMatchObject({
        Properties: {
          PolicyDocument: {
            Statement: expect.arrayContaining([
              expect.objectContaining({
                Effect: 'Deny',
                Action: 's3:*',
                Principal: { AWS: '*' },
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              }),
              expect.objectContaining({
                Effect: 'Deny',
                Action: 's3:*',
                Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
              }),
            ]),
          },
        },
      });
    }
  });

  it('grants nothing to functions in bucket policies: access is granted on the function role instead', () => {
    for (const logicalId of ['CarillonMediaBucket', 'CarillonExportsBucket']) {
      const policy = Object.values(template.findResources('AWS::S3::BucketPolicy')).find(
        (p) => (p as { Properties: { Bucket: { Ref: string } } }).Properties.Bucket.Ref === logicalId,
      ) as { Properties: { PolicyDocument: { Statement: { Effect: string }[] } } };
      expect(policy.Properties.PolicyDocument.Statement.map((s) => s.Effect)).toEqual(['Deny', 'Deny']);
    }
  });

  it('lets S3 log delivery write into the access-log bucket by policy, not by ACL', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: 'CarillonAccessLogBucket' },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'logging.s3.amazonaws.com' },
            Action: 's3:PutObject',
          }),
        ]),
      },
    });
    expect(propertiesOf('CarillonAccessLogBucket').AccessControl).toBeUndefined();
  });
});
