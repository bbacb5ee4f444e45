import { createLogger } from '@carillon/logger';
import { serve } from '@hono/node-server';
import { z } from 'zod';
import { createApiApp } from './app';
import { loadApiConfig } from './config';
import { startTenantPurgeTimer } from './jobs/tenant-purge-timer';

const port = z.coerce
  .number()
  .int()
  .min(1)
  .max(65535)
  .parse(process.env.PORT ?? '8080');
const host = process.env.HOST ?? '127.0.0.1';
const config = loadApiConfig();
const server = serve({ fetch: createApiApp(config).fetch, port, hostname: host });
const purge = startTenantPurgeTimer(config, createLogger({ service: 'api', level: config.LOG_LEVEL }));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    purge.stop();
    server.close(() => process.exit(0));
  });
}
