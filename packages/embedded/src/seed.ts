import { randomBytes } from 'node:crypto';
import { hashPassword } from '@carillon/auth';
import {
  API_KEY_SCOPES,
  createGroupInputSchema,
  createResellerInputSchema,
  createTenantInputSchema,
  createUserInputSchema,
  deviceCredentialHashes,
  generateApiKey,
  generateSipPassword,
  type Tenant,
  tenantSipDomain,
} from '@carillon/domain';
import type { Store } from '@carillon/store';

/** What a person needs to log in and to register a softphone; printed by the start command. */
export interface DemoCredentials {
  readonly tenantId: string;
  readonly sipDomain: string;
  readonly users: readonly {
    readonly name: string;
    readonly email: string;
    readonly role: 'tenant-admin' | 'user';
    readonly extension: string;
    readonly portalPassword: string;
    readonly sipUsername: string;
    readonly sipPassword: string;
  }[];
  readonly ringGroup: { readonly name: string; readonly extension: string };
  /**
   * The demo reseller's admin key for the reseller views (/reseller-login); resellers sign in with
   * API keys. Absent in credential files written before it was seeded.
   */
  readonly reseller?: { readonly id: string; readonly name: string; readonly apiKey: string };
}

const DEMO_SLUG = 'demo';
const DEMO_USERS = [
  { firstName: 'Alice', lastName: 'Admin', login: '0201', extension: '201', role: 'tenant-admin' },
  { firstName: 'Bob', lastName: 'Baker', login: '0202', extension: '202', role: 'user' },
  { firstName: 'Carol', lastName: 'Clark', login: '0203', extension: '203', role: 'user' },
] as const;
const DEMO_RING_GROUP = { name: 'Reception', extension: '600' };

/**
 * Seeds a demo reseller and a demo tenant (users with extensions and a
 * softphone each, and a ring group), once: when the demo tenant already
 * exists nothing is written, so restarts keep whatever was changed since.
 * Passwords are random per installation; only their hashes reach the store
 * (argon2id for portal passwords, digest HA1 for SIP), and the plaintext is
 * returned so the caller can show it.
 */
export async function seedDemo(
  store: Store,
  platformDomain: string,
): Promise<{ created: boolean; credentials?: DemoCredentials }> {
  if (await store.tenants.findBySlug(DEMO_SLUG)) return { created: false };

  const reseller = await store.resellers.create(
    createResellerInputSchema.parse({ name: 'Demo Reseller', contactEmail: 'reseller@demo.example' }),
  );
  // Only the key's hash is stored, as for every API key; the plaintext goes to the banner.
  const resellerKey = generateApiKey();
  await store.apiKeys.create({
    name: 'Demo reseller admin (embedded default)',
    scopes: [...API_KEY_SCOPES],
    expiresAt: null,
    owner: { kind: 'reseller', id: reseller.id },
    tenantId: null,
    displayPrefix: resellerKey.displayPrefix,
    keyHash: resellerKey.keyHash,
    lastUsedAt: null,
    revokedAt: null,
  });
  const tenant: Tenant = await store.tenants.create({
    ...createTenantInputSchema.parse({
      name: 'Demo Company',
      slug: DEMO_SLUG,
      country: 'DE',
      areaCode: '89',
      timeZone: 'Europe/Berlin',
    }),
    resellerId: reseller.id,
    sipDomain: tenantSipDomain(DEMO_SLUG, platformDomain),
    status: 'active',
    deletionScheduledAt: null,
  });
  const scope = { tenantId: tenant.id };
  const users: DemoCredentials['users'][number][] = [];
  const userIds: string[] = [];
  for (const demo of DEMO_USERS) {
    const email = `${demo.firstName.toLowerCase()}@demo.example`;
    const portalPassword = randomBytes(12).toString('base64url');
    const input = createUserInputSchema.parse({
      login: demo.login,
      email,
      firstName: demo.firstName,
      lastName: demo.lastName,
      role: demo.role,
      extensionNumber: demo.extension,
    });
    const { password: _password, pin: _pin, ...profile } = input;
    const user = await store.users.create(scope, {
      ...profile,
      passwordHash: await hashPassword(portalPassword),
      pinHash: null,
      lastLoginAt: null,
    });
    userIds.push(user.id);
    const sipUsername = `${demo.extension}-${randomBytes(3).toString('hex')}`;
    const sipPassword = generateSipPassword();
    await store.devices.create(scope, {
      kind: 'softphone',
      displayName: `${demo.firstName}'s softphone`,
      macAddress: null,
      model: null,
      userId: user.id,
      siteId: null,
      gatewayPort: null,
      dtmfMode: 'rfc2833',
      isFax: false,
      sipUsername,
      ...deviceCredentialHashes(sipUsername, tenant.sipDomain, sipPassword),
      credentialsRotatedAt: new Date().toISOString(),
    });
    users.push({
      name: `${demo.firstName} ${demo.lastName}`,
      email,
      role: demo.role,
      extension: demo.extension,
      portalPassword,
      sipUsername,
      sipPassword,
    });
  }
  await store.groups.create(
    scope,
    createGroupInputSchema.parse({
      kind: 'parallel',
      name: DEMO_RING_GROUP.name,
      extensionNumber: DEMO_RING_GROUP.extension,
      members: userIds.slice(0, 2).map((userId) => ({ userId })),
    }),
  );
  return {
    created: true,
    credentials: {
      tenantId: tenant.id,
      sipDomain: tenant.sipDomain,
      users,
      ringGroup: DEMO_RING_GROUP,
      reseller: { id: reseller.id, name: reseller.name, apiKey: resellerKey.key },
    },
  };
}
