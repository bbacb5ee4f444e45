import { Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundlingPath, REPO_PATHS } from '../repo-paths';

/**
 * Lambda's Node.js 22 is the platform decision (ARCHITECTURE.md §6: the repo
 * pins Node 22 so tests run what Lambda runs). cdk-nag's AwsSolutions-L1 asks
 * for the newest family member; moving is a deliberate upgrade of both.
 */
export const FUNCTION_RUNTIME = Runtime.NODEJS_22_X;

/**
 * Bundled code is ESM; CommonJS dependencies inside it still call `require`
 * for Node built-ins, which an ES module does not define.
 */
const REQUIRE_SHIM =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

export interface CarillonFunctionProps {
  /** Absolute path of the `lambda.ts` entry exporting `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly environment: Readonly<Record<string, string>>;
  readonly memorySize?: number;
  readonly timeout?: Duration;
  /** Unset by default: reserving concurrency takes it from every other function in the account. */
  readonly reservedConcurrentExecutions?: number;
  readonly logRetention?: RetentionDays;
}

/**
 * One control-plane Lambda with the house defaults: Node 22 on arm64, bundled
 * locally by esbuild from the workspace (no Docker), its own log group with a
 * retention, active X-Ray tracing, and a role that holds only what is granted
 * to it (no AWS managed policy).
 */
export class CarillonFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: CarillonFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'LogGroup', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.description}`,
    });
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      tracing: Tracing.ACTIVE,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      projectRoot: REPO_PATHS.root,
      depsLockFilePath: REPO_PATHS.lockFile,
      environment: { ...props.environment, NODE_OPTIONS: '--enable-source-maps' },
      bundling: {
        forceDockerBundling: false,
        // The build machine's PATH (where pnpm is), not a deployment setting.
        environment: { PATH: bundlingPath(process.env.PATH) },
        format: OutputFormat.ESM,
        target: 'node22',
        platform: 'node',
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        banner: REQUIRE_SHIM,
        // Bundle the AWS SDK too: the function then runs the SDK version the
        // integration tests ran, not whichever one the runtime ships today.
        externalModules: [],
      },
    });

    Validations.of(this.function).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is pinned for the whole repo (ARCHITECTURE.md §6) so tests run the runtime Lambda runs; a newer runtime is adopted as a deliberate, repo-wide upgrade.',
    });
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords, which support no resource-level permissions; data access statements are tested to name exact ARNs.',
    });
  }
}
