import { Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { InfraError } from './infra-error';

/**
 * The form cdk-nag gives a resource in a granular finding id
 * (`AwsSolutions-IAM5[Resource::…]`): joins flattened, `{ Ref: X }` as `<X>`.
 * Rendering it from the same value the policy uses keeps an acknowledgement
 * tied to exactly that resource; a value of another shape is refused rather
 * than guessed, so a silent mismatch cannot widen what is acknowledged.
 */
export function nagResourceFinding(scope: IConstruct, value: string): string {
  return `Resource::${flatten(Stack.of(scope).resolve(value))}`;
}

function flatten(node: unknown): string {
  if (typeof node === 'string') return node;
  if (isRecord(node)) {
    const join = node['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
      return join[1].map(flatten).join(join[0]);
    }
    if (typeof node.Ref === 'string') return `<${node.Ref}>`;
  }
  throw new InfraError(`cannot render ${JSON.stringify(node)} as a cdk-nag finding`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
