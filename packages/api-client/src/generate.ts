import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** Where the generated types live, relative to this package; committed, and checked for staleness by a test. */
export const SCHEMA_FILE = 'src/schema.gen.ts';

const HEADER = `/**
 * GENERATED from the control-plane API's OpenAPI document by openapi-typescript.
 * Do not edit: run \`pnpm generate:api-client\` after changing a route.
 */

`;

/**
 * The TypeScript declarations (paths, components, operations) of an OpenAPI
 * 3.1 document, as openapi-fetch consumes them. Deterministic: the same
 * document always gives the same text, so the committed file can be compared.
 */
export async function generateSchemaTypes(document: unknown): Promise<string> {
  const ast = await openapiTS(document as OpenAPI3, {
    // Keeps `x-carillon-authorization` out of the types; only shapes matter here.
    alphabetize: false,
    exportType: false,
  });
  return HEADER + astToString(ast);
}
