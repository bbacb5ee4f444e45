import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DELIVERY_FUNCTION_TIMEOUT,
  DELIVERY_MAX_RECEIVE_COUNT,
  DELIVERY_VISIBILITY_TIMEOUT,
} from '../lib/control-plane/webhook-delivery';
import { type CarillonAppFixture, carillonApp } from './carillon-app-fixture';

interface Statement {
  readonly Action: string | string[];
  readonly Resource: unknown;
}
interface FunctionResource {
  readonly Properties: {
    readonly Description: string;
    readonly Role: { 'Fn::GetAtt': [string, string] };
    readonly Code: { S3Key: string };
    readonly Environment: { Variables: Record<string, unknown> };
    readonly Timeout: number;
  };
}

let fixture: CarillonAppFixture;
let template: Template;

beforeAll(() => {
  fixture = carillonApp({ bundle: true });
  template = Template.fromStack(fixture.stacks.stateless);
}, 180_000);
afterAll(() => fixture?.dispose());

function functionNamed(part: string): [string, FunctionResource] {
  const entry = Object.entries(template.findResources('AWS::Lambda::Function')).find(([, fn]) =>
    (fn as FunctionResource).Properties.Description.includes(part),
  );
  if (entry === undefined) throw new Error(`no function ${part}`);
  return entry as [string, FunctionResource];
}

/** Every statement of the policies attached to a function's role. */
function statementsOf(part: string): Statement[] {
  const [, fn] = functionNamed(part);
  const roleId = fn.Properties.Role['Fn::GetAtt'][0];
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) =>
      JSON.stringify((policy as { Properties: { Roles: unknown } }).Properties.Roles).includes(roleId),
    )
    .flatMap(
      (policy) =>
        (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument
          .Statement,
    );
}

const actions = (statements: Statement[]) =>
  statements.flatMap((statement) =>
    Array.isArray(statement.Action) ? statement.Action : [statement.Action],
  );

function queueLogicalId(part: string): string {
  const id = Object.keys(template.findResources('AWS::SQS::Queue')).find((key) => key.includes(part));
  if (id === undefined) throw new Error(`no queue ${part}`);
  return id;
}

describe('webhook delivery on AWS', () => {
  it('queues deliveries in an encrypted, TLS-only queue with a dead-letter queue', () => {
    const deadLetters = queueLogicalId('DeadLetters');
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      VisibilityTimeout: DELIVERY_VISIBILITY_TIMEOUT.toSeconds(),
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [deadLetters, 'Arn'] },
        maxReceiveCount: DELIVERY_MAX_RECEIVE_COUNT,
      },
    });
    expect(DELIVERY_VISIBILITY_TIMEOUT.toSeconds()).toBeGreaterThanOrEqual(
      6 * DELIVERY_FUNCTION_TIMEOUT.toSeconds(),
    );
    const policies = Object.values(template.findResources('AWS::SQS::QueuePolicy'));
    expect(policies).toHaveLength(2);
    for (const policy of policies) {
      expect(JSON.stringify(policy)).toContain('"aws:SecureTransport":"false"');
    }
  });

  it('triggers the delivery function with partial batch responses', () => {
    const [functionId] = functionNamed('webhook delivery');
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [queueLogicalId('Deliveries'), 'Arn'] },
      FunctionName: { Ref: functionId },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 10,
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('webhook delivery'),
      Runtime: 'nodejs22.x',
      Timeout: DELIVERY_FUNCTION_TIMEOUT.toSeconds(),
    });
  });

  it('lets the delivery function read and update items by key only, and use only its own queue', () => {
    const statements = statementsOf('webhook delivery');
    const dynamo = actions(statements).filter((action) => action.startsWith('dynamodb:'));
    expect(dynamo.sort()).toEqual(['dynamodb:GetItem', 'dynamodb:UpdateItem']);
    expect(actions(statements).some((action) => action.startsWith('s3:'))).toBe(false);
    for (const statement of statements) {
      const resource = JSON.stringify(statement.Resource);
      if (actions([statement]).some((action) => action.startsWith('sqs:'))) {
        expect(resource).toContain(queueLogicalId('Deliveries'));
        expect(resource).not.toContain(queueLogicalId('DeadLetters'));
      }
      if (actions([statement]).some((action) => action.startsWith('dynamodb:')))
        expect(resource).not.toContain('index');
    }
    expect(actions(statements)).toEqual(
      expect.arrayContaining(['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage']),
    );
  });

  it('lets the API queue test messages to that queue, and tells it the queue', () => {
    const [, api] = functionNamed('public API');
    expect(api.Properties.Environment.Variables.CARILLON_WEBHOOK_QUEUE_URL).toEqual({
      Ref: queueLogicalId('Deliveries'),
    });
    const sqs = statementsOf('public API').filter((statement) =>
      actions([statement]).some((action) => action.startsWith('sqs:')),
    );
    expect(actions(sqs)).toContain('sqs:SendMessage');
    expect(actions(sqs)).not.toContain('sqs:ReceiveMessage');
    for (const statement of sqs)
      expect(JSON.stringify(statement.Resource)).toContain(queueLogicalId('Deliveries'));
  });

  it('bundles a delivery function that starts in plain Node with only its template environment', () => {
    const [, fn] = functionNamed('webhook delivery');
    const bundle = join(
      fixture.outdir,
      `asset.${fn.Properties.Code.S3Key.replace(/\.zip$/, '')}`,
      'index.mjs',
    );
    const env = Object.fromEntries(
      Object.entries(fn.Properties.Environment.Variables).map(([name, value]) => [
        name,
        typeof value === 'string' ? value : `resolved-at-deploy-${name.toLowerCase()}`,
      ]),
    );
    const probe = `import(${JSON.stringify(pathToFileURL(bundle).href)}).then((m) => process.stdout.write(typeof m.handler))`;
    const output = execFileSync(process.execPath, ['--input-type=module', '--eval', probe], {
      env: { PATH: process.env.PATH, AWS_REGION: 'eu-central-1', ...env },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(output.split('\n').at(-1)).toBe('function');
  }, 40_000);
});
