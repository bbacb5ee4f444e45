import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Clients read only the SDK's standard configuration (region, credentials and
 * the service endpoints `AWS_ENDPOINT_URL_DYNAMODB` / `AWS_ENDPOINT_URL_S3`,
 * which SDK v3 honours on its own). The embedded stack and AWS therefore run
 * the same code; there is deliberately no "local mode" here.
 */
export interface DynamoClients {
  readonly client: DynamoDBClient;
  /** Marshals plain JavaScript values; ElectroDB and the repositories use this one. */
  readonly document: DynamoDBDocumentClient;
}

export function createDynamoClients(config: DynamoDBClientConfig = {}): DynamoClients {
  const client = new DynamoDBClient(config);
  const document = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { client, document };
}

export interface S3ClientOptions extends S3ClientConfig {
  /**
   * Path-style addressing (`http://host/bucket/key`). S3-API servers on
   * 127.0.0.1 need it; the embedded stack sets it through its config
   * (`CARILLON_S3_FORCE_PATH_STYLE=true`). AWS uses virtual-hosted style.
   */
  readonly forcePathStyle?: boolean;
}

export function createS3Client(options: S3ClientOptions = {}): S3Client {
  const { forcePathStyle, ...config } = options;
  return new S3Client({
    ...config,
    ...(forcePathStyle === true ? { forcePathStyle: true } : {}),
    // Newer SDKs add CRC checksums to every request by default; S3-API servers
    // other than AWS may reject or ignore them, and S3 itself does not need them
    // unless the operation requires one.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}
