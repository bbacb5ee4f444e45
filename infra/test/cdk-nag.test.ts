import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CarillonAppFixture, carillonApp } from './carillon-app-fixture';

interface Violation {
  readonly ruleName: string;
  readonly severity: string;
  readonly violatingConstructs: readonly { readonly constructPath: string }[];
}

interface ValidationReport {
  readonly pluginReports: readonly {
    readonly pluginName: string;
    readonly violations: readonly Violation[];
  }[];
}

/**
 * cdk-nag 3 is a CDK policy-validation plugin: findings are not annotations
 * but entries of the assembly's validation report, and an unacknowledged
 * error makes synthesis throw. Synthesise, keep the error if any, read the report.
 */
function synthesiseAndReport(app: App): { readonly error: unknown; readonly violations: readonly string[] } {
  let error: unknown;
  try {
    app.synth();
  } catch (caught) {
    error = caught;
  }
  const reportFile = join(app.outdir, 'validation-report.json');
  const report: ValidationReport = existsSync(reportFile)
    ? JSON.parse(readFileSync(reportFile, 'utf8'))
    : { pluginReports: [] };
  const violations = report.pluginReports
    .filter((plugin) => plugin.pluginName === 'AwsSolutions')
    .flatMap((plugin) => plugin.violations)
    .flatMap((v) => v.violatingConstructs.map((c) => `${v.severity} ${v.ruleName} at ${c.constructPath}`));
  return { error, violations };
}

/** Every acknowledgement in the tree, from the metadata `Validations.acknowledge` records. */
function acknowledgements(
  root: IConstruct,
): { readonly path: string; readonly id: string; readonly reason: string }[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id,
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions checks', () => {
  let fixture: CarillonAppFixture;
  let result: ReturnType<typeof synthesiseAndReport>;

  beforeAll(() => {
    fixture = carillonApp({ nag: true });
    result = synthesiseAndReport(fixture.app);
  }, 60_000);
  afterAll(() => fixture?.dispose());

  it('leaves no unacknowledged error or warning in either stack', () => {
    expect(result.violations).toEqual([]);
    expect(result.error).toBeUndefined();
  });

  it('acknowledges only specific rules, each with a reason that says why', () => {
    const acks = acknowledgements(fixture.app);
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(ack.id).toMatch(/AwsSolutions-[A-Z]+\d+/);
      // A reason is a sentence about this resource, not "not needed" or "TODO".
      expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThanOrEqual(80);
    }
  });

  it('never acknowledges a rule for a whole stack', () => {
    const stackPaths = new Set(Object.values(fixture.stacks).map((stack: Stack) => stack.node.path));
    expect(acknowledgements(fixture.app).filter((ack) => stackPaths.has(ack.path))).toEqual([]);
  });

  it('acknowledges wildcards only for X-Ray and the tenant key space of the Carillon buckets', () => {
    const wildcardAcks = acknowledgements(fixture.app)
      .map((ack) => ack.id)
      .filter((id) => id.includes('AwsSolutions-IAM5'));
    expect(wildcardAcks.length).toBeGreaterThan(0);
    for (const id of wildcardAcks) {
      expect(id).toMatch(
        /AwsSolutions-IAM5\[Resource::(\*|arn:<AWS::Partition>:s3:::carillon-test-.+-(media|exports)\/t\/\*)\]$/,
      );
    }
  });
});

describe('cdk-nag AwsSolutions checks are live', () => {
  it('reports a bucket without server access logs, so a clean report above means something', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Canary');
    new Bucket(stack, 'Unlogged', { enforceSSL: true });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

    const { error, violations } = synthesiseAndReport(app);

    expect(violations).toContainEqual(expect.stringMatching(/^error AwsSolutions-S1 at Canary\/Unlogged/));
    expect(error).toBeInstanceOf(Error);
  });
});
