import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ControlPlaneClient } from '@carillon/edge-api';
import { createLogger } from '@carillon/logger';
import type { TimerSettings } from '@carillon/sip';
import type { Store } from '@carillon/store';
import { createCallControlApp } from '../../functions/call-control/src/app';
import {
  testConfig as callControlConfig,
  EDGE_TOKEN,
  type SeededDevice,
  seedDevice,
  seedTenant,
  seedUser,
} from '../../functions/call-control/src/int-test-fixtures';
import { type Edge, startEdge } from '../src/edge';
import { ControlPlaneCredentialSource } from '../src/registrar/control-plane-credential-source';
import { serveFetch } from './call-peers';
import { integrationStore, testConfig } from './edge-harness';

export interface CallStack {
  readonly store: Store;
  readonly edge: Edge;
  readonly tenant: Awaited<ReturnType<typeof seedTenant>>;
  /** Extension 201 with a device. */
  readonly alice: SeededDevice;
  /** Extension 202 with a device. */
  readonly bob: SeededDevice;
  stop(): Promise<void>;
}

/**
 * What every end-to-end call test runs on: the real call-control app over HTTP against DynamoDB
 * Local, a tenant with extensions 201 and 202, and the edge in-process with the real relay and
 * CDR outbox, configured by `edgeOverrides` (transports, digest algorithms…) and, for tests of
 * retransmission and give-up, the SIP `timers` (a short T1 makes 64*T1 a few seconds); the WebRTC
 * test passes `acceptIceFrom` to keep ICE on loopback.
 */
export async function startCallStack(
  name: string,
  edgeOverrides: Record<string, string>,
  options: { timers?: Partial<TimerSettings>; acceptIceFrom?: (address: string) => boolean } = {},
): Promise<CallStack> {
  const store = integrationStore();
  const app = createCallControlApp(callControlConfig(), { store });
  const server: Server = await serveFetch((request) => app.fetch(request));
  const client = new ControlPlaneClient({
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    edgeToken: EDGE_TOKEN,
  });
  const tenant = await seedTenant(store);
  const alice = await seedDevice(store, tenant, await seedUser(store, tenant, '201', 'Alice'));
  const bob = await seedDevice(store, tenant, await seedUser(store, tenant, '202', 'Bob'));
  const cdrDir = mkdtempSync(join(tmpdir(), `carillon-${name}-cdr-`));
  const config = testConfig({ CDR_DATA_DIR: cdrDir, ...edgeOverrides });
  const edge = await startEdge(config, {
    credentials: new ControlPlaneCredentialSource(client),
    bindings: store.registrations,
    controlPlane: client,
    ...(options.timers ? { timers: options.timers } : {}),
    ...(options.acceptIceFrom ? { acceptIceFrom: options.acceptIceFrom } : {}),
    logger: createLogger({ service: `${name}-test`, level: config.LOG_LEVEL }),
  });
  return {
    store,
    edge,
    tenant,
    alice,
    bob,
    async stop() {
      await edge.stop(500);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(cdrDir, { recursive: true, force: true });
    },
  };
}
