import { randomBytes } from 'node:crypto';
import {
  bindingExpiry,
  createTenantInputSchema,
  createUserInputSchema,
  type Device,
  deviceCredentialHashes,
  newId,
  type Tenant,
  tenantSipDomain,
  type User,
} from '@carillon/domain';
import { createDynamoClients, createStore, type Store } from '@carillon/store';
import type { CallControlConfig } from './config';

/**
 * Seeding for the integration tests, through the store as the portal's API
 * will do it. Every tenant gets a fresh slug, so runs never collide.
 */
export const EDGE_TOKEN = 'integration-edge-token-0123456789abcdef';

export function testConfig(overrides: Partial<CallControlConfig> = {}): CallControlConfig {
  const table = process.env.CARILLON_TABLE_NAME;
  if (!table) throw new Error('CARILLON_TABLE_NAME is not set; run with --project integration');
  return {
    CARILLON_TABLE_NAME: table,
    CARILLON_EDGE_TOKEN: EDGE_TOKEN,
    CARILLON_CALL_STATE_KEYS: ['integration-call-state-key-0123456789abcdef'],
    CARILLON_RING_TIMEOUT_SECONDS: 30,
    CARILLON_DEVICE_MAX_CONCURRENT_CALLS: 4,
    CARILLON_DIRECTORY_CACHE_SECONDS: 5,
    LOG_LEVEL: 'fatal',
    ...overrides,
  };
}

export function testStore(): Store {
  return createStore({
    tableName: testConfig().CARILLON_TABLE_NAME,
    document: createDynamoClients().document,
    cursorSecret: 'integration-test-cursor-secret',
  });
}

export async function seedTenant(
  store: Store,
  overrides: { status?: Tenant['status'] } = {},
): Promise<Tenant> {
  const slug = `t${randomBytes(6).toString('hex')}`;
  return store.tenants.create({
    ...createTenantInputSchema.parse({
      name: `Tenant ${slug}`,
      slug,
      country: 'DE',
      timeZone: 'Europe/Berlin',
    }),
    resellerId: newId('rsl'),
    sipDomain: tenantSipDomain(slug, 'pbx.test'),
    status: overrides.status ?? 'active',
    deletionScheduledAt: null,
  });
}

export async function seedUser(
  store: Store,
  tenant: Tenant,
  extension: string,
  firstName: string,
): Promise<User> {
  const login = `${firstName.toLowerCase()}${randomBytes(3).toString('hex')}`;
  const {
    password: _password,
    pin: _pin,
    ...profile
  } = createUserInputSchema.parse({
    login,
    email: `${login}@${tenant.slug}.example`,
    firstName,
    lastName: 'Test',
    extensionNumber: extension,
  });
  return store.users.create(
    { tenantId: tenant.id },
    { ...profile, passwordHash: null, pinHash: null, lastLoginAt: null },
  );
}

export interface SeededDevice {
  readonly device: Device;
  readonly sipPassword: string;
}

export async function seedDevice(store: Store, tenant: Tenant, user: User | null): Promise<SeededDevice> {
  const sipUsername = `d${randomBytes(6).toString('hex')}`;
  const sipPassword = randomBytes(12).toString('base64url');
  const device = await store.devices.create(
    { tenantId: tenant.id },
    {
      kind: 'softphone',
      displayName: 'Softphone',
      macAddress: null,
      model: null,
      userId: user?.id ?? null,
      siteId: null,
      gatewayPort: null,
      dtmfMode: 'rfc2833',
      isFax: false,
      sipUsername,
      ...deviceCredentialHashes(sipUsername, tenant.sipDomain, sipPassword),
      credentialsRotatedAt: new Date().toISOString(),
    },
  );
  return { device, sipPassword };
}

/** A binding as the edge's registrar writes it; `expiresInSeconds` ≤ 0 makes one already expired. */
export async function register(
  store: Store,
  tenant: Tenant,
  device: Device,
  contactUri: string,
  options: { edgeNodeId?: string; expiresInSeconds?: number } = {},
) {
  const expires = options.expiresInSeconds ?? 3600;
  const registeredAt = new Date(Date.now() - (expires <= 0 ? 7200_000 : 0));
  return store.registrations.put(
    { tenantId: tenant.id },
    {
      id: newId('reg'),
      tenantId: tenant.id,
      deviceId: device.id,
      aor: `sip:${device.sipUsername}@${tenant.sipDomain}`,
      contactUri,
      instanceId: null,
      regId: null,
      callId: `reg-${randomBytes(4).toString('hex')}`,
      cseq: 1,
      transport: 'udp',
      sourceAddress: '127.0.0.1:5060',
      userAgent: 'integration-test',
      edgeNodeId: options.edgeNodeId ?? 'edge-1',
      registeredAt: registeredAt.toISOString(),
      ...bindingExpiry(registeredAt, expires <= 0 ? 60 : expires),
    },
  );
}
