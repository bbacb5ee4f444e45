import { call, type TestApp, tenantWithKey, userInput } from '../../functions/api/src/int-test-fixtures';
import type { PortalStack } from './portal-stack';

export const PASSWORD = 'portal test password 42';

export interface SeededTenant {
  readonly tenantId: string;
  readonly key: string;
  readonly admin: { readonly id: string; readonly email: string };
}

/** A user created through the API (so the password is hashed there), able to log in. */
export async function seedUser(
  app: TestApp,
  tenantId: string,
  key: string,
  overrides: Record<string, unknown>,
) {
  const input = userInput({ password: PASSWORD, ...overrides });
  const created = await call(app, 'POST', `/tenants/${tenantId}/users`, { key, body: input });
  if (created.status !== 201) throw new Error(`seeding a user failed: ${created.status} ${created.text}`);
  return { id: (created.json as { id: string }).id, email: input.email as string, input };
}

/** A fresh tenant with an admin who can log in. */
export async function seedTenant(stack: PortalStack, extension = '100'): Promise<SeededTenant> {
  const { tenantId, key } = await tenantWithKey(stack.store, ['users:write', 'devices:write']);
  const admin = await seedUser(stack.app, tenantId, key, {
    role: 'tenant-admin',
    extensionNumber: extension,
  });
  return { tenantId, key, admin };
}
