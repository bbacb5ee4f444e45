import { createApiApp } from './app';

/** A configuration that builds the app without reaching any storage: the document needs none. */
const DOCUMENT_ONLY_CONFIG = {
  CARILLON_TABLE_NAME: 'openapi-document',
  CARILLON_BUCKET_PREFIX: 'openapi-document',
  LOG_LEVEL: 'fatal',
  CARILLON_API_SECRET: 'openapi-document-only-not-a-secret-000',
} as const;

/** The API's OpenAPI document, as `GET /v1/openapi.json` serves it, without starting a server. */
export async function openApiDocument(): Promise<unknown> {
  const response = await createApiApp(DOCUMENT_ONLY_CONFIG).request('/v1/openapi.json');
  if (!response.ok) throw new Error(`the OpenAPI document answered ${response.status}`);
  return response.json();
}
