import { BUCKET_DEFINITIONS, bucketName } from '@carillon/store';
import { Validations } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { grantTableItemsReadWrite, grantTenantObjectsReadWrite } from '../data/tenant-data-grants';
import { REPO_PATHS } from '../repo-paths';
import { CarillonFunction } from './carillon-function';
import { type ApiThrottle, PublicHttpApi } from './http-api';

export interface ControlPlaneConstructProps {
  readonly stageName: string;
  readonly table: ITable;
  /**
   * Bucket names are `<prefix>-<role>` (`bucketName` in `@carillon/store`).
   * The buckets are found by name, as the function finds them, so this stack
   * needs no output of the stateful stack for them.
   */
  readonly bucketPrefix: string;
  readonly throttle?: ApiThrottle;
  readonly reservedConcurrentExecutions?: number;
}

/** A modest default: enough for a few hundred tenants' portals, low enough to cap a runaway client's bill. */
const DEFAULT_THROTTLE: ApiThrottle = { rateLimit: 200, burstLimit: 400 };

/**
 * The control plane's public face: the `functions/api` hono app on Lambda
 * behind an HTTP API. Later apps (call-control, cdr, provisioning) join here
 * as further `CarillonFunction`s.
 */
export class ControlPlaneConstruct extends Construct {
  readonly api: CarillonFunction;
  readonly httpApi: PublicHttpApi;
  /** The API's secrets as one JSON object (API_SECRET_VARIABLES in functions/api/src/config.ts). */
  readonly apiSecrets: Secret;

  constructor(scope: Construct, id: string, props: ControlPlaneConstructProps) {
    super(scope, id);
    // Generated at deploy time, so no one ever sees the signing secret; operators add
    // MAIL_SMTP_URL, CARILLON_OPERATOR_KEY_HASHES and CARILLON_TOTP_KEY to the same JSON.
    this.apiSecrets = new Secret(this, 'ApiSecrets', {
      description: `Carillon ${props.stageName} API secrets (JSON: CARILLON_API_SECRET, MAIL_SMTP_URL, …)`,
      generateSecretString: {
        secretStringTemplate: '{}',
        generateStringKey: 'CARILLON_API_SECRET',
        excludePunctuation: true,
        passwordLength: 64,
      },
    });
    Validations.of(this.apiSecrets).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The API secret signs sessions, CSRF tokens and cursors; rotating it logs every user out, so it is rotated deliberately by operators, not on a schedule.',
    });
    this.api = new CarillonFunction(this, 'ApiFunction', {
      entry: REPO_PATHS.apiLambdaEntry,
      description: `Carillon ${props.stageName} public API (functions/api)`,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      environment: {
        CARILLON_STAGE: props.stageName,
        CARILLON_TABLE_NAME: props.table.tableName,
        CARILLON_BUCKET_PREFIX: props.bucketPrefix,
        CARILLON_SECRETS_ARN: this.apiSecrets.secretArn,
      },
    });
    this.apiSecrets.grantRead(this.api.role);
    grantTableItemsReadWrite(props.table, this.api.role);
    for (const { role } of BUCKET_DEFINITIONS) {
      const bucket = Bucket.fromBucketName(this, `${role}Bucket`, bucketName(props.bucketPrefix, role));
      grantTenantObjectsReadWrite(bucket, this.api.role);
    }
    this.httpApi = new PublicHttpApi(this, 'HttpApi', {
      handler: this.api.function,
      throttle: props.throttle ?? DEFAULT_THROTTLE,
    });
  }
}
