import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { addCarillonStage, addNagChecks, type CarillonStacks } from '../lib/carillon-app';
import { REPO_PATHS } from '../lib/repo-paths';
import { stageSettings } from '../lib/stage';

export interface FixtureOptions {
  /**
   * Run esbuild for the functions (the real NodejsFunction path). Off by
   * default: templates and nag findings do not depend on the bundle's bytes,
   * and only the control-plane test needs the bundle itself.
   */
  readonly bundle?: boolean;
  /** Register the AwsSolutions pack, as the app entry does. */
  readonly nag?: boolean;
}

export interface CarillonAppFixture {
  readonly app: App;
  readonly stacks: CarillonStacks;
  readonly outdir: string;
  dispose(): void;
}

/** The feature flags `cdk synth` uses, so a test synthesises what the CLI would. */
function cdkJsonContext(): Record<string, unknown> {
  const cdkJson: unknown = JSON.parse(readFileSync(join(REPO_PATHS.root, 'cdk.json'), 'utf8'));
  if (typeof cdkJson !== 'object' || cdkJson === null || !('context' in cdkJson)) {
    throw new Error('cdk.json has no context');
  }
  return cdkJson.context as Record<string, unknown>;
}

/** One stage of Carillon in a fresh app, synthesised in-process into a temporary directory. */
export function carillonApp(options: FixtureOptions = {}): CarillonAppFixture {
  const outdir = mkdtempSync(join(tmpdir(), 'carillon-cdk-'));
  const app = new App({
    outdir,
    context: {
      ...cdkJsonContext(),
      // No stack bundles: assets get a placeholder instead of an esbuild run.
      ...(options.bundle === true ? {} : { 'aws:cdk:bundling-stacks': [] }),
    },
    // CDK's own template schema check costs tens of seconds per synth on a
    // busy machine; `cdk synth` keeps it, and these tests assert the properties
    // that matter directly.
    builtinCloudFormationValidation: false,
  });
  const stacks = addCarillonStage(app, stageSettings('test'));
  if (options.nag === true) addNagChecks(app);
  return { app, stacks, outdir, dispose: () => rmSync(outdir, { recursive: true, force: true }) };
}
