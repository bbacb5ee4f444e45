import { ControlPlaneClient, keepAliveFetch } from '@carillon/edge-api';
import { createLogger } from '@carillon/logger';
import { createDynamoClients, createStore } from '@carillon/store';
import { loadEdgeConfig } from './config';
import { startEdge } from './edge';
import { ControlPlaneCredentialSource } from './registrar/control-plane-credential-source';
import type { CredentialSource } from './registrar/credential-source';

/*
 * The edge process: config → logger → store → control-plane client → edge (stack, registrar, relay,
 * media engine, CDR path, B2BUA, transports).
 * Run with `node --import tsx media/src/main.ts`; every setting is an environment variable
 * (media/src/config.ts). SIGTERM/SIGINT drain gracefully; a second signal exits at once.
 */
const config = loadEdgeConfig();
const logger = createLogger({ service: 'edge', level: config.LOG_LEVEL });
const { document } = createDynamoClients();
const store = createStore({
  tableName: config.CARILLON_TABLE_NAME,
  document,
  // The edge never pages through lists, so cursors are never issued; the key only has to be valid.
  cursorSecret: process.env.CARILLON_CURSOR_SECRET ?? 'edge-does-not-issue-cursors',
});

// The edge makes no business decision and holds no credentials of its own
// (ARCHITECTURE §2): without its control plane it cannot authenticate a
// phone or route a call, so it refuses to start rather than half-work.
if (!config.CONTROL_PLANE_URL || !config.EDGE_TOKEN) {
  logger.fatal(
    'CONTROL_PLANE_URL and EDGE_TOKEN are required: the edge asks the control plane for credentials and routes',
  );
  process.exit(1);
}
const controlPlane = new ControlPlaneClient({
  baseUrl: config.CONTROL_PLANE_URL,
  edgeToken: config.EDGE_TOKEN,
  // Persistent node:http connections: a fraction of the global fetch's CPU per exchange (bench/README.md).
  fetch: keepAliveFetch(),
});
const credentials: CredentialSource = new ControlPlaneCredentialSource(controlPlane);

const edge = await startEdge(config, {
  credentials,
  bindings: store.registrations,
  logger,
  controlPlane,
});

let signals = 0;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    signals += 1;
    if (signals > 1) process.exit(1);
    logger.info({ signal }, 'shutting down');
    edge.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
process.on('uncaughtException', (error) => {
  // Last line of defence: log and keep serving; the message handlers already catch their errors.
  logger.fatal({ err: error }, 'uncaught exception');
});
