import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
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
  it('keeps table items and objects across a restart when given a data directory', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'carillon-restart-'));
    const saved = { ...process.env };
    try {
      const first = await startStorageStack({ dynamodbPort: 0, s3Port: 0, dataDir, tableName: 'restart' });
      const put = async () => {
        const dynamodb = new DynamoDBClient({});
        const s3 = new S3Client({ forcePathStyle: true });
        await dynamodb.send(
          new PutItemCommand({
            TableName: 'restart',
            Item: { pk: { S: 'p' }, sk: { S: 's' }, v: { S: 'kept' } },
          }),
        );
        await s3.send(new PutObjectCommand({ Bucket: 'carillon-media', Key: 'k', Body: 'kept' }));
        dynamodb.destroy();
        s3.destroy();
      };
      await put();
      await first.stop();

      const second = await startStorageStack({ dynamodbPort: 0, s3Port: 0, dataDir, tableName: 'restart' });
      const dynamodb = new DynamoDBClient({});
      const s3 = new S3Client({ forcePathStyle: true });
      try {
        const item = await dynamodb.send(
          new GetItemCommand({ TableName: 'restart', Key: { pk: { S: 'p' }, sk: { S: 's' } } }),
        );
        expect(item.Item?.v?.S).toBe('kept');
        const object = await s3.send(new GetObjectCommand({ Bucket: 'carillon-media', Key: 'k' }));
        expect(await object.Body?.transformToString()).toBe('kept');
      } finally {
        dynamodb.destroy();
        s3.destroy();
        await second.stop();
      }
    } finally {
      // The stack points the SDK variables at itself; give the other tests theirs back.
      Object.assign(process.env, saved);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

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
