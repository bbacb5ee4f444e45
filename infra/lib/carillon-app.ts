import { type App, type Environment, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { StageSettings } from './stage';
import { StatefulStack } from './stateful-stack';
import { StatelessStack } from './stateless-stack';

export interface CarillonStacks {
  readonly stateful: StatefulStack;
  readonly stateless: StatelessStack;
}

/**
 * Adds one stage of Carillon to an app: the stateful stack, the stateless stack
 * that depends on it, and the AwsSolutions checks over both. Everything here is
 * decided from its arguments; only the app entry reads context.
 */
export function addCarillonStage(app: App, stage: StageSettings, env?: Environment): CarillonStacks {
  const stateful = new StatefulStack(app, `Carillon-${stage.name}-Stateful`, {
    env,
    stageName: stage.name,
    terminationProtection: stage.protectStatefulStack,
    description: `Carillon ${stage.name}: table and buckets (retained, pinned logical IDs)`,
  });
  const stateless = new StatelessStack(app, `Carillon-${stage.name}-Stateless`, {
    env,
    stageName: stage.name,
    data: stateful.data,
    description: `Carillon ${stage.name}: control plane functions and HTTP API`,
  });
  Tags.of(app).add('carillon:stage', stage.name);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { stateful, stateless };
}
