import { join } from 'node:path';
import { bootstrapStorage } from './bootstrap';
import { type RunningService, startDynamoDbLocal } from './dynamodb-local';
import { type StackEndpoints, stackEnvironment } from './environment';
import { resolvePort } from './ports';
import { startS3Server } from './s3-server';

export interface StorageStackOptions {
  /** 0 picks a free port. */
  readonly dynamodbPort: number;
  readonly s3Port: number;
  /** Where data persists; undefined keeps it in memory (and a temp dir for S3). */
  readonly dataDir?: string;
  readonly tableName?: string;
  readonly bucketPrefix?: string;
}

export interface StorageStack extends StackEndpoints {
  readonly env: Record<string, string>;
  readonly services: readonly RunningService[];
  stop(): Promise<void>;
}

/** Where the storage stack will listen for fixed ports, known before it starts. */
export function storageEndpoints(options: StorageStackOptions): StackEndpoints {
  return {
    dynamodbEndpoint: `http://127.0.0.1:${options.dynamodbPort}`,
    s3Endpoint: `http://127.0.0.1:${options.s3Port}`,
    tableName: options.tableName ?? 'carillon',
    bucketPrefix: options.bucketPrefix ?? 'carillon',
  };
}

/**
 * The storage half of the embedded stack: DynamoDB Local and an S3-API
 * server, with the table and buckets created. Used by the start command and
 * by the integration tests' global setup alike.
 */
export async function startStorageStack(options: StorageStackOptions): Promise<StorageStack> {
  const dynamodbPort = await resolvePort(options.dynamodbPort, 'DynamoDB Local', '--dynamodb-port');
  const s3Port = await resolvePort(options.s3Port, 'the S3 server', '--s3-port');
  const [dynamodb, s3] = await Promise.all([
    startDynamoDbLocal({
      port: dynamodbPort,
      ...(options.dataDir ? { dataDir: join(options.dataDir, 'dynamodb') } : {}),
    }),
    startS3Server({ port: s3Port, ...(options.dataDir ? { dataDir: join(options.dataDir, 's3') } : {}) }),
  ]);
  const endpoints: StackEndpoints = {
    ...storageEndpoints(options),
    dynamodbEndpoint: dynamodb.endpoint,
    s3Endpoint: s3.endpoint,
  };
  const env = stackEnvironment(endpoints);
  const stop = async () => {
    await Promise.allSettled([dynamodb.stop(), s3.stop()]);
  };
  try {
    Object.assign(process.env, env);
    await bootstrapStorage(endpoints.tableName, endpoints.bucketPrefix);
  } catch (error) {
    await stop();
    throw error;
  }
  return { ...endpoints, env, services: [dynamodb, s3], stop };
}
