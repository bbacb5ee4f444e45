import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUCKET_DEFINITIONS, TABLE_INDEXES } from '@carillon/store';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CarillonAppFixture, carillonApp } from './carillon-app-fixture';

interface PolicyStatement {
  readonly Effect: string;
  readonly Action: string | string[];
  readonly Resource: unknown;
}

let fixture: CarillonAppFixture;
let template: Template;

beforeAll(() => {
  // The real NodejsFunction path: esbuild from node_modules, no Docker.
  fixture = carillonApp({ bundle: true });
  template = Template.fromStack(fixture.stacks.stateless);
}, 120_000);
afterAll(() => fixture?.dispose());

function roleStatements(): PolicyStatement[] {
  return Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
    (policy) =>
      (policy as { Properties: { PolicyDocument: { Statement: PolicyStatement[] } } }).Properties
        .PolicyDocument.Statement,
  );
}

function actionsOf(statement: PolicyStatement): string[] {
  return Array.isArray(statement.Action) ? statement.Action : [statement.Action];
}

/** The staged asset of the API function: the asset hash is the S3 key the template deploys. */
function bundleDirectory(): string {
  const [fn] = Object.values(template.findResources('AWS::Lambda::Function')) as {
    Properties: { Code: { S3Key: string } };
  }[];
  const assetHash = fn?.Properties.Code.S3Key.replace(/\.zip$/, '');
  return join(fixture.outdir, `asset.${assetHash}`);
}

/** The function's variables as the template sets them; a value CloudFormation resolves gets a placeholder. */
function functionEnvironment(): Record<string, string> {
  const [fn] = Object.values(template.findResources('AWS::Lambda::Function')) as {
    Properties: { Environment: { Variables: Record<string, unknown> } };
  }[];
  return Object.fromEntries(
    Object.entries(fn?.Properties.Environment.Variables ?? {}).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : `resolved-at-deploy-${name.toLowerCase()}`,
    ]),
  );
}

/** A resource as one string, intrinsics included, to check what it ends in. */
function resourcesOf(statement: PolicyStatement): string[] {
  const resources = Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
  return resources.map((r) => (typeof r === 'string' ? r : JSON.stringify(r)));
}

describe('control plane: the API function', () => {
  it('runs on Node.js 22 on arm64 with active tracing', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      TracingConfig: { Mode: 'Active' },
    });
  });

  it('finds the table by the generated name the stateful stack publishes', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({
          CARILLON_TABLE_NAME: {
            'Fn::GetStackOutput': Match.objectLike({ StackName: fixture.stacks.stateful.stackName }),
          },
        }),
      },
    });
  });

  it('finds the buckets by the prefix the stateful stack names them with', () => {
    const expectedPrefix = fixture.stacks.stateless.resolve(fixture.stacks.stateful.data.bucketPrefix);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: Match.objectLike({ CARILLON_BUCKET_PREFIX: expectedPrefix, CARILLON_STAGE: 'test' }),
      },
    });
  });

  it('logs to its own log group with a retention, never to a group that lives forever', () => {
    const logGroups = template.findResources('AWS::Logs::LogGroup');
    const functionLogGroup = Object.keys(logGroups).find((id) => id.includes('ApiFunctionLogGroup'));
    expect(functionLogGroup).toBeDefined();
    expect(logGroups[functionLogGroup ?? '']).toMatchObject({ Properties: { RetentionInDays: 30 } });
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: functionLogGroup }, LogFormat: 'JSON' },
    });
  });

  it('ships an ESM bundle built locally by esbuild, with its source map', () => {
    expect(readdirSync(bundleDirectory()).sort()).toEqual(['index.mjs', 'index.mjs.map']);
  });

  it('takes its secrets from a generated Secrets Manager secret it alone may read', () => {
    const secrets = template.findResources('AWS::SecretsManager::Secret');
    const [secretId, secret] = Object.entries(secrets).find(([id]) => id.includes('ApiSecrets')) ?? [];
    expect(secret).toMatchObject({
      Properties: { GenerateSecretString: { GenerateStringKey: 'CARILLON_API_SECRET', PasswordLength: 64 } },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: { Variables: Match.objectLike({ CARILLON_SECRETS_ARN: { Ref: secretId } }) },
    });
    const reads = roleStatements().filter((statement) =>
      actionsOf(statement).includes('secretsmanager:GetSecretValue'),
    );
    expect(reads.map(resourcesOf)).toEqual([[JSON.stringify({ Ref: secretId })]]);
    // No secret value sits in the function's plain configuration.
    expect(Object.keys(functionEnvironment())).not.toContain('CARILLON_API_SECRET');
  });

  it('starts in plain Node as an ES module with only the environment the template gives it, and serves', () => {
    // A separate Node process, as Lambda loads it: no test-runner transform, a
    // CommonJS dependency calling require() fails here as it would there, and
    // a variable the app requires but the template does not set fails too.
    // The secret's JSON is given as Secrets Manager would hand it over (no AWS here).
    const bundleUrl = pathToFileURL(join(bundleDirectory(), 'index.mjs')).href;
    const { CARILLON_SECRETS_ARN: _arn, ...environment } = functionEnvironment();
    const event = {
      version: '2.0',
      rawPath: '/health',
      rawQueryString: '',
      headers: { host: 'api.example.com' },
      requestContext: { http: { method: 'GET', path: '/health', sourceIp: '192.0.2.1' } },
      isBase64Encoded: false,
    };
    const probe = [
      `const m = await import(${JSON.stringify(bundleUrl)});`,
      `const r = await m.handler(${JSON.stringify(event)}, {});`,
      'process.stdout.write(`\\nprobe: ${typeof m.handler} ${r.statusCode} ${JSON.parse(r.body).status}\\n`);',
    ].join('\n');
    const output = execFileSync(process.execPath, ['--input-type=module', '--eval', probe], {
      // AWS_REGION is set by Lambda itself; /health answers without a table read.
      env: {
        PATH: process.env.PATH,
        AWS_REGION: 'eu-central-1',
        ...environment,
        CARILLON_API_SECRET: 'x'.repeat(64),
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    // The app's own log lines (JSON) come before and after the probe's line.
    expect(output.split('\n').filter((line) => line.startsWith('probe: '))).toEqual([
      'probe: function 200 ok',
    ]);
  }, 40_000);
});

describe('control plane: least privilege', () => {
  it('gives the role no AWS managed policy, only statements it was granted', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: Match.objectLike({
        Statement: [Match.objectLike({ Principal: { Service: 'lambda.amazonaws.com' } })],
      }),
      ManagedPolicyArns: Match.absent(),
    });
  });

  it('never grants data access on "*"', () => {
    const dataStatements = roleStatements().filter((s) =>
      actionsOf(s).some((a) => a.startsWith('dynamodb:') || a.startsWith('s3:')),
    );
    expect(dataStatements.length).toBeGreaterThan(0);
    for (const statement of dataStatements) {
      expect(statement.Resource).not.toBe('*');
      expect(actionsOf(statement).filter((a) => a.includes('*'))).toEqual([]);
    }
  });

  it('allows no table scan and no table management, only item actions and DescribeTable', () => {
    const dynamoActions = roleStatements()
      .flatMap(actionsOf)
      .filter((a) => a.startsWith('dynamodb:'));
    expect(dynamoActions).not.toContain('dynamodb:Scan');
    expect(dynamoActions.filter((a) => /Table|Backup|Stream|Export|Import/.test(a))).toEqual([
      'dynamodb:DescribeTable',
    ]);
  });

  it('queries each declared index by its exact ARN, not index/*', () => {
    const indexResources = roleStatements()
      .filter((s) => actionsOf(s).includes('dynamodb:Query'))
      .flatMap(resourcesOf)
      .filter((r) => r.includes('/index/'));
    expect(indexResources).toHaveLength(TABLE_INDEXES.length);
    for (const index of TABLE_INDEXES) {
      expect(indexResources.some((r) => r.includes(`"/index/${index.name}"`))).toBe(true);
    }
    expect(indexResources.some((r) => r.includes('/index/*'))).toBe(false);
  });

  it('reaches objects only under the tenant key space t/ of each Carillon bucket', () => {
    const objectResources = roleStatements()
      .filter((s) => actionsOf(s).includes('s3:GetObject'))
      .flatMap(resourcesOf);
    expect(objectResources).toHaveLength(BUCKET_DEFINITIONS.length);
    for (const { role } of BUCKET_DEFINITIONS) {
      expect(objectResources.some((r) => r.includes(`-${role}/t/*`))).toBe(true);
    }
  });

  it('lists a bucket only within the tenant key space', () => {
    const listing = roleStatements().filter((s) => actionsOf(s).includes('s3:ListBucket'));
    expect(listing.flatMap(resourcesOf)).toHaveLength(BUCKET_DEFINITIONS.length);
    for (const statement of listing) {
      expect(statement).toMatchObject({ Condition: { StringLike: { 's3:prefix': ['t/*'] } } });
    }
  });
});

describe('control plane: the HTTP API', () => {
  it('sends every route to the function through a payload 2.0 proxy integration', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: '$default' });
    template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
    });
  });

  it('throttles the default stage and writes JSON access logs to a log group', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('AccessLogs'), 'Arn'] },
        Format: Match.serializedJson(
          Match.objectLike({ requestId: '$context.requestId', status: '$context.status' }),
        ),
      },
    });
  });
});
