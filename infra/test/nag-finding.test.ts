import { App, Aws, Fn, Stack } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { InfraError } from '../lib/infra-error';
import { nagResourceFinding } from '../lib/nag-finding';

describe('nagResourceFinding', () => {
  const stack = new Stack(new App(), 'Findings');

  it('renders pseudo-parameters the way cdk-nag names them in an IAM5 finding', () => {
    const arn = `arn:${Aws.PARTITION}:s3:::carillon-dev-${Aws.ACCOUNT_ID}-${Aws.REGION}-media/t/*`;
    expect(nagResourceFinding(stack, arn)).toBe(
      'Resource::arn:<AWS::Partition>:s3:::carillon-dev-<AWS::AccountId>-<AWS::Region>-media/t/*',
    );
  });

  it('keeps a plain string as it is', () => {
    expect(nagResourceFinding(stack, '*')).toBe('Resource::*');
  });

  it('refuses an intrinsic it cannot render instead of guessing an acknowledgement id', () => {
    expect(() => nagResourceFinding(stack, `${Fn.importValue('SharedBucketArn')}/t/*`)).toThrow(InfraError);
  });
});
