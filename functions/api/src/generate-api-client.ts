import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSchemaTypes, SCHEMA_FILE } from '@carillon/api-client/generate';
import { openApiDocument } from './openapi-document';

/** packages/api-client/src/schema.gen.ts, from this file's place in the repository. */
export const schemaFilePath = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../packages/api-client',
  SCHEMA_FILE,
);

/** The typed client's declarations for the API as it is now. */
export async function currentSchemaTypes(): Promise<string> {
  return generateSchemaTypes(await openApiDocument());
}

// `pnpm generate:api-client`: rewrites the committed file from the routes.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(schemaFilePath, await currentSchemaTypes());
  process.stdout.write(`wrote ${schemaFilePath}\n`);
}
