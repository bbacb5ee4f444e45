/** A wrong input to the CDK app (bad context, an unrenderable value); synthesis stops with it. */
export class InfraError extends Error {
  override readonly name = 'InfraError';
}
