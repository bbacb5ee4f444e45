import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createResellerInputSchema,
  createTenantInputSchema,
  deviceCredentialHashes,
  tenantSipDomain,
} from '@carillon/domain';
import { createLogger } from '@carillon/logger';
import { createDynamoClients, createStore, type Store } from '@carillon/store';
import { type EdgeConfig, edgeConfigSchema } from '../src/config';
import { type Edge, startEdge } from '../src/edge';
import { StoreCredentialSource } from '../src/registrar/store-credential-source';

/*
 * Integration harness: a real edge on free loopback ports, over the real store (DynamoDB Local from
 * the integration global setup), with device credentials read from the store by
 * StoreCredentialSource — the control plane's credential endpoint does not exist yet.
 */

export interface SeededDevice {
  readonly tenantId: string;
  readonly deviceId: string;
  readonly domain: string;
  readonly username: string;
  readonly password: string;
}

export function integrationStore(): Store {
  const table = process.env.CARILLON_TABLE_NAME;
  if (!table) throw new Error('CARILLON_TABLE_NAME is not set; run with --project integration');
  return createStore({
    tableName: table,
    document: createDynamoClients().document,
    cursorSecret: 'media-int-test-cursor',
  });
}

/** A tenant with a fresh slug and one softphone device with a known password. */
export async function seedTenantWithDevice(store: Store): Promise<SeededDevice> {
  const slug = `edge${randomBytes(4).toString('hex')}`;
  const reseller = await store.resellers.create(
    createResellerInputSchema.parse({ name: 'Edge Test Reseller', contactEmail: 'edge@reseller.example' }),
  );
  const domain = tenantSipDomain(slug, 'carillon.test');
  const tenant = await store.tenants.create({
    ...createTenantInputSchema.parse({ name: 'Edge Test', slug, country: 'DE', timeZone: 'Europe/Berlin' }),
    resellerId: reseller.id,
    sipDomain: domain,
    status: 'active',
    deletionScheduledAt: null,
  });
  const username = `u${randomBytes(5).toString('hex')}`;
  const password = randomBytes(9).toString('base64url');
  const device = await store.devices.create(
    { tenantId: tenant.id },
    {
      kind: 'softphone',
      displayName: 'Test softphone',
      macAddress: null,
      model: null,
      userId: null,
      siteId: null,
      gatewayPort: null,
      dtmfMode: 'rfc2833',
      isFax: false,
      sipUsername: username,
      ...deviceCredentialHashes(username, domain, password),
      credentialsRotatedAt: new Date().toISOString(),
    },
  );
  return { tenantId: tenant.id, deviceId: device.id, domain, username, password };
}

export function testConfig(overrides: Record<string, string> = {}): EdgeConfig {
  return edgeConfigSchema.parse({
    EDGE_NODE_ID: `edge-test-${randomBytes(3).toString('hex')}`,
    SIP_BIND_ADDRESS: '127.0.0.1',
    SIP_PUBLIC_HOST: '127.0.0.1',
    SIP_UDP_PORT: '0',
    SIP_TCP_PORT: '0',
    SIP_TLS_PORT: '0',
    SIP_WS_PORT: '0',
    SIP_WSS_PORT: '0',
    SIP_TLS_GENERATED_DIR: join(tmpdir(), 'carillon-edge-test-tls'),
    CARILLON_TABLE_NAME: process.env.CARILLON_TABLE_NAME ?? 'carillon-test',
    LOG_LEVEL: process.env.EDGE_TEST_LOG_LEVEL ?? 'silent',
    SHUTDOWN_GRACE_SECONDS: '1',
    ...overrides,
  });
}

export async function startTestEdge(store: Store, overrides: Record<string, string> = {}): Promise<Edge> {
  const config = testConfig(overrides);
  return startEdge(config, {
    credentials: new StoreCredentialSource(store),
    bindings: store.registrations,
    logger: createLogger({ service: 'edge-test', level: config.LOG_LEVEL }),
  });
}
