import {
  type ApiKeyScope,
  createResellerInputSchema,
  createTenantInputSchema,
  generateApiKey,
  newId,
  type Tenant,
  tenantSipDomain,
} from '@carillon/domain';
import type { Store } from '@carillon/store';
import { call, type TestApp, userInput } from '../int-test-fixtures';

/** Integration-test helpers for principals: real reseller and tenant records, keys, portal sessions. */

export const TEST_PASSWORD = 'correct horse battery 42';

export async function reseller(store: Store, parentResellerId: string | null = null) {
  return store.resellers.create(
    createResellerInputSchema.parse({
      name: 'Test Reseller',
      contactEmail: `reseller-${newId('rsl').slice(4).toLowerCase()}@example.test`,
      parentResellerId,
    }),
  );
}

export async function tenant(store: Store, resellerId: string): Promise<Tenant> {
  const slug = `t${newId('tnt').slice(4, 20).toLowerCase()}`;
  return store.tenants.create({
    ...createTenantInputSchema.parse({ name: 'Test Tenant', slug, country: 'DE', timeZone: 'Europe/Berlin' }),
    resellerId,
    sipDomain: tenantSipDomain(slug, 'carillon.test'),
    status: 'active',
    deletionScheduledAt: null,
  });
}

/** An API key of a tenant or reseller, straight into the store. */
export async function apiKey(
  store: Store,
  owner: { kind: 'tenant' | 'reseller'; id: string },
  scopes: readonly ApiKeyScope[],
) {
  const { key, displayPrefix, keyHash } = generateApiKey();
  const record = await store.apiKeys.create({
    name: 'integration test',
    scopes: [...scopes],
    expiresAt: null,
    owner,
    tenantId: owner.kind === 'tenant' ? owner.id : null,
    displayPrefix,
    keyHash,
    lastUsedAt: null,
    revokedAt: null,
  });
  return { key, record };
}

/** A user created through the API (so the password is hashed there), with a password to log in with. */
export async function portalUser(
  app: TestApp,
  tenantId: string,
  adminKey: string,
  overrides: Record<string, unknown> = {},
) {
  const input = userInput({ password: TEST_PASSWORD, ...overrides });
  const created = await call(app, 'POST', `/tenants/${tenantId}/users`, { key: adminKey, body: input });
  if (created.status !== 201) throw new Error(`user not created: ${created.status} ${created.text}`);
  return { id: (created.json as { id: string }).id, email: input.email as string, tenantId };
}

export interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

/** The cookies of a response as one Cookie header. */
export function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

export async function login(app: TestApp, body: Record<string, unknown>) {
  return call(app, 'POST', '/session', { body });
}

export async function sessionOf(app: TestApp, body: Record<string, unknown>): Promise<Session> {
  const response = await login(app, body);
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
  return {
    cookie: cookieHeader(response.response),
    csrf: (response.json as { csrfToken: string }).csrfToken,
  };
}

/** A request as a portal session (cookie and, for unsafe methods, the CSRF header). */
export function asSession(
  app: TestApp,
  session: Session,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
) {
  return call(app, method, path, {
    ...options,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, ...options.headers },
  });
}
