import { ConfigError } from '@carillon/config';
import { describe, expect, it } from 'vitest';
import { loadCallControlConfig } from './config';

const env = {
  CARILLON_TABLE_NAME: 'carillon',
  CARILLON_EDGE_TOKEN: 'e'.repeat(32),
  CARILLON_CALL_STATE_KEYS: `${'a'.repeat(32)}, ${'b'.repeat(40)}`,
};

describe('loadCallControlConfig', () => {
  it('defaults the ring time to 30 s and splits the state keys, current first', () => {
    const config = loadCallControlConfig(env);
    expect(config.CARILLON_RING_TIMEOUT_SECONDS).toBe(30);
    expect(config.CARILLON_CALL_STATE_KEYS).toEqual(['a'.repeat(32), 'b'.repeat(40)]);
  });

  it('refuses a short edge token, naming the variable', () => {
    expect(() => loadCallControlConfig({ ...env, CARILLON_EDGE_TOKEN: 'short' })).toThrow(
      /CARILLON_EDGE_TOKEN/,
    );
  });

  it('refuses a state key below 32 characters', () => {
    expect(() => loadCallControlConfig({ ...env, CARILLON_CALL_STATE_KEYS: 'k'.repeat(31) })).toThrow(
      ConfigError,
    );
  });
});
