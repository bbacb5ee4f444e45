import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentSchemaTypes, schemaFilePath } from './generate-api-client';

describe('typed API client', () => {
  it('is generated from the current routes (run `pnpm generate:api-client` after changing one)', async () => {
    const committed = readFileSync(schemaFilePath, 'utf8');
    const current = await currentSchemaTypes();
    // A plain equality check: a diff of a few thousand lines says less than the command to run.
    expect(
      committed === current,
      'packages/api-client/src/schema.gen.ts is stale: run pnpm generate:api-client',
    ).toBe(true);
  });
});
