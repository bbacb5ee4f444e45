import { DescribeTableCommand, DescribeTimeToLiveCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { BUCKET_DEFINITIONS, bucketName, TABLE_INDEXES, TABLE_TTL_ATTRIBUTE } from '@carillon/store';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './ports';
import { startStorageStack } from './storage-stack';

describe('storage stack (the global setup started one)', () => {
  const dynamodb = new DynamoDBClient({});
  const s3 = new S3Client({ forcePathStyle: true });
  afterAll(() => {
    dynamodb.destroy();
    s3.destroy();
  });

  it('created the table from the schema module, with its indexes and TTL', async () => {
    const table = await dynamodb.send(
      new DescribeTableCommand({ TableName: process.env.CARILLON_TABLE_NAME }),
    );
    const indexNames = table.Table?.GlobalSecondaryIndexes?.map((i) => i.IndexName).sort();
    expect(indexNames).toEqual(TABLE_INDEXES.map((i) => i.name).sort());
    const ttl = await dynamodb.send(
      new DescribeTimeToLiveCommand({ TableName: process.env.CARILLON_TABLE_NAME }),
    );
    expect(ttl.TimeToLiveDescription?.AttributeName).toBe(TABLE_TTL_ATTRIBUTE);
  });

  it('created every bucket of the bucket definitions', async () => {
    for (const definition of BUCKET_DEFINITIONS) {
      const bucket = bucketName(process.env.CARILLON_BUCKET_PREFIX!, definition.role);
      await expect(s3.send(new HeadBucketCommand({ Bucket: bucket }))).resolves.toBeDefined();
    }
  });
});

describe('startStorageStack', () => {
  it('refuses a port already in use with a message naming the service and the option', async () => {
    const { createServer } = await import('node:net');
    const port = await freePort();
    const blocker = createServer().listen(port, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    try {
      await expect(startStorageStack({ dynamodbPort: port, s3Port: 0 })).rejects.toThrow(
        new RegExp(`port ${port} for DynamoDB Local is already in use.*--dynamodb-port`),
      );
    } finally {
      blocker.close();
    }
  });
});
