import { EDGE_API_PATHS, EDGE_API_PREFIX } from '@carillon/edge-api';
import { createLogger, type Logger } from '@carillon/logger';
import { createDynamoClients, createStore, type Store } from '@carillon/store';
import { createOutbox, loadWebhookConfig, type WebhookOutbox } from '@carillon/webhooks';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import { CallDirectory } from './calls/directory';
import type { CallControlConfig } from './config';
import { edgeAuth } from './http/edge-auth';
import { problem } from './http/problem';
import { cdrReportRoutes } from './routes/cdr-reports';
import { eventRoutes } from './routes/events';
import { registrationEventRoutes } from './routes/registration-events';
import { sipCredentialRoutes } from './routes/sip-credentials';
import { tenantRoutes } from './routes/tenants';

/** A CDR report of 64 legs is about 50 KiB; anything far larger is not from an edge. */
const MAX_BODY_BYTES = 256 * 1024;

export interface CallControlAppOptions {
  /** Default: a store over the configured table, endpoints from the SDK's environment. */
  readonly store?: Store;
  readonly logger?: Logger;
  readonly now?: () => Date;
  /** Where call.ended and device.* events go; default: the store, with the scheduler the environment configures. */
  readonly webhooks?: WebhookOutbox;
}

/** How long the CDR path reuses a tenant's webhook endpoint list (see WebhookOutbox). */
const WEBHOOK_SUBSCRIBER_CACHE_MS = 5000;

function defaultStore(config: CallControlConfig, now: () => Date): Store {
  return createStore({
    tableName: config.CARILLON_TABLE_NAME,
    document: createDynamoClients().document,
    // This app pages only internally (a user's devices), so its cursors never leave the process.
    cursorSecret: crypto.getRandomValues(new Uint8Array(32)),
    now,
  });
}

/**
 * The call-control app: the edge's side door into the control plane. Same
 * app behind Lambda (`lambda.ts`) and Node (`server.ts`); every route but
 * the health check needs the edge token.
 */
export function createCallControlApp(config: CallControlConfig, options: CallControlAppOptions = {}) {
  const now = options.now ?? (() => new Date());
  const log = options.logger ?? createLogger({ service: 'call-control', level: config.LOG_LEVEL });
  const store = options.store ?? defaultStore(config, now);
  const deps = {
    directory: new CallDirectory(store, { cacheTtlMs: config.CARILLON_DIRECTORY_CACHE_SECONDS * 1000 }),
    stateKeys: config.CARILLON_CALL_STATE_KEYS,
    ringTimeoutMs: config.CARILLON_RING_TIMEOUT_SECONDS * 1000,
    now,
  };

  const app = new Hono();
  app.use(requestId());
  app.get('/health', (c) => c.json({ status: 'ok' }));

  app.use(`${EDGE_API_PREFIX}/*`, edgeAuth(config.CARILLON_EDGE_TOKEN));
  app.use(
    `${EDGE_API_PREFIX}/*`,
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => problem(c, 413, 'Content Too Large', { detail: `body over ${MAX_BODY_BYTES} bytes` }),
    }),
  );
  app.route(EDGE_API_PATHS.events, eventRoutes(deps, log));
  app.route(
    EDGE_API_PATHS.sipCredentials,
    sipCredentialRoutes(store, deps.directory, config.CARILLON_DEVICE_MAX_CONCURRENT_CALLS),
  );
  app.route(`${EDGE_API_PREFIX}/tenants`, tenantRoutes(store));
  const webhooks =
    options.webhooks ??
    createOutbox(store, loadWebhookConfig(), {
      now,
      resellerOf: async (tenantId) => (await deps.directory.tenant(tenantId))?.resellerId,
      subscriberCacheMs: WEBHOOK_SUBSCRIBER_CACHE_MS,
    });
  app.route(EDGE_API_PATHS.cdrReports, cdrReportRoutes(store, deps.directory, log, webhooks));
  app.route(EDGE_API_PATHS.registrationEvents, registrationEventRoutes(log, webhooks));

  app.notFound((c) => problem(c, 404, 'Not Found', { detail: `no route ${c.req.method} ${c.req.path}` }));
  app.onError((error, c) => {
    log.error({ err: error, requestId: c.get('requestId'), path: c.req.path }, 'request failed');
    // A 5xx makes the edge apply its fallback (calls) or retry later (CDR reports).
    return problem(c, 500, 'Internal Server Error');
  });
  return app;
}
