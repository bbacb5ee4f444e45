import { describe, expect, it } from 'vitest';
import { InfraError } from '../lib/infra-error';
import { stageSettings } from '../lib/stage';

describe('stageSettings', () => {
  it('defaults to dev when no stage is given on the command line', () => {
    expect(stageSettings(undefined)).toEqual({ name: 'dev', protectStatefulStack: false });
  });

  it('protects the stateful stack of production-like stages from deletion', () => {
    expect(stageSettings('prod').protectStatefulStack).toBe(true);
    expect(stageSettings('staging').protectStatefulStack).toBe(true);
    expect(stageSettings('alice').protectStatefulStack).toBe(false);
  });

  it.each<[unknown, string]>([
    ['Prod', 'bucket names are lowercase'],
    ['dev-1', 'the hyphen separates the parts of stack and bucket names'],
    ['1dev', 'a stack name starts with a letter'],
    ['averyveryverylongname', 'carillon-<stage>-<account>-<region>-exports must fit in 63 characters'],
    [42, 'context values from cdk.json may be numbers'],
  ])('rejects %j because %s', (value) => {
    expect(() => stageSettings(value)).toThrow(InfraError);
  });
});
