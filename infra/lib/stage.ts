import { InfraError } from './infra-error';

/**
 * A stage is one deployment of Carillon (`dev`, `staging`, `prod`, a
 * developer's sandbox). Its name goes into stack and bucket names, so it is
 * held to the rules of the stricter of the two: S3 bucket names are lowercase
 * and at most 63 characters (`carillon-<stage>-<account>-<region>-exports`
 * leaves room for 12).
 */
const STAGE_NAME = /^[a-z][a-z0-9]{0,11}$/;

export interface StageSettings {
  readonly name: string;
  /** Production-like stages refuse stack deletion; sandboxes stay easy to tear down. */
  readonly protectStatefulStack: boolean;
}

const PROTECTED_STAGES = new Set(['prod', 'production', 'staging']);

/** Validates the `stage` context value given to the app entry (`cdk synth -c stage=dev`). */
export function stageSettings(contextValue: unknown): StageSettings {
  const name = contextValue === undefined ? 'dev' : contextValue;
  if (typeof name !== 'string' || !STAGE_NAME.test(name)) {
    throw new InfraError(
      `stage must match ${STAGE_NAME} (lowercase letter, then up to 11 lowercase letters or digits); got ${JSON.stringify(name)}`,
    );
  }
  return { name, protectStatefulStack: PROTECTED_STAGES.has(name) };
}
