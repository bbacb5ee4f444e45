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
 * Adds one stage of Carillon to an app: the stateful stack and the stateless
 * stack that depends on it. Everything here is decided from its arguments;
 * only the app entry reads context.
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
  Tags.of(stateful).add('carillon:stage', stage.name);
  Tags.of(stateless).add('carillon:stage', stage.name);
  return { stateful, stateless };
}

/**
 * Runs cdk-nag's AwsSolutions pack over every stack of the app at synthesis.
 * cdk-nag 3 is a CDK validation plugin (not an aspect): an unacknowledged
 * finding fails `cdk synth` and is listed in `validation-report.json`.
 */
export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
}
