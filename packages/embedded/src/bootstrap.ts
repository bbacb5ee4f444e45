import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { BUCKET_DEFINITIONS, bucketName, createTableInput, TABLE_TTL_ATTRIBUTE } from '@carillon/store';

/**
 * Creates the table and buckets if they are missing — from the same schema
 * module the CDK stack uses — and leaves existing data alone, so a restart
 * of the embedded stack keeps everything.
 */
export async function bootstrapStorage(tableName: string, bucketPrefix: string): Promise<void> {
  const dynamodb = new DynamoDBClient({});
  const s3 = new S3Client({ forcePathStyle: true });
  try {
    await ensureTable(dynamodb, tableName);
    for (const definition of BUCKET_DEFINITIONS) {
      await ensureBucket(s3, bucketName(bucketPrefix, definition.role));
    }
  } finally {
    dynamodb.destroy();
    s3.destroy();
  }
}

async function ensureTable(client: DynamoDBClient, tableName: string) {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  }
  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (ttl.TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TABLE_TTL_ATTRIBUTE, Enabled: true },
      }),
    );
  }
}

async function ensureBucket(client: S3Client, name: string) {
  try {
    await client.send(new HeadBucketCommand({ Bucket: name }));
  } catch {
    await client.send(new CreateBucketCommand({ Bucket: name }));
  }
}
