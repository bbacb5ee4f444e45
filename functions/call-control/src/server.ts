import { serve } from '@hono/node-server';
import { z } from 'zod';
import { createCallControlApp } from './app';
import { loadCallControlConfig } from './config';

const port = z.coerce
  .number()
  .int()
  .min(1)
  .max(65535)
  .parse(process.env.PORT ?? '8081');
const host = process.env.HOST ?? '127.0.0.1';
const server = serve({ fetch: createCallControlApp(loadCallControlConfig()).fetch, port, hostname: host });

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
