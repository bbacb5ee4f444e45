import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, loadConfig } from './load-config';

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535),
  CARILLON_TABLE_NAME: z.string().min(1),
});

describe('loadConfig', () => {
  it('coerces and returns the variables the schema names', () => {
    const config = loadConfig(schema, { PORT: '8080', CARILLON_TABLE_NAME: 'carillon', OTHER: 'x' });
    expect(config).toEqual({ PORT: 8080, CARILLON_TABLE_NAME: 'carillon' });
  });

  it('names every invalid variable so a bad deployment fails fast and clearly', () => {
    const attempt = () => loadConfig(schema, { PORT: '99999' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const variables = (error as ConfigError).issues.map((i) => i.variable).sort();
      expect(variables).toEqual(['CARILLON_TABLE_NAME', 'PORT']);
    }
  });
});
