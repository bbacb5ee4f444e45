import { type ApiKeyScope, generateApiKey, newId } from '@carillon/domain';
import { createDynamoClients, createStore, type Store } from '@carillon/store';
import { type ApiAppOptions, createApiApp } from './app';
import { deriveKey } from './auth/secrets';
import { type ApiConfig, loadApiConfig } from './config';

const SECRET = 'integration-test-api-secret-0123456789';

/**
 * The app as a deployment builds it, over the embedded DynamoDB, sharing its
 * store with the test; `overrides` change settings (limits, mail), `options`
 * the clock, logger or mailer.
 */
export function integrationApi(overrides: Partial<ApiConfig> = {}, options: ApiAppOptions = {}) {
  const config = {
    ...loadApiConfig(),
    CARILLON_API_SECRET: SECRET,
    LOG_LEVEL: 'fatal' as const,
    ...overrides,
  };
  const store = createStore({
    tableName: config.CARILLON_TABLE_NAME,
    document: createDynamoClients().document,
    cursorSecret: deriveKey(SECRET, 'cursor'),
  });
  return { app: createApiApp(config, { store, ...options }), store };
}

/** Every response body a test saw, to scan for secrets at the end. */
export const seenBodies: string[] = [];

export type TestApp = ReturnType<typeof integrationApi>['app'];

/** A request with a JSON body and the API key; records the body it got back. */
export async function call(
  app: TestApp,
  method: string,
  path: string,
  options: { key?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key !== undefined) headers.authorization = `Bearer ${options.key}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await app.request(`/v1${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  seenBodies.push(text);
  return {
    response,
    status: response.status,
    text,
    json: text === '' ? undefined : (JSON.parse(text) as unknown),
  };
}

/** A fresh tenant (no other test sees it) with a tenant API key of the given scopes. */
export async function tenantWithKey(store: Store, scopes: ApiKeyScope[] = ['users:write', 'devices:write']) {
  const tenantId = newId('tnt');
  const { key, displayPrefix, keyHash } = generateApiKey();
  const apiKey = await store.apiKeys.create({
    name: 'integration test',
    scopes,
    expiresAt: null,
    owner: { kind: 'tenant', id: tenantId },
    tenantId,
    displayPrefix,
    keyHash,
    lastUsedAt: null,
    revokedAt: null,
  });
  return { tenantId, key, apiKey };
}

let counter = 0;
/** A valid create-user input, unique per call. */
export function userInput(overrides: Record<string, unknown> = {}) {
  counter += 1;
  const token = `${Date.now().toString(36)}${counter}${Math.floor(Math.random() * 1e6).toString(36)}`;
  return {
    login: `u${token}`,
    email: `u${token}@example.test`,
    firstName: 'Ada',
    lastName: 'Lovelace',
    extensionNumber: String(1000 + (counter % 8000)),
    ...overrides,
  };
}
