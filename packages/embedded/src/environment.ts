export interface StackEndpoints {
  readonly dynamodbEndpoint: string;
  readonly s3Endpoint: string;
  readonly tableName: string;
  readonly bucketPrefix: string;
}

/**
 * The environment every process of the embedded stack runs with. Endpoints
 * reach the code only through the AWS SDK's standard variables, so the same
 * code runs against AWS when they are absent — no `if (local)` anywhere.
 * The credentials are s3rver's built-in key pair: s3rver verifies SigV4
 * signatures (presigned URLs included) against it, and DynamoDB Local accepts
 * any alphanumeric key.
 */
export function stackEnvironment(endpoints: StackEndpoints): Record<string, string> {
  return {
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodbEndpoint,
    AWS_ENDPOINT_URL_S3: endpoints.s3Endpoint,
    AWS_REGION: process.env.AWS_REGION ?? 'eu-central-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    CARILLON_TABLE_NAME: endpoints.tableName,
    CARILLON_BUCKET_PREFIX: endpoints.bucketPrefix,
    CARILLON_S3_FORCE_PATH_STYLE: 'true',
  };
}
