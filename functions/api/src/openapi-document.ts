import { createApiApp } from './app';
import { loadApiConfig } from './config';

/** The API's OpenAPI document, as `GET /v1/openapi.json` serves it, without starting a server. */
export async function openApiDocument(): Promise<unknown> {
  // Only what the app needs to be built; the document reaches no storage. Other settings take their defaults.
  const config = loadApiConfig({
    CARILLON_TABLE_NAME: 'openapi-document',
    CARILLON_BUCKET_PREFIX: 'openapi-document',
    LOG_LEVEL: 'fatal',
    CARILLON_API_SECRET: 'openapi-document-only-not-a-secret-000',
  });
  const response = await createApiApp(config).request('/v1/openapi.json');
  if (!response.ok) throw new Error(`the OpenAPI document answered ${response.status}`);
  return response.json();
}
