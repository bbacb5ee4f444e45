import { App, type Environment } from 'aws-cdk-lib';
import { addCarillonStage, addNagChecks } from '../lib/carillon-app';
import { stageSettings } from '../lib/stage';

// The only place that reads the outside world: context given on the command
// line (`cdk synth -c stage=dev -c account=123456789012 -c region=eu-central-1`).
// Without account and region the stacks are environment-agnostic.
const app = new App();
const account: unknown = app.node.tryGetContext('account');
const region: unknown = app.node.tryGetContext('region');
const env: Environment | undefined =
  typeof account === 'string' && typeof region === 'string' ? { account, region } : undefined;

addCarillonStage(app, stageSettings(app.node.tryGetContext('stage')), env);
addNagChecks(app);
app.synth();
